import Testing
@testable import ParleyKit

/// The table worked out on every core after the runs holds, bit for bit, what each column's
/// own selection gives, whatever the number of workers.
@Suite("Analysis: percentile table")
struct PercentileTableTests {
    @Test(arguments: [1, 2, 3])
    func tableEqualsColumnByColumn(workers: Int) throws {
        let t = SimulateTests.tour(workers: workers)
        let branch = try #require(t.interpreter.session.branch)
        let world = try #require(t.interpreter.session.world)
        let result = try #require(try MonteCarlo(world: world, branch: branch, seed: 5, workers: workers).run(301))
        #expect(result.percentileTable.positions.count == result.actors.count * result.issues.count)
        #expect(result.percentileTable.consensus.count == result.issues.count)
        var plain = result
        plain.percentileTable = PercentileTable()
        func bits(_ p: SimulationResult.Percentiles) -> [UInt64] { [p.p10.bitPattern, p.p50.bitPattern, p.p90.bitPattern] }
        for actor in result.actors.indices {
            for issue in result.issues.indices {
                #expect(bits(result.positionPercentiles(actor: actor, issue: issue)) == bits(plain.positionPercentiles(actor: actor, issue: issue)))
            }
        }
        #expect(result.percentileTable.issues.count == result.issues.count)
        for issue in result.issues.indices {
            #expect(bits(result.consensusPercentiles(issue: issue)) == bits(plain.consensusPercentiles(issue: issue)))
            #expect(result.consensusHistogram(issue: issue) == plain.consensusHistogram(issue: issue))
            #expect(result.consensusBands(issue: issue) == plain.consensusBands(issue: issue))
            #expect(result.settlementBands(issue: issue) == plain.settlementBands(issue: issue))
            #expect(result.settlementBandShares(issue: issue) == plain.settlementBandShares(issue: issue))
        }
        #expect(SimulationReport.render(result, branch: branch.scenario) == SimulationReport.render(plain, branch: branch.scenario))
        #expect(SimulationJSON.render(result) == SimulationJSON.render(plain))
        // Changing a figure the table came from drops it, rather than leave it stale.
        var changed = result
        changed.bandBounds = changed.bandBounds.map { _ in [0] }
        #expect(changed.percentileTable.issues.isEmpty && changed.percentileTable.positions.isEmpty)
    }

    @Test func columnsAreReadWhole() {
        let grid = Grid(rows: 3, columns: 10, values: (0..<30).map(Double.init))
        var seen: [Int: [Double]] = [:]
        PercentileTable.forEachColumn(8..<10, of: grid) { column, values in seen[column] = Array(values) }
        #expect(seen == [8: [8, 18, 28], 9: [9, 19, 29]])
        #expect(grid.column(3) == [3, 13, 23])
    }
}
