/// A replay stopped: which move failed and why.
///
///     catch { error.moveIndex }   // 0 for the first move
public struct ReplayFailure: Error, Sendable, Hashable {
    /// 0 for the first move.
    public var moveIndex: Int
    public var move: Move
    public var failure: EventApplier.Failure
}
