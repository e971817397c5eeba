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

    /// Output as it may reach the terminal: like `visible(_:keepingNewlines: true)`, except that
    /// parley's own colour codes (SGR, `ESC [ 31 m`) pass.
    ///
    ///     TerminalText.printable("\u{1B}[31mRU\u{1B}[0m note: a\u{9B}b\n")   // "\u{1B}[31mRU\u{1B}[0m note: a<U+009B>b\n"
    ///
    /// The executable writes everything through it, so a string from a script, a file name or a
    /// journal that no renderer cleaned is still shown, not obeyed. Colour codes cannot move the
    /// cursor, clear the screen or retitle the window, and nothing a user types can hold one:
    /// scripts refuse C0 controls and seeds show them as pictures.
    public static func printable(_ text: String) -> String {
        guard mayHoldUnsafe(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\u{1B}", let end = colourCodeEnd(scalars, from: index) {
                result.append(contentsOf: scalars[index...end])
                index = end + 1
                continue
            }
            if isUnsafe(scalar, keepingNewlines: true) {
                result.append(contentsOf: picture(of: scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
            index += 1
        }
        return String(result)
    }

    /// Where `ESC [ digits;… m` starting at `start` ends, if it is one.
    private static func colourCodeEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 2 < scalars.count, scalars[start + 1] == "[" else { return nil }
        var index = start + 2
        while index < scalars.count, scalars[index] == ";" || ("0"..."9").contains(scalars[index]) { index += 1 }
        return index < scalars.count && scalars[index] == "m" ? index : nil
    }

    /// A quick byte scan: false when no scalar `isUnsafe` (newlines allowed) can be in `text`.
    private static func mayHoldUnsafe(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x09, 0x0A: break
                case 0x00..<0x20, 0x7F: return true
                case 0xC2: if index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { return true }
                case 0xD8: if index + 1 < bytes.count, bytes[index + 1] == 0x9C { return true }
                case 0xE2:
                    if index + 2 < bytes.count {
                        let (second, third) = (bytes[index + 1], bytes[index + 2])
                        if second == 0x80, third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third) { return true }
                        if second == 0x81, (0xA6...0xA9).contains(third) { return true }
                    }
                default: break
                }
                index += 1
            }
            return false
        }
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
