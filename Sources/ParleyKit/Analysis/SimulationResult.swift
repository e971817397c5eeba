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
    /// Measures asked for (`simulate … measure=`), and runs × measures: each run's value.
    public var measures: [Measure] = []
    public var measureValues = Grid(rows: 0, columns: 0)
    /// Per measure, the condition to count runs by, when one was given (`RU.territory >= 80`).
    public var conditions: [Condition?] = []

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

    /// Every run's value of the `index`th measure.
    public func measureValues(_ index: Int) -> [Double] {
        (0..<runs).map { measureValues[$0, index] }
    }

    public func measurePercentiles(_ index: Int) -> Percentiles {
        Self.percentiles(measureValues(index))
    }

    public func measureMean(_ index: Int) -> Double {
        runs == 0 ? 0 : measureValues(index).reduce(0, +) / Double(runs)
    }

    /// How many runs meet the `index`th measure's condition, compared as shown (one decimal),
    /// as `expect` compares; nil when the measure has no condition.
    public func runsHolding(_ index: Int) -> Int? {
        guard conditions.indices.contains(index), let condition = conditions[index] else { return nil }
        return measureValues(index).filter { condition.holds(($0 * 10).rounded() / 10) }.count
    }

    static func percentiles(_ values: [Double]) -> Percentiles {
        let sorted = values.sorted()
        return Percentiles(p10: Percentile.of(sorted: sorted, 10), p50: Percentile.of(sorted: sorted, 50),
                    p90: Percentile.of(sorted: sorted, 90))
    }
}
