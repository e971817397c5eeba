/// One plausible draw of the no-deal terms, spread by the ± their evidence allows.
///
///     var random = SplitMix64(seed: 1)
///     let drawn = scenario.settlement.sampled(using: &random)
///
/// Each no-deal point, each expectation a signatory holds of its own and each cost is drawn
/// from a normal distribution around the seed value with standard deviation half its ±
/// (the positions' rule, docs/SEEDS.md), clamped to 0–100 (costs to 0 and above). An
/// expectation the seeds do not give follows its issue's drawn no-deal point. Every value
/// draws once, whatever its ±, so the stream is used the same way in every run.
extension SettlementTerms {
    public func sampled(using random: inout SplitMix64) -> SettlementTerms {
        var drawn = self
        func draw(_ value: Double, _ spread: Double) -> Double {
            let z = random.nextNormal()
            return spread > 0 ? min(100, max(0, value + z * spread / 2)) : value
        }
        for issue in 0..<issueCount where !signatories[issue].isEmpty {
            drawn.noDeal[issue] = draw(noDeal[issue], noDealUncertainty[issue])
        }
        for actor in 0..<actorCount {
            for issue in 0..<issueCount where !signatories[issue].isEmpty {
                let k = actor * issueCount + issue
                let value = draw(expectations[k], expectationUncertainty[k])
                drawn.expectations[k] = ownExpectation[k] ? value : drawn.noDeal[issue]
            }
            drawn.costs[actor] = draw(costs[actor], costUncertainty[actor])
        }
        return drawn
    }
}
