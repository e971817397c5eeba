import Foundation

/// A small, fast random generator (Steele, Lea and Flood's SplitMix64) whose stream is fixed by
/// its seed on every platform, so a simulation repeats byte for byte.
///
///     var random = SplitMix64(seed: 42, stream: 7)   // run 7 of a simulation seeded 42
///     random.nextUnit()                               // a Double in [0, 1)
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// An independent stream per run: the run's generator depends only on (seed, run), never on
    /// which thread happens to draw it.
    public init(seed: UInt64, stream: UInt64) {
        var mixer = SplitMix64(seed: seed ^ 0x5851_F42D_4C95_7F2D)
        let base = mixer.next()
        state = base &+ stream &* 0x9E37_79B9_7F4A_7C15
        _ = next()  // step once so neighbouring streams start far apart
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1), from the top 53 bits.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Standard normal, by Box–Muller (one draw per call, so the stream's use stays simple).
    public mutating func nextNormal() -> Double {
        let u1 = 1 - nextUnit()  // (0, 1], so the log is finite
        let u2 = nextUnit()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }
}
