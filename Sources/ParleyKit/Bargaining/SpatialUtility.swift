/// The model's two building blocks: salience-weighted distance and risk-adjusted utility.
///
/// Kept as plain functions on raw pointers because the turn loop calls them `O(n³)` times.
enum SpatialUtility {
    /// Utility of an outcome at distance `distance` (0...1) to an actor with risk attitude `risk`:
    /// `(1 − δ)(1 + δ·r)`. `r = 0` is risk-neutral, `r > 0` risk-averse, `r < 0` risk-seeking.
    @inline(__always)
    static func utility(distance: Double, risk: Double) -> Double {
        (1 - distance) * (1 + distance * risk)
    }

    /// `δ_i(p) = sqrt(Σ_d (s_id (y_id − p_d))² / Σ_d s_id²)`: how far point `p` is from an actor's ideal `y`.
    ///
    /// An actor with every salience zero cares about nothing, so every point is at distance 0
    /// for it (the formula would be 0/0); `salienceSquareSum` is `Σ_d s_id²`, cached per actor.
    @inline(__always)
    static func distance(
        ideal: UnsafePointer<Double>, saliences: UnsafePointer<Double>, salienceSquareSum: Double,
        to point: UnsafePointer<Double>, issues: Int
    ) -> Double {
        guard salienceSquareSum > 0 else { return 0 }
        var sum = 0.0
        for d in 0..<issues {
            let term = saliences[d] * (ideal[d] - point[d])
            sum += term * term
        }
        return (sum / salienceSquareSum).squareRoot()
    }

    /// KTAB's rounding of bargain positions to 4 decimals on the 0–1 scale: `floor(0.5 + 10⁴z) / 10⁴`.
    @inline(__always)
    static func roundToFourDecimals(_ value: Double) -> Double {
        (0.5 + 10_000 * value).rounded(.down) / 10_000
    }
}
