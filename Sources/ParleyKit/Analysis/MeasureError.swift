/// Why a measure could not be read: a name the world does not know, or a snapshot it lacks.
///
///     catch .unknownActor(let name, let known) { Suggestion.closest(to: name, in: known) }
///
/// Each carries what the caller needs to place and explain it; the message is the same
/// wherever the measure was written.
public enum MeasureError: Error, Sendable, Hashable {
    /// `known` lists every id and alias, for a "did you mean".
    case unknownActor(String, known: [String])
    case unknownIssue(String, known: [String])
    case noSnapshot(String)

    public var message: String {
        switch self {
        case .unknownActor(let name, _): "unknown actor '\(name)'"
        case .unknownIssue(let name, _): "unknown issue '\(name)'"
        case .noSnapshot(let date): "no snapshot dated '\(date)'"
        }
    }
}
