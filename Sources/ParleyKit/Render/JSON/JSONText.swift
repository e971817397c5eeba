/// The one place JSON text is spelled: string literals and numbers, byte-for-byte repeatable.
///
///     JSONText.string("RU")   // the five characters "RU" with their quotes
///     JSONText.number(85)     // 85.0
enum JSONText {
    /// A JSON number; whole numbers keep a `.0` so consumers always see a float.
    static func number(_ value: Double) -> String {
        value.isFinite ? "\(value)" : "null"
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
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
