/// What `simulate` found: every run's final positions and coalition consensus, kept whole so
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
    /// Each run's final positions, actors × issues, 0–100.
    public var finalPositions: [Grid]
    /// Runs × issues: each run's coalition consensus, `consensus(issue:).expected`.
    public var consensus: Grid

    /// The 10th, 50th and 90th percentiles of one figure over the runs.
    public struct Percentiles: Sendable, Hashable {
        public var p10: Double
        public var p50: Double
        public var p90: Double
    }

    public func positionPercentiles(actor: Int, issue: Int) -> Percentiles {
        Self.percentiles(finalPositions.map { $0[actor, issue] })
    }

    public func consensusPercentiles(issue: Int) -> Percentiles {
        Self.percentiles(consensusValues(issue: issue))
    }

    public func consensusMean(issue: Int) -> Double {
        runs == 0 ? 0 : consensusValues(issue: issue).reduce(0, +) / Double(runs)
    }

    /// Counts of runs whose consensus falls in `bins` equal slices of 0–100 (100 falls in the last).
    public func consensusHistogram(issue: Int, bins: Int = 20) -> [Int] {
        var counts = [Int](repeating: 0, count: bins)
        for value in consensusValues(issue: issue) {
            counts[min(bins - 1, max(0, Int(value / 100 * Double(bins))))] += 1
        }
        return counts
    }

    func consensusValues(issue: Int) -> [Double] {
        (0..<runs).map { consensus[$0, issue] }
    }

    static func percentiles(_ values: [Double]) -> Percentiles {
        let sorted = values.sorted()
        return Percentiles(p10: Percentile.of(sorted: sorted, 10), p50: Percentile.of(sorted: sorted, 50),
                    p90: Percentile.of(sorted: sorted, 90))
    }
}
