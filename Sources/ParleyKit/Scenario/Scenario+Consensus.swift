/// The coalition consensus on one issue: which stance is likely to prevail by the SMP's
/// Condorcet election, every actor voting with its capability and salience.
///
///     let consensus = scenario.consensus(issue: 2)
///     consensus.expected   // the probability-weighted position, 0–100
///
/// This is where the coalition of actors leans, not a deal the signatories would sign:
/// that is the settlement model's question.
public struct CoalitionConsensus: Sendable, Hashable {
    public struct Option: Sendable, Hashable {
        /// 0–100.
        public var position: Double
        public var probability: Double
        public var holders: [String]
    }

    public var issue: String
    /// Distinct positions, most likely first (ties keep actor order).
    public var options: [Option]

    /// The single most likely position.
    public var mostLikely: Double { options.first?.position ?? 0 }
    /// The probability-weighted position, the coalition consensus: what `expect forecast.ISSUE` tests.
    public var expected: Double { options.reduce(0) { $0 + $1.position * $1.probability } }
    /// Standard deviation of the positions around `expected`, in points.
    public var spread: Double {
        let mean = expected
        return options.reduce(0) { $0 + $1.probability * ($1.position - mean) * ($1.position - mean) }.squareRoot()
    }
}

extension Scenario {
    /// Each distinct position's chance of prevailing on `issue`, every actor voting with its
    /// capability on that issue alone.
    public func consensus(issue: Int, model: BargainingModel = BargainingModel()) -> CoalitionConsensus {
        let n = actors.count
        let state = try? BargainingState(
            actorCount: n, issueCount: 1, capabilities: capabilities,
            flatPositions: (0..<n).map { position(actor: $0, issue: issue) / 100 },
            flatSaliences: (0..<n).map { max(salience(actor: $0, issue: issue), 1e-9) })
        guard let state else { return CoalitionConsensus(issue: issues[issue], options: []) }
        let options = model.prevailingProbabilities(state).map {
            CoalitionConsensus.Option(position: $0.position[0] * 100, probability: $0.probability, holders: $0.actors.map { actors[$0] })
        }
        let ranked = options.enumerated().sorted { ($1.element.probability, $0.offset) < ($0.element.probability, $1.offset) }.map(\.element)
        return CoalitionConsensus(issue: issues[issue], options: ranked)
    }
}

extension Scenario {
    /// The coalition consensus on `issue` as one number: `consensus(issue:).expected` bit for
    /// bit, without building the options, their holders or a ``BargainingState``.
    ///
    ///     scenario.consensusValue(issue: 2) == scenario.consensus(issue: 2).expected   // true
    ///
    /// `simulate` reads it for every issue of every run. The arithmetic is the same as the
    /// full path's, in the same order: the same distance and utility functions, the same
    /// Condorcet election, and the options summed most likely first.
    public func consensusValue(issue: Int) -> Double {
        let n = actors.count
        // The checks `BargainingState` makes; a scenario that fails them has no options, so 0.
        guard n >= 1, capabilities.count == n,
              capabilities.allSatisfy({ $0.isFinite && $0 >= 0 && $0 <= BargainingState.maximumCapability })
        else { return 0 }
        // Scratch: stances, saliences, distinct stances, utilities (n × m), support (m × m), chances.
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: 4 * n + 2 * n * n) { scratch in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: n) { order in
                let stance = scratch.baseAddress!
                let salience = stance + n
                let distinct = salience + n
                let chances = distinct + n
                let utilities = chances + n
                let support = utilities + n * n
                var m = 0
                for actor in 0..<n {
                    let x = positions[actor, issue] / 100
                    let s = max(saliences[actor, issue], 1e-9)
                    guard x >= 0, x <= 1, s >= 0, s <= 1, s <= 1 + BargainingState.salienceSumTolerance else { return 0 }
                    stance[actor] = x
                    salience[actor] = s
                    // Distinct stances in order of first holder, as `prevailingProbabilities` keeps them.
                    var seen = false
                    for option in 0..<m where distinct[option] == x {
                        seen = true
                        break
                    }
                    if !seen {
                        distinct[m] = x
                        m += 1
                    }
                }
                for voter in 0..<n {
                    let squares = 0.0 + salience[voter] * salience[voter]
                    for option in 0..<m {
                        let delta = SpatialUtility.distance(ideal: stance + voter, saliences: salience + voter,
                                                            salienceSquareSum: squares, to: distinct + option, issues: 1)
                        utilities[voter * m + option] = SpatialUtility.utility(distance: delta, risk: 0)
                    }
                }
                capabilities.withUnsafeBufferPointer { weights in
                    CondorcetElection.run(options: m, voters: n, utilities: utilities, weights: weights.baseAddress!,
                                          support: support, probabilities: chances)
                }
                // Most likely first, ties in order of first holder: a total order, so this
                // insertion sort gives the order the full path's sort does.
                for option in 0..<m {
                    var slot = option
                    while slot > 0, chances[order[slot - 1]] < chances[option] {
                        order[slot] = order[slot - 1]
                        slot -= 1
                    }
                    order[slot] = option
                }
                var expected = 0.0
                for rank in 0..<m { expected = expected + distinct[order[rank]] * 100 * chances[order[rank]] }
                return expected
            }
        }
    }
}
