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
        var shown = ""
        var caret = ""
        for index in start..<end {
            let scalar = characters[index]
            let printable = Self.printable(scalar)
            shown += printable
            if index < caretIndex {
                // Keep tabs so the caret lines up whatever the tab width.
                caret += scalar == "\t" ? "\t" : String(repeating: " ", count: printable.count)
            }
        }
        if start > 0 { shown = "…" + shown; caret = " " + caret }
        if end < characters.count { shown += "…" }
        let underline = max(1, min(diagnostic.length, max(1, end - caretIndex)))
        caret += "^" + String(repeating: "~", count: underline - 1)
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

    /// Control characters (a pasted NUL, an escape) are shown as visible placeholders.
    static func printable(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x09: return "\t"
        case 0x00..<0x20: return String(Unicode.Scalar(0x2400 + scalar.value)!)
        default: return TerminalText.isUnsafe(scalar) ? TerminalText.picture(of: scalar) : String(scalar)
        }
    }
}
