import Testing
@testable import ParleyKit

/// Selection puts the asked ranks where sorting would, so the report's percentiles are the
/// sorted ones bit for bit, ties and bounds included.
@Suite("Analysis: order statistics")
struct OrderStatisticsTests {
    @Test func selectedRanksEqualTheSortedOnes() {
        var random = ParleyKit.SplitMix64(seed: 7, stream: 0)
        for count in [1, 2, 3, 5, 15, 16, 17, 64, 257, 1_000, 10_000] {
            for pattern in 0..<4 {
                let values: [Double] = (0..<count).map { index in
                    let draw = Double(random.next() % 10_000) / 100
                    switch pattern {
                    case 0: return draw                                   // spread out
                    case 1: return (draw / 10).rounded()                  // many ties
                    case 2: return Double(index)                          // already sorted
                    default: return min(100, max(0, draw * 1.5 - 25))    // piled at both bounds
                    }
                }
                let sorted = values.sorted()
                let ranks = [0, count / 10, count / 2, count - 1, (9 * count) / 10]
                var placed = values
                OrderStatistics.select(ranks, in: &placed)
                for rank in ranks where rank < count {
                    #expect(placed[rank].bitPattern == sorted[rank].bitPattern, "count \(count), pattern \(pattern), rank \(rank)")
                }
                #expect(placed.sorted() == sorted)  // only reordered
                let exact = SimulationResult.percentiles(values)
                for (p, got) in [(10.0, exact.p10), (50, exact.p50), (90, exact.p90)] {
                    #expect(got.bitPattern == Percentile.of(sorted: sorted, p).bitPattern, "count \(count), p\(p)")
                }
            }
        }
    }

    @Test func reversedInputIsPlacedToo() {
        var values = (0..<1_000).map { Double(999 - $0) }
        OrderStatistics.select([100, 500, 899, 900], in: &values)
        #expect(values[100] == 100 && values[500] == 500 && values[899] == 899 && values[900] == 900)
    }
}
