/// The 10th, 50th and 90th percentile of every final position and every issue's coalition
/// consensus, worked out once after the runs, on every core.
///
///     result.percentileTable = PercentileTable(result, workers: 2)
///     result.positionPercentiles(actor: 0, issue: 1)   // now read from the table
///
/// The columns are independent, so ``ParallelRuns`` shares them among the workers as it shares
/// runs, and a column's selection gives the same bits whichever worker did it. The table is
/// derived from the runs alone, so it takes no part in equality: two results with the same runs
/// are equal whether or not either holds one.
struct PercentileTable: Sendable, Hashable {
    /// Per actor and issue, `actor · issues + issue`; empty when not worked out.
    var positions: [SimulationResult.Percentiles] = []
    /// Per issue.
    var consensus: [SimulationResult.Percentiles] = []

    init() {}

    /// The table for an exact result (every value kept); an empty one for a sketched result,
    /// whose percentiles are read from its sketches at once.
    init(_ result: SimulationResult, workers: Int) {
        guard result.isExact, result.runs > 0 else { return }
        let cells = result.finalPositionRows.columns
        let columns = cells + result.consensus.columns
        let found = UnsafeMutableBufferPointer<SimulationResult.Percentiles>.allocate(capacity: columns)
        defer { found.deallocate() }
        let slots = Slots(found)
        _ = ParallelRuns(workers: workers).perform(columns) { column in
            let values = column < cells ? result.finalPositionRows.column(column)
                : result.consensus.column(column - cells)
            // Column c writes only slot c.
            slots.buffer.initializeElement(at: column, to: SimulationResult.percentiles(values))
        }
        positions = Array(found[..<cells])
        consensus = Array(found[cells...])
    }

    static func == (_: PercentileTable, _: PercentileTable) -> Bool { true }
    func hash(into hasher: inout Hasher) {}

    /// Hands the workers the buffer they fill, one slot per column.
    private struct Slots: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<SimulationResult.Percentiles>
        init(_ buffer: UnsafeMutableBufferPointer<SimulationResult.Percentiles>) { self.buffer = buffer }
    }
}
