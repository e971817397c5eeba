import Foundation
@testable import ParleyKit
import ParleyTestSupport

/// SplitMix64: a tiny, seedable, platform-independent generator for reproducible random scenarios.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in `range`, from 53 random bits.
    mutating func unit(in range: ClosedRange<Double> = 0...1) -> Double {
        let fraction = Double(next() >> 11) * 0x1p-53
        return range.lowerBound + fraction * (range.upperBound - range.lowerBound)
    }
}

enum EngineFixtures {
    static func scenarioPath(_ name: String) -> String { ParleyFixtures.ktabPath(name) }
    static func referencePath(_ name: String) -> String { ParleyFixtures.ktabReferencePath(name) }

    /// A random scenario: positions on a 2-decimal grid of the 0–100 scale (like KTAB files),
    /// saliences summing to at most 1, capabilities in 1...100.
    static func randomState(actors n: Int, issues d: Int, seed: UInt64) -> BargainingState {
        var random = SplitMix64(seed: seed)
        var capabilities: [Double] = []
        var positions: [[Double]] = []
        var saliences: [[Double]] = []
        for _ in 0..<n {
            capabilities.append((random.unit(in: 1...100) * 100).rounded() / 100)
            positions.append((0..<d).map { _ in (random.unit() * 10_000).rounded() / 10_000 })
            let raw = (0..<d).map { _ in random.unit(in: 0.05...1) }
            let total = raw.reduce(0, +) / random.unit(in: 0.5...1)
            saliences.append(raw.map { ($0 / total * 10_000).rounded(.down) / 10_000 })
        }
        return try! BargainingState(capabilities: capabilities, positions: positions, saliences: saliences)
    }

    /// A state built from per-actor rows, crashing the test (not the engine) on a typo.
    static func state(
        capabilities: [Double], positions: [[Double]], saliences: [[Double]]
    ) -> BargainingState {
        try! BargainingState(capabilities: capabilities, positions: positions, saliences: saliences)
    }
}
