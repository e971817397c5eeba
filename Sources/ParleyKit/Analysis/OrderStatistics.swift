/// The few order statistics a percentile reads, found by selection rather than a full sort.
///
///     var values: [Double] = [5, 1, 4, 2, 3]
///     OrderStatistics.select([1, 3], in: &values)   // values[1] == 2, values[3] == 4
///
/// Afterwards `values[k]` holds, for every asked `k`, what a sorted copy holds at `k`; the
/// elements are only reordered. Each rank costs O(n) expected time against sorting's
/// O(n log n): `simulate`'s report reads six ranks in each of some sixty columns of 10,000
/// runs, after the runs, on one core.
enum OrderStatistics {
    static func select(_ ranks: [Int], in values: inout [Double]) {
        values.withUnsafeMutableBufferPointer { buffer in
            // Once rank k is in place, everything after it is at least as large, so the next
            // (larger) rank lies after it.
            var low = 0
            for rank in ranks.sorted() where rank >= low && rank < buffer.count {
                place(rank, in: buffer, from: low, to: buffer.count - 1)
                low = rank + 1
            }
        }
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
