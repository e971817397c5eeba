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
