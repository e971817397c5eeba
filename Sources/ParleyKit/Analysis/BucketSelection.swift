/// The values a sorted copy of each of a few neighbouring grid columns holds at given ranks,
/// found by counting the values into buckets rather than reordering them.
///
///     let grid = Grid(rows: 5, columns: 1, values: [5, 1, 4, 2, 3])
///     BucketSelection.values(atRanks: [1, 3], columns: 0..<1, of: grid)   // [[2, 4]]
///
/// Three passes over the rows, each reading the block's values of a row together: the least
/// and greatest value of each column; how many values fall in each of ``buckets`` equal slices
/// between them; the values of the few slices that hold an asked rank, which are then sorted.
/// The slice of a value is worked out the same way in both passes, and grows with the value
/// (subtracting the least value, scaling and truncating never reverse an order), so each slice's
/// values are a run of the sorted column and its sorted values the exact order statistics: the
/// same values a selection by reordering finds (``OrderStatistics``), with no copy of the
/// column, and without partitioning's branches on how two values compare, which a CPU cannot
/// predict on random values.
enum BucketSelection {
    /// Slices per column: with 10,000 runs an asked slice holds a few dozen values, and eight
    /// columns' tallies fit a core's first-level cache.
    static let buckets = 1024

    /// For each column of `columns` in `grid`, its values at `ranks` (each in `0..<grid.rows`),
    /// in the order asked; nil for the whole block when a value is not finite, which the caller
    /// then selects by reordering.
    static func values(atRanks ranks: [Int], columns: Range<Int>, of grid: Grid) -> [[Double]]? {
        let rows = grid.rows, width = grid.columns, count = columns.count, first = columns.lowerBound
        precondition(rows > 0 && count * ranks.count < 256 && ranks.allSatisfy { (0..<rows).contains($0) },
                     "a few ranks within the rows")
        // The passes run over every row, so what they index is in buffers (no array checks).
        let least = UnsafeMutableBufferPointer<Double>.allocate(capacity: count)
        let scale = UnsafeMutableBufferPointer<Double>.allocate(capacity: count)
        let tally = UnsafeMutableBufferPointer<Int32>.allocate(capacity: count * buckets)
        // Per column and slice, 0 or the number (from 1) of a wanted slice, in wanting order.
        let wanted = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: count * buckets)
        defer {
            least.deallocate()
            scale.deallocate()
            tally.deallocate()
            wanted.deallocate()
        }
        return grid.values.withUnsafeBufferPointer { values -> [[Double]]? in
            guard range(values, rows: rows, width: width, first: first, least: least, scale: scale) else { return nil }
            tally.initialize(repeating: 0)
            for row in 0..<rows {
                let base = row * width + first
                for k in 0..<count {
                    tally[k * buckets + slice(values[base + k], least: least[k], scale: scale[k])] &+= 1
                }
            }
            // Each rank's wanted slice and place in it; each wanted slice's room in `gathered`.
            wanted.initialize(repeating: 0)
            var places: [(wanted: Int, offset: Int)] = []
            var starts = [0]
            for k in 0..<count {
                for rank in ranks {
                    var below = 0, slice = k * buckets
                    while below + Int(tally[slice]) <= rank {
                        below += Int(tally[slice])
                        slice += 1
                    }
                    if wanted[slice] == 0 {
                        starts.append(starts[starts.count - 1] + Int(tally[slice]))
                        wanted[slice] = UInt8(starts.count - 1)
                    }
                    places.append((Int(wanted[slice]), rank - below))
                }
            }
            let gathered = UnsafeMutableBufferPointer<Double>.allocate(capacity: starts[starts.count - 1])
            defer { gathered.deallocate() }
            var filled = Array(starts.dropLast())  // the next free slot of each wanted slice
            filled.withUnsafeMutableBufferPointer { filled in
                for row in 0..<rows {
                    let base = row * width + first
                    for k in 0..<count {
                        let value = values[base + k]
                        let number = Int(wanted[k * buckets + slice(value, least: least[k], scale: scale[k])])
                        if number > 0 {
                            gathered[filled[number - 1]] = value
                            filled[number - 1] += 1
                        }
                    }
                }
            }
            for number in 1..<starts.count {
                var slice = UnsafeMutableBufferPointer(rebasing: gathered[starts[number - 1]..<starts[number]])
                slice.sort()
            }
            return (0..<count).map { k in
                places[(k * ranks.count)..<((k + 1) * ranks.count)].map { gathered[starts[$0.wanted - 1] + $0.offset] }
            }
        }
    }

    /// Writes each column's least value and the scale from it to slices; false if a value is
    /// not finite.
    private static func range(_ values: UnsafeBufferPointer<Double>, rows: Int, width: Int, first: Int,
                              least: UnsafeMutableBufferPointer<Double>, scale: UnsafeMutableBufferPointer<Double>) -> Bool {
        let count = least.count
        // `scale` holds the greatest value until the end.
        least.initialize(repeating: .infinity)
        scale.initialize(repeating: -.infinity)
        var finite = true
        for row in 0..<rows {
            let base = row * width + first
            for k in 0..<count {
                let value = values[base + k]
                finite = finite && value.isFinite
                least[k] = Swift.min(least[k], value)
                scale[k] = Swift.max(scale[k], value)
            }
        }
        for k in 0..<count {
            // A column of one value (or whose span overflows) is one slice: still exact.
            let span = scale[k] - least[k]
            scale[k] = span > 0 && span.isFinite ? Double(buckets) / span : 0
        }
        return finite
    }

    /// The slice `value` falls in, in `0..<buckets`; never smaller for a larger value.
    @inline(__always)
    private static func slice(_ value: Double, least: Double, scale: Double) -> Int {
        // Scale 0 marks one slice: `value - least` may then overflow, and infinity times 0 is NaN.
        scale > 0 ? Swift.min(buckets - 1, Int((value - least) * scale)) : 0
    }
}
