import Foundation
import Testing
@testable import ParleyKit

/// `simulate` spreads the no-deal terms by the ± of their evidence.
@Suite("Settlement terms: sampling")
struct SettlementSamplingTests {
    static func scenario(spread: Double) -> Scenario {
        var scenario = SettlementEffectTests.scenario()
        scenario.settlement.noDealUncertainty = [spread]
        scenario.settlement.expectationUncertainty = [spread, spread, spread]
        scenario.settlement.costUncertainty = [spread, spread, spread]
        return scenario
    }

    @Test("with no ± nothing moves; the stream is used the same way")
    func zeroSpread() {
        var random = ParleyKit.SplitMix64(seed: 3)
        let terms = Self.scenario(spread: 0).settlement
        #expect(terms.sampled(using: &random) == terms)
    }

    @Test("draws centre on the seed value with sd half the ±; an expectation not of its own follows the facts")
    func moments() {
        let terms = Self.scenario(spread: 10).settlement
        var random = ParleyKit.SplitMix64(seed: 11)
        var facts: [Double] = [], own: [Double] = []
        for _ in 0..<20000 {
            let drawn = terms.sampled(using: &random)
            facts.append(drawn.noDeal[0])
            own.append(drawn.expected(actor: 0, issue: 0))
            #expect(drawn.expected(actor: 1, issue: 0) == drawn.noDeal[0])
            #expect(drawn.costs.allSatisfy { $0 >= 0 })
        }
        func mean(_ x: [Double]) -> Double { x.reduce(0, +) / Double(x.count) }
        func sd(_ x: [Double]) -> Double { let m = mean(x); return (x.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(x.count)).squareRoot() }
        #expect(abs(mean(facts) - 50) < 0.2 && abs(sd(facts) - 5) < 0.2)
        #expect(abs(mean(own) - 70) < 0.2 && abs(sd(own) - 5) < 0.2)
    }

    @Test("spreading the terms leaves the stances' draws as they were")
    func stancesUnchanged() {
        let baseline = Self.scenario(spread: 10)
        var first = ParleyKit.SplitMix64(seed: 5), second = ParleyKit.SplitMix64(seed: 5)
        let spread = ScenarioSampler().sample(baseline, using: &first)
        let kept = ScenarioSampler(spreadsSettlement: false).sample(baseline, using: &second)
        #expect(spread.positions == kept.positions)
        #expect(spread.saliences == kept.saliences)
        #expect(spread.capabilities == kept.capabilities)
        #expect(kept.settlement == baseline.settlement && spread.settlement != baseline.settlement)
    }

    @Test("the bundled July terms carry the ± of their evidence")
    func bundledSpreads() throws {
        let world = try World.load(directory: SeedLocator.bundled()!)
        let july = world.scenario(at: world.seeds.latest)
        let issue = july.issueIndex("territory")!, ru = july.actorIndex("RU")!
        // 003 (C) at credibility 2, direction [50, 70] around 55: the range needs ±15.
        #expect(july.settlement.noDealUncertainty[issue] == 15)
        // 002 (E) at credibility 4 on [60, 85] around 75: the range's 15 beats the floor's 12.
        #expect(july.settlement.expectationUncertainty[ru * july.issues.count + issue] == 15)
        // An estimate: ±14.
        #expect(july.settlement.costUncertainty[ru] == 14)
    }
}
