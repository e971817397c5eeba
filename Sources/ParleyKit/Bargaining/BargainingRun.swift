/// The outcome of several bargaining turns: every turn's positions, and optionally what happened.
public struct BargainingRun: Sendable, Hashable {
    /// Why a run ended.
    public enum Ending: Sendable, Hashable {
        /// Movement fell below the stopping rule's threshold.
        case converged
        /// The stopping rule's turn cap was reached first.
        case turnLimit
        /// The requested number of turns was played.
        case requestedTurns
    }

    public let actorCount: Int
    public let issueCount: Int
    /// Turns played; the run holds `turnCount + 1` states (turn 0 is the start).
    public let turnCount: Int
    public let ending: Ending
    /// The state after the last turn.
    public let finalState: BargainingState
    /// One record per turn, in order; empty if the run was not recording.
    public let records: [TurnRecord]
    /// `Δ_t` for turns `1...turnCount`.
    public let movements: [Double]
    /// Row-major `(turnCount + 1) × n × D` positions.
    let trajectory: [Double]

    init(
        finalState: BargainingState, turnCount: Int, ending: Ending, records: [TurnRecord],
        movements: [Double], trajectory: [Double]
    ) {
        self.actorCount = finalState.actorCount
        self.issueCount = finalState.issueCount
        self.finalState = finalState
        self.turnCount = turnCount
        self.ending = ending
        self.records = records
        self.movements = movements
        self.trajectory = trajectory
    }

    /// Actor `actor`'s stance on `issue` after turn `turn` (0 = the start), 0–1 scale.
    public func position(turn: Int, actor: Int, issue: Int) -> Double {
        trajectory[(turn * actorCount + actor) * issueCount + issue]
    }

    /// Every stance after turn `turn`, row-major `n × D`.
    public func positions(turn: Int) -> [Double] {
        let size = actorCount * issueCount
        return Array(trajectory[(turn * size)..<((turn + 1) * size)])
    }

    /// Actor `actor`'s stance on every issue after turn `turn`.
    public func positions(turn: Int, actor: Int) -> [Double] {
        let start = (turn * actorCount + actor) * issueCount
        return Array(trajectory[start..<(start + issueCount)])
    }
}
