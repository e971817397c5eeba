import Testing
@testable import ParleyKit

/// Counting values into slices finds, for every asked rank, the value a sorted column holds
/// there, bit for bit: ties, columns of one value, spans too wide to scale, and the percentile
/// table read from it.
@Suite("Analysis: bucket selection")
struct BucketSelectionTests {
    /// A grid of `rows` rows and five columns of different shapes, drawn from `seed`.
    static func grid(rows: Int, seed: UInt64) -> Grid {
        var random = ParleyKit.SplitMix64(seed: seed, stream: 0)
        var values: [Double] = []
        for row in 0..<rows {
            let draw = Double(random.next() % 10_000) / 100
            values += [draw,                                   // spread out
                       (draw / 10).rounded(),                  // many ties
                       Double(rows - row),                     // reversed
                       42,                                     // one value
                       min(100, max(0, draw * 1.5 - 25))]      // piled at both bounds
        }
        return Grid(rows: rows, columns: 5, values: values)
    }

    @Test(arguments: [1, 2, 3, 17, 257, 1_000, 10_000])
    func ranksEqualTheSortedOnes(rows: Int) throws {
        let grid = Self.grid(rows: rows, seed: UInt64(rows))
        let ranks = [0, rows / 10, rows / 10, rows / 2, rows - 1, (9 * rows) / 10]
        for columns in [0..<5, 1..<3, 4..<5] {
            let found = try #require(BucketSelection.values(atRanks: ranks, columns: columns, of: grid))
            for (k, column) in columns.enumerated() {
                let sorted = grid.column(column).sorted()
                #expect(found[k].map(\.bitPattern) == ranks.map { sorted[$0].bitPattern }, "rows \(rows), column \(column)")
            }
        }
    }

    @Test func spansTooWideToScaleAreStillExact() throws {
        let values: [Double] = [1e308, -1e308, 0, 5, -5, 1e308, 3]
        let grid = Grid(rows: values.count, columns: 1, values: values)
        let found = try #require(BucketSelection.values(atRanks: [0, 3, 6], columns: 0..<1, of: grid))
        #expect(found == [[-1e308, 3, 1e308]])
    }

    @Test func aValueThatIsNotFiniteHandsTheBlockBack() {
        for bad in [Double.nan, .infinity, -.infinity] {
            let grid = Grid(rows: 3, columns: 2, values: [1, 2, bad, 4, 5, 6])
            #expect(BucketSelection.values(atRanks: [1], columns: 0..<2, of: grid) == nil)
        }
    }

    /// The table's percentiles are those of sorting each column, by slices and, when a column
    /// of the block holds a NaN, by reordering.
    @Test func tablePercentilesEqualTheSortedOnes() {
        var grid = Self.grid(rows: 1_001, seed: 3)
        func expected(_ column: Int) -> [UInt64] {
            let sorted = grid.column(column).sorted()
            return [10.0, 50, 90].map { Percentile.of(sorted: sorted, $0).bitPattern }
        }
        func bits(_ p: SimulationResult.Percentiles?) -> [UInt64]? { p.map { [$0.p10, $0.p50, $0.p90].map(\.bitPattern) } }
        let table = PercentileTable.percentiles(0..<grid.columns, of: grid)
        for column in 0..<grid.columns { #expect(bits(table[column]) == expected(column), "column \(column)") }
        grid[0, 2] = .nan
        #expect(BucketSelection.values(atRanks: [0], columns: 0..<grid.columns, of: grid) == nil)
        let reordered = PercentileTable.percentiles(0..<grid.columns, of: grid)
        for column in [0, 1, 3, 4] { #expect(bits(reordered[column]) == expected(column), "column \(column)") }
    }
}
