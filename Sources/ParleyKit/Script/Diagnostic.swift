/// One problem with the input, carrying where it was found.
///
///     throw Diagnostic("unknown command 'hlep'", at: location, sourceLine: "hlep", length: 4,
///                      suggestion: "help")
///
/// Turned into text only by ``DiagnosticRenderer``, so every error in parley reads the same way.
public struct Diagnostic: Error, Sendable, Hashable {
    public enum Severity: String, Sendable { case error, warning, note }

    public var severity: Severity
    public var message: String
    /// Nil for problems that belong to no particular input, such as a missing file.
    public var location: SourceLocation?
    /// The full text of the offending line, shown under the message with a caret.
    public var sourceLine: String?
    /// How many characters from `location.column` to underline; at least 1.
    public var length: Int

    public init(
        _ message: String,
        severity: Severity = .error,
        at location: SourceLocation? = nil,
        sourceLine: String? = nil,
        length: Int = 1,
        suggestion: String? = nil
    ) {
        self.severity = severity
        if let suggestion {
            self.message = message + "; did you mean '\(suggestion)'?"
        } else {
            self.message = message
        }
        self.location = location
        self.sourceLine = sourceLine
        self.length = max(1, length)
    }
}

/// Several problems found in one pass, e.g. every error in a seed folder.
public struct DiagnosticList: Error, Sendable, Hashable {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
