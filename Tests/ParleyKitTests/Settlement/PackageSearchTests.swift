import Foundation
import Testing
@testable import ParleyKit

/// The package search against the exact one-issue model, brute force and the listed properties.
@Suite("Deal space across issues")
struct PackageSearchTests {
    @Test("on one issue it agrees with the exact model", arguments: Array(1...40) as [UInt64])
    func agreesWithOneIssue(seed: UInt64) {
        let signatories = SettlementFixtures.signatories(2 + Int(seed % 3), issues: 1, seed: seed + 900, costScale: 40)
        let exact = DealSpace.settle(issue: "x", noDeal: 50, signatories: signatories)
        let package = PackageSearch.settle(issues: ["x"], noDeal: [50], signatories: signatories)
        #expect(exact.hasDeal == package.hasDeal || abs(package.margin) < 1e-6)
        if let nash = exact.nash, let found = package.nash, exact.width > 1e-3 {
            #expect(abs(nash - found[0]) < 1e-5, "exact \(nash), package \(found[0])")
        }
        if case .gap(let points, _, _) = exact.outcome, exact.ranges.allSatisfy({ $0.lower > 0 && $0.upper < 100 }) {
            #expect(abs(-package.margin - points / 2) < 1e-6)
        }
    }

    @Test("the Nash package is signed by all and beats random acceptable packages", arguments: Array(1...25) as [UInt64])
    func nashInsideAndOptimal(seed: UInt64) {
        let issues = 2 + Int(seed % 4)
        let signatories = SettlementFixtures.signatories(2 + Int(seed % 3), issues: issues, seed: seed + 2000, costScale: 60)
        let result = PackageSearch.settle(issues: (0..<issues).map { "i\($0)" }, noDeal: Array(repeating: 50, count: issues),
                                          signatories: signatories)
        var random = ParleyKit.SplitMix64(seed: seed)
        let samples = (0..<4000).map { _ in (0..<issues).map { _ in 100 * random.nextUnit() } }
        let acceptable = samples.filter { p in signatories.allSatisfy { $0.accepts(p) } }
        guard let nash = result.nash else {
            #expect(acceptable.isEmpty, "no deal reported, yet \(acceptable.count) sampled packages are signed by all")
            #expect(!result.blockers.isEmpty)
            return
        }
        #expect(signatories.allSatisfy { $0.accepts(nash, tolerance: 1e-8) })
        func product(_ p: [Double]) -> Double {
            zip(result.signatories, result.weights).reduce(0) { $0 + $1.1 * log(max(1e-300, $1.0.surplus(at: p))) }
        }
        let best = product(nash)
        for p in acceptable { #expect(product(p) <= best + 1e-7) }
        // The margin is the maximin: no sampled package gives everyone more.
        for p in samples {
            #expect(signatories.map { 100 * $0.surplus(at: p) }.min()! <= result.margin + 1e-6)
        }
    }

    @Test("independent of the order signatories are given", arguments: Array(1...10) as [UInt64])
    func orderIndependent(seed: UInt64) {
        let signatories = SettlementFixtures.signatories(4, issues: 3, seed: seed + 3000, costScale: 50)
        var random = ParleyKit.SplitMix64(seed: seed)
        let reference = PackageSearch.settle(issues: ["a", "b", "c"], noDeal: [10, 50, 90], signatories: signatories)
        for _ in 0..<3 {
            let shuffled = PackageSearch.settle(issues: ["a", "b", "c"], noDeal: [10, 50, 90],
                                                signatories: signatories.shuffled(using: &random))
            #expect(shuffled == reference)
        }
    }

    @Test("one signatory gets its ideal package", arguments: Array(1...10) as [UInt64])
    func oneSignatoryIdeal(seed: UInt64) {
        let signatory = SettlementFixtures.signatories(1, issues: 4, seed: seed + 4000, costScale: 20)[0]
        let result = PackageSearch.settle(issues: ["a", "b", "c", "d"], noDeal: [50, 50, 50, 50], signatories: [signatory])
        let nash = try! #require(result.nash)
        for (found, ideal) in zip(nash, signatory.ideal) { #expect(abs(found - ideal) < 1e-4) }
    }

    @Test("a trade across issues can open a deal that no single issue has")
    func tradeOpensDeal() {
        // RU cares most about neutrality, UA about the ceasefire; each expects no deal to favour it.
        let ru = Signatory(actor: "RU", ideal: [90, 95], saliences: [0.1, 0.4], expectedNoDeal: [100, 55], cost: 4, weight: 90)
        let ua = Signatory(actor: "UA", ideal: [5, 12], saliences: [0.4, 0.1], expectedNoDeal: [60, 30], cost: 6, weight: 40)
        for d in 0..<2 {
            let single = { (s: Signatory) in
                Signatory(actor: s.actor, ideal: [s.ideal[d]], saliences: [s.saliences[d]], expectedNoDeal: [s.expectedNoDeal[d]],
                          cost: s.cost, weight: s.weight)
            }
            #expect(!DealSpace.settle(issue: "x", noDeal: 50, signatories: [single(ru), single(ua)]).hasDeal)
        }
        let package = PackageSearch.settle(issues: ["ceasefire", "neutrality"], noDeal: [100, 30], signatories: [ru, ua])
        let nash = try! #require(package.nash)
        #expect(nash[0] < 60 && nash[1] > 55, "a ceasefire for neutrality: \(nash)")
    }
}

@Suite("Deal space across issues: the quick decision")
struct PackageDecisionTests {
    @Test("deciding only the sign agrees with the full search", arguments: Array(1...30) as [UInt64])
    func agrees(seed: UInt64) {
        let issues = 1 + Int(seed % 5)
        let signatories = SettlementFixtures.signatories(2 + Int(seed % 4), issues: issues, seed: seed + 7000, costScale: 30)
        let noDeal = Array(repeating: 50.0, count: issues)
        let full = PackageSearch.settle(issues: (0..<issues).map { "i\($0)" }, noDeal: noDeal, signatories: signatories)
        guard abs(full.margin) > 1e-6 else { return }
        #expect(PackageSearch.hasDeal(noDeal: noDeal, signatories: signatories) == full.hasDeal)
    }
}
