import Foundation
import Testing
@testable import ParleyKit

/// The one-issue model against brute force and the properties issue 12 lists.
@Suite("Deal space on one issue")
struct DealSpaceTests {
    @Test("the Nash point lies in the deal space and maximises the Nash product", arguments: Array(1...40) as [UInt64])
    func nashInsideAndOptimal(seed: UInt64) {
        let signatories = SettlementFixtures.signatories(2 + Int(seed % 4), issues: 1, seed: seed, costScale: 40)
        let result = DealSpace.settle(issue: "x", noDeal: 50, signatories: signatories)
        guard case .deal(let lower, let upper, let nash) = result.outcome else { return }
        #expect(lower <= nash && nash <= upper)
        #expect(signatories.allSatisfy { $0.accepts([nash], tolerance: 1e-9) })
        func product(_ p: Double) -> Double {
            zip(result.signatories, result.weights).reduce(0) { $0 + $1.1 * log(max(1e-300, $1.0.surplus(at: [p]))) }
        }
        let best = product(nash)
        for p in SettlementFixtures.grid where p >= lower && p <= upper {
            #expect(product(p) <= best + 1e-9, "grid point \(p) beats the Nash point \(nash)")
        }
    }

    @Test("empty exactly when no point is signed by all", arguments: Array(1...60) as [UInt64])
    func emptyExactly(seed: UInt64) {
        let signatories = SettlementFixtures.signatories(2 + Int(seed % 3), issues: 1, seed: seed + 100)
        let result = DealSpace.settle(issue: "x", noDeal: 50, signatories: signatories)
        let signedByAll = SettlementFixtures.grid.filter { p in signatories.allSatisfy { $0.accepts([p], tolerance: 1e-9) } }
        if result.hasDeal {
            #expect(result.width < 0.05 || !signedByAll.isEmpty)
        } else {
            #expect(signedByAll.isEmpty)
            // Then some signatory prefers no deal to every point the others all sign.
            let blocked = signatories.indices.contains { k in
                let others = signatories.indices.filter { $0 != k }
                return SettlementFixtures.grid.allSatisfy { p in
                    !others.allSatisfy { signatories[$0].accepts([p]) } || !signatories[k].accepts([p])
                }
            }
            #expect(blocked)
        }
    }

    @Test("independent of the order signatories are given", arguments: Array(1...20) as [UInt64])
    func orderIndependent(seed: UInt64) {
        let signatories = SettlementFixtures.signatories(5, issues: 1, seed: seed, costScale: 60)
        var random = ParleyKit.SplitMix64(seed: seed &* 7)
        let reference = DealSpace.settle(issue: "x", noDeal: 40, signatories: signatories)
        for _ in 0..<5 {
            #expect(DealSpace.settle(issue: "x", noDeal: 40, signatories: signatories.shuffled(using: &random)) == reference)
        }
    }

    @Test("one signatory gets its ideal", arguments: Array(1...20) as [UInt64])
    func oneSignatoryIdeal(seed: UInt64) {
        let signatory = SettlementFixtures.signatories(1, issues: 1, seed: seed)[0]
        let result = DealSpace.settle(issue: "x", noDeal: 50, signatories: [signatory])
        #expect(abs((result.nash ?? -1) - signatory.ideal[0]) < 1e-9)
    }

    /// Moving every expectation of no deal toward one side's ideal (here the signatory with the
    /// higher ideal) never brings the deal space closer to the other side's ideal.
    @Test("moving the no-deal point toward a side never widens the space for the other", arguments: Array(1...40) as [UInt64])
    func noDealTowardSide(seed: UInt64) {
        var signatories = SettlementFixtures.signatories(2, issues: 1, seed: seed + 500, costScale: 30)
        signatories.sort { $0.ideal[0] < $1.ideal[0] }
        let low = signatories[0]
        let side = signatories[1].ideal[0]
        func bestForLow(_ shift: Double) -> Double? {
            // Each expectation moves `shift` points toward the high side's ideal, never past it.
            let moved = signatories.map { signatory -> Signatory in
                var signatory = signatory
                let e = signatory.expectedNoDeal[0]
                signatory.expectedNoDeal = [e < side ? min(side, e + shift) : max(side, e - shift)]
                return signatory
            }
            guard case .deal(let lower, let upper, _) = DealSpace.settle(issue: "x", noDeal: 50, signatories: moved).outcome else { return nil }
            return low.utility(of: [min(max(low.ideal[0], lower), upper)])
        }
        var previous = bestForLow(0)
        for shift in stride(from: 2.0, through: 40, by: 2) {
            let now = bestForLow(shift)
            if let previous, let now { #expect(now <= previous + 1e-12, "shift \(shift)") }
            previous = now ?? previous
        }
    }

    @Test("the documented shape: a gap when the sides expect different outcomes of fighting")
    func mutualOptimismGap() {
        let ru = Signatory(actor: "RU", ideal: [92], saliences: [0.25], expectedNoDeal: [75], cost: 4, weight: 90)
        let ua = Signatory(actor: "UA", ideal: [5], saliences: [0.2], expectedNoDeal: [45], cost: 8, weight: 40)
        let result = DealSpace.settle(issue: "territory", noDeal: 60, signatories: [ru, ua])
        #expect(result.ranges == [AcceptanceRange(actor: "RU", lower: 71, upper: 100), AcceptanceRange(actor: "UA", lower: 0, upper: 53)])
        #expect(result.outcome == .gap(points: 18, floor: ["RU"], ceiling: ["UA"]))
        // With a common expectation the costs of fighting open a range around it (Fearon).
        var common = ua
        common.expectedNoDeal = [75]
        let agreed = DealSpace.settle(issue: "territory", noDeal: 60, signatories: [ru, common])
        #expect(agreed.hasDeal && agreed.width == 12)
    }
}
