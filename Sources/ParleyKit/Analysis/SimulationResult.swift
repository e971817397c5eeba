/// What `simulate` found: every run's final positions and forecast settlements, kept whole so
/// any percentile or histogram can be read later (by a briefing, say).
///
///     let result = try MonteCarlo(world: world, branch: branch, seed: 1).run(1000)!
///     result.positionPercentiles(actor: 0, issue: 1)   // (p10, p50, p90)
public struct SimulationResult: Sendable, Hashable {
    public var seed: UInt64
    public var branch: String
    /// Steps replayed; with `branch`, tells a briefing whether the result is still current.
    public var steps: Int
    /// Runs completed.
    public var runs: Int
    public var startDate: CalendarDate
    public var endDate: CalendarDate
    public var actors: [String]
    public var issues: [String]
    /// Run-major: `run · (actors · issues) + actor · issues + issue`, 0–100.
    public var finalPositions: [Double]
    /// Run-major: `run · issues + issue`, each run's `forecast(issue:).expected`.
    public var settlements: [Double]
    /// Run-major: `run · (issues + 1) + k`, the deal-space model's answer per issue and, last,
    /// for the package: a ``SettlementOutcome`` code (the Nash point's band, no deal, not modelled).
    public var deals: [Int16] = []
    /// Per issue, the lower bounds of its bands, to label the band codes.
    public var bandBounds: [[Double]] = []

    public struct Band: Sendable, Hashable {
        public var p10: Double
        public var p50: Double
        public var p90: Double
    }

    public func positionPercentiles(actor: Int, issue: Int) -> Band {
        let stride = actors.count * issues.count
        let column = actor * issues.count + issue
        return Self.band((0..<runs).map { finalPositions[$0 * stride + column] })
    }

    public func settlementPercentiles(issue: Int) -> Band {
        Self.band(settlementValues(issue: issue))
    }

    public func settlementMean(issue: Int) -> Double {
        runs == 0 ? 0 : settlementValues(issue: issue).reduce(0, +) / Double(runs)
    }

    /// Counts of settlements in `bins` equal slices of 0–100 (100 falls in the last).
    public func settlementHistogram(issue: Int, bins: Int = 20) -> [Int] {
        var counts = [Int](repeating: 0, count: bins)
        for value in settlementValues(issue: issue) {
            counts[min(bins - 1, max(0, Int(value / 100 * Double(bins))))] += 1
        }
        return counts
    }

    func settlementValues(issue: Int) -> [Double] {
        (0..<runs).map { settlements[$0 * issues.count + issue] }
    }

    static func band(_ values: [Double]) -> Band {
        let sorted = values.sorted()
        return Band(p10: Percentile.of(sorted: sorted, 10), p50: Percentile.of(sorted: sorted, 50),
                    p90: Percentile.of(sorted: sorted, 90))
    }
}
