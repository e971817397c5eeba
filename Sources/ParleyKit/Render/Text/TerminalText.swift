/// Text made safe for a terminal: every character that could steer it is shown instead.
///
///     TerminalText.visible("Rus\u{1B}[31msia\u{9B}2J")   // "Rus␛[31msia<U+009B>2J"
///
/// C0 controls and DEL become their Control Pictures (␛, ␀, ␡), C1 controls and the bidi
/// overrides and isolates (which reorder what follows them, U+202E among them) become `<U+XXXX>`.
/// Tabs stay; newlines stay only when `keepingNewlines`.
public enum TerminalText {
    public static func visible(_ text: String, keepingNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0, keepingNewlines: keepingNewlines) }) else {
            return text
        }
        var result = ""
        for scalar in text.unicodeScalars {
            result += isUnsafe(scalar, keepingNewlines: keepingNewlines) ? picture(of: scalar) : String(scalar)
        }
        return result
    }

    /// Whether `scalar` may not reach a terminal as it is.
    public static func isUnsafe(_ scalar: Unicode.Scalar, keepingNewlines: Bool = false) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x0A: !keepingNewlines
        case 0x00..<0x20, 0x7F, 0x80...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    static func picture(of scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x00..<0x20: return String(Unicode.Scalar(0x2400 + scalar.value)!)
        case 0x7F: return "\u{2421}"
        default:
            let code = String(scalar.value, radix: 16, uppercase: true)
            return "<U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code)>"
        }
    }
}
