@testable import ParleyKit

/// Random signatories for property tests, from a seeded generator so failures reproduce.
enum SettlementFixtures {
    static func signatories(_ count: Int, issues: Int, seed: UInt64, costScale: Double = 10) -> [Signatory] {
        var random = ParleyKit.SplitMix64(seed: seed)
        return (0..<count).map { index in
            Signatory(actor: "A\(index)",
                      ideal: (0..<issues).map { _ in 100 * random.nextUnit() },
                      saliences: (0..<issues).map { _ in 0.05 + 0.3 * random.nextUnit() },
                      expectedNoDeal: (0..<issues).map { _ in 100 * random.nextUnit() },
                      cost: costScale * random.nextUnit(),
                      weight: 1 + 99 * random.nextUnit())
        }
    }

    /// Every point of a fine grid over 0–100, for brute-force checks on one issue.
    static let grid: [Double] = (0...4000).map { Double($0) / 40 }
}
