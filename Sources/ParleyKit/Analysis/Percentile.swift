/// Percentiles by linear interpolation between order statistics (Hyndman and Fan's type 7,
/// the default of R and NumPy), so the 50th of an even count is the mean of the middle two.
enum Percentile {
    /// `p` in 0–100 of values already sorted ascending; 0 for no values.
    static func of(sorted values: [Double], _ p: Double) -> Double {
        guard let first = values.first else { return 0 }
        guard values.count > 1 else { return first }
        let rank = p / 100 * Double(values.count - 1)
        let lower = Int(rank.rounded(.down))
        let upper = min(lower + 1, values.count - 1)
        let fraction = rank - Double(lower)
        return values[lower] + fraction * (values[upper] - values[lower])
    }
}
