/// What one call to `LineEditor.readLine()` produced.
public enum LineInput: Equatable, Sendable {
    /// A complete line, without its trailing newline.
    case line(String)
    /// Ctrl-C: the half-typed line was discarded. The terminal cursor is still on that line,
    /// so the caller prints a newline before prompting again.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
}
