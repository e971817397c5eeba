import Synchronization

/// The 10th, 50th and 90th percentile of every final position and every issue's coalition
/// consensus, and each issue's histogram and band counts, worked out once after the runs, on
/// every core.
///
///     result.percentileTable = PercentileTable(result, workers: 2)
///     result.positionPercentiles(actor: 0, issue: 1)   // now read from the table
///
/// The columns are independent, so ``ParallelRuns`` shares them among the workers as it shares
/// runs, a few columns at a time, and a column's selection gives the same bits whichever worker
/// did it. The table is derived from the runs alone, so it takes no part in equality: two
/// results with the same runs are equal whether or not either holds one.
struct PercentileTable: Sendable, Hashable {
    /// Per actor and issue, `actor · issues + issue`; empty when not worked out.
    var positions: [SimulationResult.Percentiles] = []
    /// Per issue.
    var consensus: [SimulationResult.Percentiles] = []
    /// Per issue, what the report counts over the runs besides: the consensus's 20-bin
    /// histogram and bands, and the settlement's bands.
    var issues: [IssueCounts] = []

    struct IssueCounts: Sendable, Hashable {
        var histogram: [Int]
        var consensusBands: BandDistribution
        var settlementBands: BandDistribution?
    }

    init() {}

    /// Columns read together: one pass over the runs reads a row's neighbouring values at once
    /// (a cache line of them), where a column at a time would fetch a line for every value.
    static let block = 8
    /// The report's histogram bins (5 points each).
    static let histogramBins = 20

    /// The table for an exact result (every value kept); an empty one for a sketched result,
    /// whose percentiles are read from its sketches at once.
    init(_ result: SimulationResult, workers: Int) {
        guard result.isExact, result.runs > 0 else { return }
        let tables = [result.finalPositionRows, result.consensus]
        // Job j: a block of up to `block` neighbouring columns of one table.
        let jobs = tables.enumerated().flatMap { table, grid in
            stride(from: 0, to: grid.columns, by: Self.block).map { (table, $0..<min($0 + Self.block, grid.columns)) }
        }
        // Each job's answers, gathered under a lock (a few dozen entries against a job's
        // tenth of a millisecond), keyed by column or issue so their order is fixed.
        let found = Mutex((tables: [[Int: SimulationResult.Percentiles]](filling: [:], count: tables.count),
                           issues: [Int: IssueCounts]()))
        let issueCount = result.issues.count
        // The last jobs count one issue each, with the result's own (uncached) methods.
        _ = ParallelRuns(workers: workers).perform(jobs.count + issueCount) { job in
            guard job < jobs.count else {
                let issue = job - jobs.count
                let counts = IssueCounts(histogram: result.consensusHistogram(issue: issue, bins: Self.histogramBins),
                                         consensusBands: result.consensusBands(issue: issue),
                                         settlementBands: result.settlementBands(issue: issue))
                found.withLock { $0.issues[issue] = counts }
                return
            }
            let (table, columns) = jobs[job]
            let block = Self.percentiles(columns, of: tables[table])
            found.withLock { $0.tables[table].merge(block) { first, _ in first } }
        }
        found.withLock { found in
            positions = (0..<tables[0].columns).compactMap { found.tables[0][$0] }
            consensus = (0..<tables[1].columns).compactMap { found.tables[1][$0] }
            issues = (0..<issueCount).compactMap { found.issues[$0] }
        }
    }

    /// The percentiles of each of the given columns, by bucket counting
    /// (``BucketSelection``), or by reordering a copy of each column when one holds a value that
    /// is not finite; the same bits either way.
    static func percentiles(_ columns: Range<Int>, of grid: Grid) -> [Int: SimulationResult.Percentiles] {
        var block: [Int: SimulationResult.Percentiles] = [:]
        let rows = grid.rows
        let ranks = SimulationResult.percentileRanks(count: rows)
        if let found = BucketSelection.values(atRanks: ranks, columns: columns, of: grid) {
            for (k, values) in found.enumerated() {
                // Only the listed ranks are asked, so the look-up always finds one.
                block[columns.lowerBound + k] = SimulationResult.percentiles(count: rows) { values[ranks.firstIndex(of: $0)!] }
            }
            return block
        }
        forEachColumn(columns, of: grid) { column, values in
            block[column] = SimulationResult.percentiles(placingIn: values)
        }
        return block
    }

    /// Hands `body` each of the given columns of `grid` in a buffer of its own, which `body` may
    /// reorder, read row by row.
    static func forEachColumn(_ columns: Range<Int>, of grid: Grid, _ body: (Int, UnsafeMutableBufferPointer<Double>) -> Void) {
        let rows = grid.rows, width = grid.columns, count = columns.count, first = columns.lowerBound
        let scratch = UnsafeMutableBufferPointer<Double>.allocate(capacity: rows * count)
        defer { scratch.deallocate() }
        grid.values.withUnsafeBufferPointer { values in
            for row in 0..<rows {
                let from = row * width + first
                for k in 0..<count { scratch[k * rows + row] = values[from + k] }
            }
        }
        for k in 0..<count {
            body(first + k, UnsafeMutableBufferPointer(rebasing: scratch[(k * rows)..<((k + 1) * rows)]))
        }
    }

    /// One issue's counts, when worked out.
    func counts(_ issue: Int) -> IssueCounts? {
        issues.indices.contains(issue) ? issues[issue] : nil
    }

    static func == (_: PercentileTable, _: PercentileTable) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
}
