/// The distribution of one figure over many runs in fixed memory: counts in 10,000 bins of
/// 0.01 point over the 0–100 scale (or 10,000 equal bins over another range), and an exact
/// fixed-point total for the mean.
///
///     var sketch = QuantileSketch()
///     sketch.add(63.9)
///     sketch.percentile(50)     // within 0.005 of the exact type-7 percentile
///     QuantileSketch(range: 0...800)   // moved(A) over 8 issues: bins of 0.08, within 0.04
///
/// `simulate` keeps every value up to ``SimulationResult/exactRunLimit`` runs and uses sketches
/// above it. Error bound: each order statistic lies in a known bin and is read as that bin's
/// midpoint, so it is off by at most half a bin (0.005 point), and so is any interpolation
/// between two of them: a percentile is within 0.005 of the exact one, below the 0.1 the
/// tables print (a printed figure can still differ by one in the last digit when the exact
/// value sits that close to a rounding edge); over another range, half that range's bin.
/// Values outside the range count in the end bins.
/// Sketches merge by adding counts and totals, which is exact and order-free, so results are
/// identical however the runs were shared among workers.
public struct QuantileSketch: Sendable, Hashable {
    public static let bins = 10_000
    public static let binWidth = 100.0 / Double(bins)

    /// The scale the bins cover; values are read as their offset from its lower end.
    public let lower: Double
    public let upper: Double
    public private(set) var counts: [UInt32]
    public private(set) var count = 0
    /// The total of the offsets from `lower` in units of 2⁻ᵏ (k = 56 for a span of 100 or less,
    /// fewer for wider ones, so one value fits 64 bits), as two 64-bit words (high, low): exact
    /// for every value from 1/16 up, and adding in any order gives the same total.
    private var totalHigh: UInt64 = 0
    private var totalLow: UInt64 = 0
    private let scale: Double
    static let defaultScale = 72_057_594_037_927_936.0  // 2⁵⁶

    /// A sketch over `range` (0–100, the stance scale, by default).
    public init(range: ClosedRange<Double> = 0...100) {
        lower = range.lowerBound
        upper = max(range.upperBound, range.lowerBound + 1e-9)
        counts = [UInt32](filling: 0, count: Self.bins)
        var scale = Self.defaultScale
        while (upper - lower) * scale > 9.2e18 { scale /= 2 }
        self.scale = scale
    }

    /// The bin of `value` on the 0–100 scale.
    public static func bin(of value: Double) -> Int {
        guard value > 0 else { return 0 }  // also NaN
        return min(bins - 1, Int(value / 100 * Double(bins)))
    }

    /// The bin of `value` on this sketch's range.
    func bin(of value: Double) -> Int {
        let offset = value - lower
        guard offset > 0 else { return 0 }  // also NaN
        return min(Self.bins - 1, Int(offset / (upper - lower) * Double(Self.bins)))
    }

    public mutating func add(_ value: Double) {
        counts[bin(of: value)] += 1
        count += 1
        let clamped = min(upper, max(lower, value.isNaN ? lower : value)) - lower
        let (low, overflow) = totalLow.addingReportingOverflow(UInt64((clamped * scale).rounded()))
        totalLow = low
        if overflow { totalHigh += 1 }
    }

    /// Adds another sketch's values; both must cover the same range.
    public mutating func merge(_ other: QuantileSketch) {
        precondition(lower == other.lower && upper == other.upper, "sketches over different ranges")
        for bin in 0..<Self.bins { counts[bin] += other.counts[bin] }
        count += other.count
        let (low, overflow) = totalLow.addingReportingOverflow(other.totalLow)
        totalLow = low
        totalHigh += other.totalHigh + (overflow ? 1 : 0)
    }

    public var mean: Double {
        guard count > 0 else { return 0 }
        let total = (Double(totalHigh) * 18_446_744_073_709_551_616.0 + Double(totalLow)) / scale
        return lower + total / Double(count)
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
            if seen > index { return lower + (Double(bin) + 0.5) * width }
        }
        return upper - width / 2
    }

    /// One bin's width on this sketch's range.
    var width: Double { (upper - lower) / Double(Self.bins) }

    /// Counts in `bins` equal slices of the range (0–100 by default), each fine bin placed by its own slice. `bins`
    /// should divide 10,000 (20 does): otherwise a fine bin straddling two slices goes wholly to
    /// the lower one.
    public func histogram(bins: Int) -> [Int] {
        var result = [Int](filling: 0, count: bins)
        for bin in 0..<Self.bins where counts[bin] > 0 {
            result[bin * bins / Self.bins] += Int(counts[bin])
        }
        return result
    }
}
