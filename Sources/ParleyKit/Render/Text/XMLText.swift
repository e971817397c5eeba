/// Escaping for text and attribute values in XHTML and SVG: the five XML specials only, so the
/// output parses as XML as well as HTML.
///
///     XMLText.escape("RU & \"UA\"")   // "RU &amp; &quot;UA&quot;"
enum XMLText {
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            // Control characters other than tab and newline are not allowed in XML 1.0.
            case _ where scalar.value < 0x20 && scalar != "\t" && scalar != "\n": result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
