/// Why a measure could not be read: a name the world does not know, a snapshot it lacks, or a
/// settlement measure on what `settlement.yaml` does not model.
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
    /// A `settle.ISSUE` or `deal.ISSUE` on an issue no one signs: its id, and the name as
    /// written, to place the error.
    case noSignatories(String, written: String)
    /// `settle.package` or `deal.package` when the seeds model no package.
    case noPackage

    public var message: String {
        switch self {
        case .unknownActor(let name, _): "unknown actor '\(name)'"
        case .unknownIssue(let name, _): "unknown issue '\(name)'"
        case .noSnapshot(let date): "no snapshot dated '\(date)'"
        case .noSignatories(let id, _): "\(id) has no signatories in settlement.yaml"
        case .noPackage: "settlement.yaml names no package of issues"
        }
    }
}
