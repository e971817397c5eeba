/// What `simulate` found: the distribution over the runs of every final position, coalition
/// consensus and asked-for measure, kept so any percentile or histogram can be read later (by
/// a briefing, say).
///
/// Up to ``exactRunLimit`` runs every value is kept and percentiles are exact; above it each
/// position and consensus is a ``QuantileSketch`` (fixed memory, percentiles within 0.005
/// point), so memory does not grow with the number of runs. So is each measure, over its own
/// scale (``Measure/range(issues:)``: `moved(A)` sums issues), with the runs it was none in and
/// the runs its condition held in counted as they finish.
/// A measure that was none in a run (``Measure/canBeNone``) is kept as NaN there; its
/// percentiles and mean are over the other runs, and ``measureNoneCount(_:)`` counts them.
///
///     let result = try MonteCarlo(world: world, branch: branch, seed: 1).run(1000)!
///     result.positionPercentiles(actor: 0, issue: 1)   // (p10, p50, p90)
public struct SimulationResult: Sendable, Hashable {
    public var seed: UInt64
    public var branch: String
    /// Steps replayed; with `branch`, tells a briefing whether the result is still current.
    public var steps: Int
    /// Runs completed.
    public var runs: Int { didSet { percentileTable = PercentileTable() } }
    public var startDate: CalendarDate
    public var endDate: CalendarDate
    public var actors: [String]
    public var issues: [String]
    /// Runs × (actors · issues): row `r` holds run `r`'s final positions, 0–100, actor by actor
    /// (one flat table, not a grid per run, so the report reads a column without chasing 10,000
    /// buffers); no rows above ``exactRunLimit`` runs.
    public var finalPositionRows: Grid { didSet { percentileTable = PercentileTable() } }
    /// Runs × issues: each run's coalition consensus, `consensus(issue:).expected`; no rows
    /// above ``exactRunLimit`` runs.
    public var consensus: Grid { didSet { percentileTable = PercentileTable() } }
    /// Above ``exactRunLimit`` runs: one sketch per actor and issue (`actor · issues + issue`),
    /// then one per issue for the consensus; empty otherwise.
    public var sketches: [QuantileSketch] = [] { didSet { percentileTable = PercentileTable() } }
    /// Measures asked for (`simulate … measure=`), and runs × measures: each run's value (no
    /// rows above ``exactRunLimit`` runs).
    public var measures: [Measure] = []
    public var measureValues = Grid(rows: 0, columns: 0)
    /// Above ``exactRunLimit`` runs, per measure: a sketch of the values that were not none,
    /// the runs it was none in, and the runs its condition held in; empty otherwise.
    public var measureSketches: [QuantileSketch] = []
    public var measureNones: [Int] = []
    public var measureHolding: [Int] = []
    /// Per measure, the condition to count runs by, when one was given (`RU.territory >= 80`).
    public var conditions: [Condition?] = []

    /// The most runs whose every value is kept (10 MB for 64 figures).
    public static let exactRunLimit = 20_000

    /// Percentiles and counts worked out once after the runs (``PercentileTable``); empty
    /// until then, and again once any figure they come from is changed.
    var percentileTable = PercentileTable()

    public var isExact: Bool { sketches.isEmpty }

    /// Each run's final positions, actors × issues; empty above ``exactRunLimit`` runs.
    public var finalPositions: [Grid] {
        (0..<finalPositionRows.rows).map { run in
            Grid(rows: actors.count, columns: issues.count, values: Array(finalPositionRows.row(run)))
        }
    }
    /// Run-major: `run · (issues + 1) + k`, the deal-space model's answer per issue and, last,
    /// for the package: a ``SettlementOutcome`` code (the Nash point's band, no deal, not modelled).
    public var deals: [Int16] = [] { didSet { percentileTable = PercentileTable() } }
    /// Per issue, the lower bounds of its bands, to label the band codes.
    public var bandBounds: [[Double]] = [] { didSet { percentileTable = PercentileTable() } }
    /// Per issue, its bands' labels, in the same order, for the band distributions.
    public var bandLabels: [[String]] = []

    /// The 10th, 50th and 90th percentiles of one figure over the runs.
    public struct Percentiles: Sendable, Hashable {
        public var p10: Double
        public var p50: Double
        public var p90: Double
    }

    public func positionPercentiles(actor: Int, issue: Int) -> Percentiles {
        let cell = actor * issues.count + issue
        if !isExact { return Self.percentiles(sketches[cell]) }
        return percentileTable.positions.indices.contains(cell) ? percentileTable.positions[cell]
            : Self.percentiles(finalPositionRows.column(cell))
    }

    public func consensusPercentiles(issue: Int) -> Percentiles {
        if !isExact { return Self.percentiles(consensusSketch(issue)) }
        return percentileTable.consensus.indices.contains(issue) ? percentileTable.consensus[issue]
            : Self.percentiles(consensusValues(issue: issue))
    }

