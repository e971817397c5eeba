import Foundation
import Testing
@testable import ParleyKit

/// Red lines: issues a signatory judges on their own even inside a package.
@Suite("Deal space across issues: red lines")
struct RedLineTests {
    /// Random signatories, each holding a red line on issue 0 with probability one half.
    static func holding(_ count: Int, issues: Int, seed: UInt64) -> [Signatory] {
        var random = ParleyKit.SplitMix64(seed: seed ^ 0x5EED)
        return SettlementFixtures.signatories(count, issues: issues, seed: seed, costScale: 60).map { signatory in
            var signatory = signatory
            signatory.redLines = (0..<issues).map { $0 == 0 && random.nextUnit() < 0.5 }
            return signatory
        }
    }

    @Test("the Nash package crosses no red line and beats every sampled package signed by all", arguments: Array(1...25) as [UInt64])
    func nashRespectsRedLines(seed: UInt64) {
        let issues = 2 + Int(seed % 3)
        let signatories = Self.holding(2 + Int(seed % 3), issues: issues, seed: seed + 7000)
        let result = PackageSearch.settle(issues: (0..<issues).map { "i\($0)" }, noDeal: Array(repeating: 50, count: issues),
                                          signatories: signatories)
        var random = ParleyKit.SplitMix64(seed: seed)
        let samples = (0..<4000).map { _ in (0..<issues).map { _ in 100 * random.nextUnit() } }
        let acceptable = samples.filter { p in signatories.allSatisfy { $0.accepts(p) } }
        guard let nash = result.nash else {
            #expect(acceptable.isEmpty, "no deal reported, yet \(acceptable.count) sampled packages are signed by all")
            return
        }
        #expect(signatories.allSatisfy { $0.accepts(nash, tolerance: 1e-8) })
        func product(_ p: [Double]) -> Double {
            zip(result.signatories, result.weights).reduce(0) { $0 + $1.1 * log(max(1e-300, $1.0.surplus(at: p))) }
        }
        for p in acceptable { #expect(product(p) <= product(nash) + 1e-7) }
    }

    @Test("red lines on both sides of an issue with no deal space close every package", arguments: Array(1...20) as [UInt64])
    func redLinesOnAGapClose(seed: UInt64) {
        var signatories = SettlementFixtures.signatories(2, issues: 3, seed: seed + 9000, costScale: 5)
        // Issue 0: the sides far apart, each expecting fighting to bring it nothing.
        signatories[0].ideal[0] = 95
        signatories[0].expectedNoDeal[0] = 80
        signatories[1].ideal[0] = 5
        signatories[1].expectedNoDeal[0] = 20
        let single = DealSpace.settle(issue: "i0", noDeal: 50, signatories: signatories.map {
            Signatory(actor: $0.actor, ideal: [$0.ideal[0]], saliences: [$0.saliences[0]], expectedNoDeal: [$0.expectedNoDeal[0]],
                      cost: $0.cost, weight: $0.weight)
        })
        #expect(!single.hasDeal)
        for index in signatories.indices { signatories[index].redLines = [true, false, false] }
        let result = PackageSearch.settle(issues: ["i0", "i1", "i2"], noDeal: [50, 50, 50], signatories: signatories)
        #expect(!result.hasDeal)
        #expect(!PackageSearch.hasDeal(noDeal: [50, 50, 50], signatories: signatories))
        // The gap is half the single-issue gap: both red lines must give way by it.
        if case .gap(let points, _, _) = single.outcome { #expect(abs(-result.margin - points / 2) < 1e-5) }
        #expect(result.bindingRedLines.sorted() == ["A0 on i0", "A1 on i0"])
        #expect(result.marginTradingAll != nil)
    }

    @Test("a red line on an issue its holder does not care about changes nothing", arguments: Array(1...10) as [UInt64])
    func indifferentRedLine(seed: UInt64) {
        var signatories = SettlementFixtures.signatories(3, issues: 3, seed: seed + 11000, costScale: 30)
        let before = PackageSearch.settle(issues: ["a", "b", "c"], noDeal: [50, 50, 50], signatories: signatories)
        signatories[0].saliences[2] = 0
        let unmarked = PackageSearch.settle(issues: ["a", "b", "c"], noDeal: [50, 50, 50], signatories: signatories)
        signatories[0].redLines[2] = true
        let marked = PackageSearch.settle(issues: ["a", "b", "c"], noDeal: [50, 50, 50], signatories: signatories)
        #expect(abs(marked.margin - unmarked.margin) < 1e-6)
        _ = before
    }
}
