/// Number formats used across outputs, fixed so transcripts are byte-identical.
///
///     Figures.points(85)        // "85.0"
///     Figures.share(0.125)      // "0.13"
///     Figures.arrow(-2)         // "↓2.0"
enum Figures {
    /// Positions and capabilities: one decimal.
    static func points(_ value: Double) -> String { fixed(value, 1) }
    /// Saliences and probabilities: two decimals.
    static func share(_ value: Double) -> String { fixed(value, 2) }

    static func fixed(_ value: Double, _ decimals: Int) -> String {
        var bytes: [UInt8] = []
        append(value, decimals: decimals, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `value` rounded half away from zero to `decimals` places, as the figure shows it
    /// (never -0), so a shown change always equals the difference of shown values.
    static func rounded(_ value: Double, _ decimals: Int) -> Double {
        let scale = scale(decimals)
        let rounded = (value * scale).rounded() / scale
        return rounded == 0 ? 0 : rounded
    }

    /// Writes `fixed(value, decimals)` as ASCII bytes: the digits of the rounded value, with
    /// the point `decimals` from the end and a sign; no "-0.0".
    static func append(_ value: Double, decimals: Int, to bytes: inout [UInt8]) {
        let scale = scale(decimals)
        let units = (abs(value) * scale).rounded()
        // Beyond Int's range (or not a number) digit arithmetic cannot work; such a value is
        // never a stance, but text must not trap on it.
        guard units.isFinite, units < 9e18 else {
            bytes.append(contentsOf: "\(value)".utf8)
            return
        }
        var integer = UInt64(units)
        if integer != 0, value < 0 { bytes.append(UInt8(ascii: "-")) }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(integer % 10)
                integer /= 10
                count += 1
            } while integer > 0 || count <= decimals
            for index in stride(from: count - 1, through: 0, by: -1) {
                if index == decimals - 1 { bytes.append(UInt8(ascii: ".")) }
                bytes.append(buffer[index])
            }
        }
    }

    /// A change as an arrow and its size: "↑3.5", "↓2.0"; empty when it rounds to nothing.
    static func arrow(_ value: Double, _ decimals: Int = 1) -> String {
        guard rounded(value, decimals) != 0 else { return "" }
        return (value > 0 ? "↑" : "↓") + fixed(abs(value), decimals)
    }

    /// A signed change: "+2.5", "-0.3".
    static func change(_ value: Double, _ decimals: Int = 1) -> String {
        let text = fixed(value, decimals)
        return value > 0 && rounded(value, decimals) != 0 ? "+" + text : text
    }

    private static func scale(_ decimals: Int) -> Double {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return scale
    }
}
