/// Turns diagnostics into the text users see:
///
///     trip.parley:3:1: error: unknown command 'hlep'; did you mean 'help'?
///     hlep
///     ^~~~
public enum DiagnosticRenderer {
    /// Lines longer than this are shown as a window around the column.
    static let maximumShownWidth = 120

    public static func render(_ diagnostic: Diagnostic) -> String {
        var text = ""
        if let location = diagnostic.location {
            text += "\(location): "
        }
        text += "\(diagnostic.severity.rawValue): \(shortened(diagnostic.message))\n"
        guard let location = diagnostic.location, let line = diagnostic.sourceLine else {
            return text
        }
        let characters = Array(line.unicodeScalars)
        var start = 0
        var end = characters.count
        let caretIndex = max(0, location.column - 1)
        if characters.count > maximumShownWidth {
            start = max(0, min(caretIndex - maximumShownWidth / 2, characters.count - maximumShownWidth))
            end = min(characters.count, start + maximumShownWidth)
        }
        // The caret and its underline are counted in the columns the line takes as shown: an
        // escape such as <U+202E> is eight wide, a combining mark none, a CJK character two.
        var shown = ""
        var caret = ""
        var underline = 0
        let underlined = caretIndex..<max(caretIndex, min(end, caretIndex + diagnostic.length))
        for index in start..<end {
            let scalar = characters[index]
            let printable = Self.printable(scalar)
            shown += printable
            if index < caretIndex {
                // Keep tabs so the caret lines up whatever the tab width.
                caret += scalar == "\t" ? "\t" : String(repeating: " ", count: Self.columns(scalar, shownAs: printable))
            } else if underlined.contains(index) {
                underline += scalar == "\t" ? 1 : Self.columns(scalar, shownAs: printable)
            }
        }
        if start > 0 { shown = "…" + shown; caret = " " + caret }
        if end < characters.count { shown += "…" }
        caret += "^" + String(repeating: "~", count: max(1, underline) - 1)
        text += shown + "\n" + caret + "\n"
        return text
    }

    public static func render(_ list: DiagnosticList) -> String {
        let shown = list.diagnostics.prefix(maximumShown).map(render).joined()
        let rest = list.diagnostics.count - maximumShown
        guard rest > 0 else { return shown }
        return shown + "parley: \(rest) more error\(rest == 1 ? "" : "s") not shown (the first \(maximumShown) are above)\n"
    }

    /// Diagnostics shown for one load or command; the rest are counted.
    public static let maximumShown = 50

    /// Messages longer than this lose their middle: they quote the input, and a pasted 1 MB
    /// word must not become a 1 MB message.
    static let maximumMessageLength = 240

    /// The message, with its middle cut to "…" when it is too long; the end (often a "did
    /// you mean") is kept.
    static func shortened(_ message: String) -> String {
        let scalars = message.unicodeScalars
        guard scalars.count > maximumMessageLength else { return message }
        let tail = 60
        let head = maximumMessageLength - tail - 1
        return String(String.UnicodeScalarView(scalars.prefix(head))) + "…"
            + String(String.UnicodeScalarView(scalars.suffix(tail)))
    }

    /// The terminal columns `scalar` takes when shown as `printable`: an escape its length, a
    /// mark or format character that joins its neighbour none, a wide East Asian character or
    /// emoji two, anything else one.
    static func columns(_ scalar: Unicode.Scalar, shownAs printable: String) -> Int {
        guard printable.unicodeScalars.count == 1, printable.unicodeScalars.first == scalar else {
            return printable.unicodeScalars.count
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if scalar.properties.isEmojiPresentation { return 2 }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    /// Control characters (a pasted NUL, an escape) are shown as visible placeholders.
    static func printable(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x09: return "\t"
        case 0x00..<0x20: return String(Unicode.Scalar(0x2400 + scalar.value)!)
        default: return TerminalText.isUnsafe(scalar) ? TerminalText.picture(of: scalar) : String(scalar)
        }
    }
}
