/// The few order statistics a percentile reads, found by selection rather than a full sort.
///
///     var values: [Double] = [5, 1, 4, 2, 3]
///     OrderStatistics.select([1, 3], in: &values)   // values[1] == 2, values[3] == 4
///
/// Afterwards `values[k]` holds, for every asked `k`, what a sorted copy holds at `k`; the
/// elements are only reordered. Each rank costs O(n) expected time against sorting's
/// O(n log n). A result's own percentiles (a measure's, a column the table lacks) come from
/// here; ``PercentileTable`` counts whole blocks of columns instead (``BucketSelection``), and
/// comes here only for a block with a value that is not finite.
enum OrderStatistics {
    static func select(_ ranks: [Int], in values: inout [Double]) {
        values.withUnsafeMutableBufferPointer { select(ranks, in: $0) }
    }

    /// The same in a buffer, reordered where it lies.
    static func select(_ ranks: [Int], in buffer: UnsafeMutableBufferPointer<Double>) {
        // Ascending, each once (the ranks of two percentiles can coincide).
        let asked = ranks.filter { $0 >= 0 && $0 < buffer.count }.sorted()
        let wanted = asked.indices.filter { $0 == 0 || asked[$0 - 1] != asked[$0] }.map { asked[$0] }
        place(wanted[...], in: buffer, from: 0, to: buffer.count - 1)
    }

    /// Places every rank of `ranks` (ascending, all within `low...high`), where what lies
    /// before `low` is no larger than anything in the range and what lies after `high` no
    /// smaller. The middle rank goes first and splits the range, so each other rank searches
    /// only its side of it; a rank next to one already placed is the smallest (or largest) of
    /// its side, found in one pass.
    private static func place(_ ranks: ArraySlice<Int>, in values: UnsafeMutableBufferPointer<Double>, from low: Int, to high: Int) {
        guard !ranks.isEmpty else { return }
        let middle = ranks.startIndex + ranks.count / 2
        let rank = ranks[middle]
        place(rank, in: values, from: low, to: high)
        var left = ranks[..<middle], right = ranks[(middle + 1)...]
        if left.last == rank - 1 {
            moveExtreme(largest: true, of: values, from: low, to: rank - 1, into: rank - 1)
            left = left.dropLast()
            place(left, in: values, from: low, to: rank - 2)
        } else {
            place(left, in: values, from: low, to: rank - 1)
        }
        if right.first == rank + 1 {
            moveExtreme(largest: false, of: values, from: rank + 1, to: high, into: rank + 1)
            right = right.dropFirst()
            place(right, in: values, from: rank + 2, to: high)
        } else {
            place(right, in: values, from: rank + 1, to: high)
        }
    }

    /// Swaps the smallest (or largest) of `values[low...high]` into `slot`, one of its ends.
    private static func moveExtreme(largest: Bool, of values: UnsafeMutableBufferPointer<Double>, from low: Int, to high: Int,
                                    into slot: Int) {
        var best = slot
        for index in low...high where largest ? values[index] > values[best] : values[index] < values[best] {
            best = index
        }
        values.swapAt(best, slot)
    }

    /// Puts the `rank`th smallest of `values[low...high]` at `rank`, smaller or equal ones
    /// before it and larger or equal ones after (Hoare's partition, median-of-three pivot).
    private static func place(_ rank: Int, in values: UnsafeMutableBufferPointer<Double>, from low: Int, to high: Int) {
        var low = low, high = high
        var rounds = 0
        while high > low {
            rounds += 1
            if high - low < 16 || rounds > 64 {
                // Short ranges, and the rare input that keeps splitting badly: sort the rest.
                var rest = UnsafeMutableBufferPointer(rebasing: values[low...high])
                rest.sort()
                return
            }
            let middle = low + (high - low) / 2
            if values[middle] < values[low] { values.swapAt(middle, low) }
            if values[high] < values[low] { values.swapAt(high, low) }
            if values[high] < values[middle] { values.swapAt(high, middle) }
            let pivot = values[middle]
            var left = low, right = high
            while left <= right {
                while values[left] < pivot { left += 1 }
                while values[right] > pivot { right -= 1 }
                if left <= right {
                    values.swapAt(left, right)
                    left += 1
                    right -= 1
                }
            }
            // Now low...right <= pivot, left...high >= pivot, and what lies between equals it.
            if rank <= right { high = right } else if rank >= left { low = left } else { return }
        }
    }
}
