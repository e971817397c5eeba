/// Percentiles by linear interpolation between order statistics (Hyndman and Fan's type 7,
/// the default of R and NumPy), so the 50th of an even count is the mean of the middle two.
enum Percentile {
    /// `p` in 0–100 of values already sorted ascending; 0 for no values.
    static func of<Values: RandomAccessCollection<Double>>(sorted values: Values, _ p: Double) -> Double where Values.Index == Int {
        let base = values.startIndex
        return of(count: values.count, p) { values[base + $0] }
    }

    /// `p` of `count` values, given the value a sorted copy holds at a rank (only those of
    /// ``ranks(_:count:)`` are asked); 0 for no values.
    static func of(count: Int, _ p: Double, sortedValue value: (Int) -> Double) -> Double {
        guard count > 0 else { return 0 }
        guard count > 1 else { return value(0) }
        let (lower, upper, fraction) = ranks(p, count: count)
        return value(lower) + fraction * (value(upper) - value(lower))
    }

    /// The two order statistics `p` interpolates between, and how far between: all that
    /// ``of(sorted:_:)`` reads, so values with only these ranks in place (``OrderStatistics``)
    /// give the same percentile as sorted ones.
    static func ranks(_ p: Double, count: Int) -> (lower: Int, upper: Int, fraction: Double) {
        let rank = p / 100 * Double(count - 1)
        let lower = Int(rank.rounded(.down))
        return (lower, min(lower + 1, count - 1), rank - Double(lower))
    }
}
