/// Where something sits in a seed file, kept so a later check can report it there.
///
///     mark.diagnostic("'round' has no parameter 'parties'", suggestion: "participants")
///     // seeds/timeline.yaml:12:19: error: 'round' has no parameter 'parties'; did you mean …
///
/// The timeline is checked against the event catalog only once both are loaded, after the
/// YAML nodes are gone; a mark keeps the place, the line and the width to underline.
public struct SeedMark: Sendable, Hashable, Codable {
    public var location: SourceLocation
    public var sourceLine: String?
    public var length: Int

    public init(location: SourceLocation, sourceLine: String?, length: Int) {
        self.location = location
        self.sourceLine = sourceLine
        self.length = length
    }

    /// A diagnostic at this place, with the line and a caret.
    public func diagnostic(_ message: String, suggestion: String? = nil) -> Diagnostic {
        Diagnostic(message, at: location, sourceLine: sourceLine, length: length, suggestion: suggestion)
    }
}
