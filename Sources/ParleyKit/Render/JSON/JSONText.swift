/// The one place JSON text is spelled: string literals and numbers, byte-for-byte repeatable.
///
///     JSONText.string("RU")   // the five characters "RU" with their quotes
///     JSONText.number(85)     // 85.0
///     JSONText.number(1 / 3)  // 0.3333
enum JSONText {
    /// A JSON number to 4 decimals, the precision of every figure parley reports, so no
    /// `55.00000000000001` leaks out of floating point; whole numbers keep a `.0`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        return "\(Figures.rounded(value, 4))"
    }

    /// A JSON string literal, escaping quotes, backslashes and control characters.
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || TerminalText.isUnsafe(scalar):
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
