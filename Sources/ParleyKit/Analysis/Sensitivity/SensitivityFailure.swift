/// A replay with an input changed could not be performed: the input, which end, and why.
///
///     SensitivityFailure(input: "magnitude:sanctions position #3", level: 1, command: "apply sanctions",
///                        reason: failure).message
public struct SensitivityFailure: Error, Sendable, Hashable {
    /// The input's id, or nil for the replay with every input as seeded.
    public var input: String?
    /// 0 for the low end, 1 for the high end, anything between for a Morris point.
    public var level: Double
    /// The failing step's command, as typed.
    public var command: String
    public var reason: EventApplier.Failure

    public var message: String {
        let which: String
        switch (input, level) {
        case (nil, _): which = "with every input as seeded"
        case (let id?, 0): which = "with \(id) at its low end"
        case (let id?, 1): which = "with \(id) at its high end"
        case (let id?, _): which = "with \(id) at level \(Formula.format(level))"
        }
        return "the branch could not be replayed \(which): '\(command)' failed: \(reason.message)"
    }
}