    public func consensusMean(issue: Int) -> Double {
        if !isExact { return consensusSketch(issue).mean }
        return runs == 0 ? 0 : consensusValues(issue: issue).reduce(0, +) / Double(runs)
    }

    /// Counts of runs whose consensus falls in `bins` equal slices of 0–100 (100 falls in the last).
    public func consensusHistogram(issue: Int, bins: Int = 20) -> [Int] {
        if bins == PercentileTable.histogramBins, let counted = percentileTable.counts(issue) { return counted.histogram }
        if !isExact { return consensusSketch(issue).histogram(bins: bins) }
        var counts = [Int](filling: 0, count: bins)
        for value in consensusValues(issue: issue) {
            counts[min(bins - 1, max(0, Int(value / 100 * Double(bins))))] += 1
        }
        return counts
    }

    private func consensusSketch(_ issue: Int) -> QuantileSketch {
        sketches[actors.count * issues.count + issue]
    }

    func consensusValues(issue: Int) -> [Double] {
        consensus.column(issue)
    }

    /// Every run's value of the `index`th measure; NaN where it was none (no deal space).
    /// Empty above ``exactRunLimit`` runs, where only its sketch is kept.
    public func measureValues(_ index: Int) -> [Double] {
        (0..<measureValues.rows).map { measureValues[$0, index] }
    }

    /// The `index`th measure's values in the runs where it was not none.
    func measuredValues(_ index: Int) -> [Double] {
        measureValues(index).filter { !$0.isNaN }
    }

    /// Whether measures are sketched (above ``exactRunLimit`` runs) rather than kept whole.
    var measuresSketched: Bool { !measureSketches.isEmpty }

    /// Over the runs where the measure was not none; NaN throughout when it was none in all.
    public func measurePercentiles(_ index: Int) -> Percentiles {
        if measuresSketched {
            let sketch = measureSketches[index]
            return sketch.count == 0 ? Percentiles(p10: .nan, p50: .nan, p90: .nan) : Self.percentiles(sketch)
        }
        let values = measuredValues(index)
        guard !values.isEmpty else { return Percentiles(p10: .nan, p50: .nan, p90: .nan) }
        return Self.percentiles(values)
    }

    /// Over the runs where the measure was not none; NaN when it was none in all.
    public func measureMean(_ index: Int) -> Double {
        if measuresSketched {
            let sketch = measureSketches[index]
            return sketch.count == 0 ? .nan : sketch.mean
        }
        let values = measuredValues(index)
        return values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count)
    }

    /// How many runs the `index`th measure was none in (`settle.ISSUE` with no deal space).
    public func measureNoneCount(_ index: Int) -> Int {
        if measuresSketched { return measureNones[index] }
        return measureValues(index).count { $0.isNaN }
    }

    /// How many runs meet the `index`th measure's condition, compared as shown (one decimal),
    /// as `expect` compares, none as none; nil when the measure has no condition.
    public func runsHolding(_ index: Int) -> Int? {
        guard conditions.indices.contains(index), let condition = conditions[index] else { return nil }
        if measuresSketched { return measureHolding[index] }
        return measureValues(index).filter { condition.holds($0.isNaN ? nil : ($0 * 10).rounded() / 10) }.count
    }

    static func percentiles(_ sketch: QuantileSketch) -> Percentiles {
        Percentiles(p10: sketch.percentile(10), p50: sketch.percentile(50), p90: sketch.percentile(90))
    }

    /// Exact type-7 percentiles; only the six ranks they read are put in order (the report
    /// asks this of every column after the runs).
    static func percentiles(_ values: [Double]) -> Percentiles {
        var placed = values
        return placed.withUnsafeMutableBufferPointer { percentiles(placingIn: $0) }
    }

    /// The same over a buffer, reordered where it lies.
    static func percentiles(placingIn placed: UnsafeMutableBufferPointer<Double>) -> Percentiles {
        if placed.count > 1 { OrderStatistics.select(percentileRanks(count: placed.count), in: placed) }
        return percentiles(count: placed.count) { placed[$0] }
    }

    /// The ranks a sorted copy of `count` values must hold for ``percentiles(count:sortedValue:)``:
    /// the two that each of the 10th, 50th and 90th percentile interpolates between.
    static func percentileRanks(count: Int) -> [Int] {
        [10.0, 50, 90].flatMap { p -> [Int] in
            let (lower, upper, _) = Percentile.ranks(p, count: count)
            return [lower, upper]
        }
    }

    /// The 10th, 50th and 90th percentile of `count` values, given what a sorted copy holds at
    /// each of ``percentileRanks(count:)``.
    static func percentiles(count: Int, sortedValue value: (Int) -> Double) -> Percentiles {
        Percentiles(p10: Percentile.of(count: count, 10, sortedValue: value),
                    p50: Percentile.of(count: count, 50, sortedValue: value),
                    p90: Percentile.of(count: count, 90, sortedValue: value))
    }
}
