/// Which stance is likely to prevail on one issue, by the model's Condorcet election.
public struct IssueForecast: Sendable, Hashable {
    public struct Option: Sendable, Hashable {
        /// 0–100.
        public var position: Double
        public var probability: Double
        public var holders: [String]
    }

    public var issue: String
    /// Distinct positions, most likely first (ties keep actor order).
    public var options: [Option]

    /// The single most likely settlement.
    public var mostLikely: Double { options.first?.position ?? 0 }
    /// The probability-weighted settlement: what `expect forecast.ISSUE` tests.
    public var expected: Double { options.reduce(0) { $0 + $1.position * $1.probability } }
    /// Standard deviation of the settlement around `expected`, in points.
    public var spread: Double {
        let mean = expected
        return options.reduce(0) { $0 + $1.probability * ($1.position - mean) * ($1.position - mean) }.squareRoot()
    }
}

extension Scenario {
    /// Each distinct position's chance of prevailing on `issue`, every actor voting with its
    /// capability on that issue alone.
    public func forecast(issue: Int, model: BargainingModel = BargainingModel()) -> IssueForecast {
        let n = actors.count
        let state = try? BargainingState(
            actorCount: n, issueCount: 1, capabilities: capabilities,
            flatPositions: (0..<n).map { position(actor: $0, issue: issue) / 100 },
            flatSaliences: (0..<n).map { max(salience(actor: $0, issue: issue), 1e-9) })
        guard let state else { return IssueForecast(issue: issues[issue], options: []) }
        let options = model.prevailingProbabilities(state).map {
            IssueForecast.Option(position: $0.position[0] * 100, probability: $0.probability, holders: $0.actors.map { actors[$0] })
        }
        let ranked = options.enumerated().sorted { ($1.element.probability, $0.offset) < ($0.element.probability, $1.offset) }.map(\.element)
        return IssueForecast(issue: issues[issue], options: ranked)
    }
}
