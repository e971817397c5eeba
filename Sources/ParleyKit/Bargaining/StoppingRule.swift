/// When a run to convergence stops: once movement has died down relative to the first turn.
///
/// After turn `t ≥ minimumTurns`, stop if `Δ_t / (Δ_1 + 1e-4) < threshold`; stop anyway after
/// `maximumTurns`. The defaults are KTAB's (2, 0.02, 100).
public struct StoppingRule: Sendable, Hashable {
    public var minimumTurns: Int
    public var threshold: Double
    public var maximumTurns: Int

    public init(minimumTurns: Int = 2, threshold: Double = 0.02, maximumTurns: Int = 100) {
        self.minimumTurns = minimumTurns
        self.threshold = threshold
        self.maximumTurns = maximumTurns
    }

    /// Whether to stop after turn `turn`, given `Δ_1` and `Δ_turn`; `ignoringCap` asks only
    /// whether the positions have settled.
    public func shouldStop(
        afterTurn turn: Int, firstMovement: Double, movement: Double, ignoringCap: Bool = false
    ) -> Bool {
        if turn >= maximumTurns && !ignoringCap { return true }
        return turn >= minimumTurns && movement / (firstMovement + 1e-4) < threshold
    }
}
