/// Everything an analyst's session holds: settings, notes, and the commands that built it.
///
/// A value type, so a whole session can be kept as an undo step or compared.
public struct Session: Sendable {
    public var settings = Settings()
    public var notes: [Note] = []
    /// The state-changing commands so far, in replayable form; `save` writes these.
    public var script: [String] = []

    public init() {}
}
