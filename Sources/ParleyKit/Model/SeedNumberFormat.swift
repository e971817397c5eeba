/// Formats the seeds' numbers the same way everywhere: no trailing `.0` on whole numbers.
///
///     SeedNumberFormat.format(85)     // "85"
///     SeedNumberFormat.format(0.25)   // "0.25"
///
/// Deterministic and locale-free, so tables and JSON are byte-identical across machines.
public enum SeedNumberFormat {
    /// The shortest text that reads back as `number`, without a trailing `.0`.
    public static func format(_ number: Double) -> String {
        if number.isFinite, number == number.rounded(), abs(number) < 1e15 {
            return String(Int(number))
        }
        return "\(number)"
    }

    /// `number` with exactly `decimals` digits after the point, rounded half away from zero.
    public static func fixed(_ number: Double, decimals: Int) -> String {
        guard number.isFinite else { return "\(number)" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(number) * scale).rounded(.toNearestOrAwayFromZero)
        let whole = Int(scaled / scale)
        let fraction = Int(scaled) - whole * Int(scale)
        let sign = number < 0 && scaled != 0 ? "-" : ""
        guard decimals > 0 else { return sign + String(whole) }
        let digits = String(fraction)
        return sign + String(whole) + "." + String(repeating: "0", count: decimals - digits.count) + digits
    }
}
