/// What `simulate` found: the distribution over the runs of every final position and forecast
/// settlement, kept so any percentile or histogram can be read later (by a briefing, say).
///
/// Up to ``exactRunLimit`` runs every value is kept and percentiles are exact; above it each
/// figure is a ``QuantileSketch`` (fixed memory, percentiles within 0.005 point), so memory
/// does not grow with the number of runs.
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
    /// Run-major: `run · (actors · issues) + actor · issues + issue`, 0–100; empty above
    /// ``exactRunLimit`` runs.
    public var finalPositions: [Double]
    /// Run-major: `run · issues + issue`, each run's `forecast(issue:).expected`; empty above
    /// ``exactRunLimit`` runs.
    public var settlements: [Double]
    /// Above ``exactRunLimit`` runs: one sketch per actor and issue (`actor · issues + issue`),
    /// then one per issue for the settlements; empty otherwise.
    public var sketches: [QuantileSketch]

    /// The most runs whose every value is kept (10 MB for 64 figures).
    public static let exactRunLimit = 20_000

    public var isExact: Bool { sketches.isEmpty }
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
        if !isExact { return Self.band(sketches[actor * issues.count + issue]) }
        let stride = actors.count * issues.count
        let column = actor * issues.count + issue
        return Self.band((0..<runs).map { finalPositions[$0 * stride + column] })
    }

    public func settlementPercentiles(issue: Int) -> Band {
        if !isExact { return Self.band(settlementSketch(issue)) }
        return Self.band(settlementValues(issue: issue))
    }

    public func settlementMean(issue: Int) -> Double {
        if !isExact { return settlementSketch(issue).mean }
        return runs == 0 ? 0 : settlementValues(issue: issue).reduce(0, +) / Double(runs)
    }

    /// Counts of settlements in `bins` equal slices of 0–100 (100 falls in the last).
    public func settlementHistogram(issue: Int, bins: Int = 20) -> [Int] {
        if !isExact { return settlementSketch(issue).histogram(bins: bins) }
        var counts = [Int](repeating: 0, count: bins)
        for value in settlementValues(issue: issue) {
            counts[min(bins - 1, max(0, Int(value / 100 * Double(bins))))] += 1
        }
        return counts
    }

    private func settlementSketch(_ issue: Int) -> QuantileSketch {
        sketches[actors.count * issues.count + issue]
    }

    func settlementValues(issue: Int) -> [Double] {
        (0..<runs).map { settlements[$0 * issues.count + issue] }
    }

    static func band(_ sketch: QuantileSketch) -> Band {
        Band(p10: sketch.percentile(10), p50: sketch.percentile(50), p90: sketch.percentile(90))
    }

    static func band(_ values: [Double]) -> Band {
        let sorted = values.sorted()
        return Band(p10: Percentile.of(sorted: sorted, 10), p50: Percentile.of(sorted: sorted, 50),
                    p90: Percentile.of(sorted: sorted, 90))
    }
}
