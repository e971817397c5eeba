import Foundation

/// The spatial bargaining model (KTAB's SMP, default configuration): turns, runs and forecasts.
///
/// A value holding only settings; every call takes a ``BargainingState`` and returns new values,
/// so it is safe to share. Each call allocates its working buffers once and reuses them for all
/// of its turns.
///
///     let model = BargainingModel()
///     let run = model.runToConvergence(state)
///     let settled = run.finalState
///     let why = run.records.last?.challenges
public struct BargainingModel: Sendable, Hashable {
    /// When ``runToConvergence(_:among:recording:)`` stops.
    public var stoppingRule: StoppingRule
    /// Threads a turn may use for its `O(n³)` steps (only used for larger scenarios, where it
    /// pays). Results are identical for any value.
    public var workerCount: Int

    public init(stoppingRule: StoppingRule = StoppingRule(), workerCount: Int? = nil) {
        self.stoppingRule = stoppingRule
        self.workerCount = max(1, workerCount ?? Self.defaultWorkerCount)
    }

    /// Asked once: on Linux the count reads /proc and cgroup files, which cost more than a
    /// small bargaining run (simulate builds models thousands of times).
    static let defaultWorkerCount = min(CPUAffinity.usableCount, 8)

    /// Plays one turn.
    ///
    /// - Parameter participants: actor indices allowed to challenge, be challenged and move (a
    ///   round of talks among a few). Everyone else stays put but still counts: as a third party
    ///   backing one side of a challenge, and as a voter when actors weigh their bargains. `nil`
    ///   means everyone. Indices must be in `0..<actorCount`.
    public func turn(_ state: BargainingState, among participants: [Int]? = nil) -> (state: BargainingState, record: TurnRecord) {
        let run = play(state, among: participants, recording: true, turns: 1, untilConverged: false)
        return (run.finalState, run.records[0])
    }

    /// Most turns one call plays; larger requests are clamped (a run keeps every turn's positions).
    public static let maximumTurnsPerRun = 10_000

    /// Plays exactly `turns` turns (clamped to `0 ... maximumTurnsPerRun`), without applying the
    /// stopping rule.
    public func run(
        _ state: BargainingState, turns: Int, among participants: [Int]? = nil, recording: Bool = true
    ) -> BargainingRun {
        let turns = min(max(0, turns), Self.maximumTurnsPerRun)
        return play(state, among: participants, recording: recording, turns: turns, untilConverged: false)
    }

    /// Plays turns until the stopping rule says the positions have settled.
    public func runToConvergence(
        _ state: BargainingState, among participants: [Int]? = nil, recording: Bool = true
    ) -> BargainingRun {
        let cap = min(max(1, stoppingRule.maximumTurns), Self.maximumTurnsPerRun)
        return play(state, among: participants, recording: recording, turns: cap, untilConverged: true)
    }

    /// Each distinct stance's chance of prevailing (risk-neutral Condorcet election, every actor
    /// voting with its capability), in order of first holder.
    public func prevailingProbabilities(_ state: BargainingState) -> [PositionProbability] {
        let n = state.actorCount
        let d = state.issueCount
        var distinct: [PositionProbability] = []
        var seen: [[Double]: Int] = [:]
        for actor in 0..<n {
            let stance = state.positions(of: actor)
            if let index = seen[stance] {
                distinct[index].actors.append(actor)
            } else {
                seen[stance] = distinct.count
                distinct.append(PositionProbability(position: stance, probability: 0, actors: [actor]))
            }
        }
        let m = distinct.count
        var utilities = [Double](filling: 0, count: n * m)
        state.saliences.withUnsafeBufferPointer { saliences in
            state.ideals.withUnsafeBufferPointer { ideals in
                for voter in 0..<n {
                    let own = saliences.baseAddress! + voter * d
                    let squares = (0..<d).reduce(0.0) { $0 + own[$1] * own[$1] }
                    for option in 0..<m {
                        let delta = distinct[option].position.withUnsafeBufferPointer { point in
                            SpatialUtility.distance(
                                ideal: ideals.baseAddress! + voter * d, saliences: own, salienceSquareSum: squares,
                                to: point.baseAddress!, issues: d)
                        }
                        utilities[voter * m + option] = SpatialUtility.utility(distance: delta, risk: 0)
                    }
                }
            }
        }
        var support = [Double](filling: 0, count: m * m)
        var probabilities = [Double](filling: 0, count: m)
        utilities.withUnsafeBufferPointer { utilities in
            state.capabilities.withUnsafeBufferPointer { weights in
                support.withUnsafeMutableBufferPointer { support in
                    probabilities.withUnsafeMutableBufferPointer { probabilities in
                        CondorcetElection.run(
                            options: m, voters: n, utilities: utilities.baseAddress!, weights: weights.baseAddress!,
                            support: support.baseAddress!, probabilities: probabilities.baseAddress!)
                    }
                }
            }
        }
        for option in 0..<m { distinct[option].probability = probabilities[option] }
        return distinct
    }

    private func play(
        _ state: BargainingState, among participants: [Int]?, recording: Bool, turns: Int, untilConverged: Bool
    ) -> BargainingRun {
        if let participants {
            for actor in participants {
                precondition((0..<state.actorCount).contains(actor), "participant \(actor) is not an actor index")
            }
        }
        let size = state.actorCount * state.issueCount
        let workspace = BargainingWorkspace(state: state, participants: participants, workerCount: workerCount)
        var trajectory: [Double] = []
        trajectory.reserveCapacity((turns + 1) * size)
        trajectory.append(contentsOf: state.positions)
        var movements: [Double] = []
        movements.reserveCapacity(turns)
        var records: [TurnRecord] = []
        if recording { records.reserveCapacity(turns) }
        var ending = BargainingRun.Ending.requestedTurns
        var played = 0
        while played < turns, played == 0 || !Cancellation.isRequested {
            played += 1
            let (movement, record) = workspace.playTurn(number: played, recording: recording)
            trajectory.append(contentsOf: UnsafeBufferPointer(start: workspace.position, count: size))
            movements.append(movement)
            if let record { records.append(record) }
            if untilConverged
                && stoppingRule.shouldStop(afterTurn: played, firstMovement: movements[0], movement: movement) {
                let settled = stoppingRule.shouldStop(
                    afterTurn: played, firstMovement: movements[0], movement: movement, ignoringCap: true)
                ending = settled ? .converged : .turnLimit
                break
            }
        }
        if untilConverged && ending == .requestedTurns { ending = .turnLimit }  // ran out of turns
        let finalPositions = Array(trajectory[(played * size)..<((played + 1) * size)])
        let finalIdeals = Array(UnsafeBufferPointer(start: workspace.ideal, count: size))
        return BargainingRun(
            finalState: BargainingState(unchecked: state, positions: finalPositions, ideals: finalIdeals),
            turnCount: played, ending: ending, records: records, movements: movements, trajectory: trajectory)
    }
}
