/// The distribution of one figure over many runs in fixed memory: counts in 10,000 bins of
/// 0.01 point over the 0–100 scale, and an exact fixed-point total for the mean.
///
///     var sketch = QuantileSketch()
///     sketch.add(63.9)
///     sketch.percentile(50)     // within 0.005 of the exact type-7 percentile
///
/// `simulate` keeps every value up to ``SimulationResult/exactRunLimit`` runs and uses sketches
/// above it. Error bound: each order statistic lies in a known bin and is read as that bin's
/// midpoint, so it is off by at most half a bin (0.005 point), and so is any interpolation
/// between two of them: a percentile is within 0.005 of the exact one, below the 0.1 the
/// tables print (a printed figure can still differ by one in the last digit when the exact
/// value sits that close to a rounding edge). Values outside 0–100 count in the end bins.
/// Sketches merge by adding counts and totals, which is exact and order-free, so results are
/// identical however the runs were shared among workers.
public struct QuantileSketch: Sendable, Hashable {
    public static let bins = 10_000
    public static let binWidth = 100.0 / Double(bins)

    public private(set) var counts: [UInt32]
    public private(set) var count = 0
    /// The total in units of 2⁻⁵⁶, as two 64-bit words (high, low): exact for every value from
    /// 1/16 up, and adding in any order gives the same total.
    private var totalHigh: UInt64 = 0
    private var totalLow: UInt64 = 0
    static let scale = 72_057_594_037_927_936.0  // 2⁵⁶

    public init() {
        counts = [UInt32](repeating: 0, count: Self.bins)
    }

    public static func bin(of value: Double) -> Int {
        guard value > 0 else { return 0 }  // also NaN
        return min(bins - 1, Int(value / 100 * Double(bins)))
    }

    public mutating func add(_ value: Double) {
        counts[Self.bin(of: value)] += 1
        count += 1
        let clamped = min(100, max(0, value.isNaN ? 0 : value))
        let (low, overflow) = totalLow.addingReportingOverflow(UInt64((clamped * Self.scale).rounded()))
        totalLow = low
        if overflow { totalHigh += 1 }
    }

    public mutating func merge(_ other: QuantileSketch) {
        for bin in 0..<Self.bins { counts[bin] += other.counts[bin] }
        count += other.count
        let (low, overflow) = totalLow.addingReportingOverflow(other.totalLow)
        totalLow = low
        totalHigh += other.totalHigh + (overflow ? 1 : 0)
    }

    public var mean: Double {
        guard count > 0 else { return 0 }
        let total = (Double(totalHigh) * 18_446_744_073_709_551_616.0 + Double(totalLow)) / Self.scale
        return total / Double(count)
    }

    /// `p` in 0–100, interpolated as ``Percentile/of(sorted:_:)`` does, on bin midpoints.
    public func percentile(_ p: Double) -> Double {
        guard count > 0 else { return 0 }
        let rank = p / 100 * Double(count - 1)
        let lower = Int(rank.rounded(.down))
        let upper = min(lower + 1, count - 1)
        let low = midpoint(ofOrderStatistic: lower)
        let high = upper == lower ? low : midpoint(ofOrderStatistic: upper)
        return low + (rank - Double(lower)) * (high - low)
    }

    /// The midpoint of the bin holding the `index`-th smallest value (from 0).
    private func midpoint(ofOrderStatistic index: Int) -> Double {
        var seen = 0
        for bin in 0..<Self.bins {
            seen += Int(counts[bin])
            if seen > index { return (Double(bin) + 0.5) * Self.binWidth }
        }
        return 100 - Self.binWidth / 2
    }

    /// Counts in `bins` equal slices of 0–100, each fine bin placed by its own slice. `bins`
    /// should divide 10,000 (20 does): otherwise a fine bin straddling two slices goes wholly to
    /// the lower one.
    public func histogram(bins: Int) -> [Int] {
        var result = [Int](repeating: 0, count: bins)
        for bin in 0..<Self.bins where counts[bin] > 0 {
            result[bin * bins / Self.bins] += Int(counts[bin])
        }
        return result
    }
}
