/// Draws one plausible starting scenario from the uncertainty declared in the seeds.
///
///     var random = SplitMix64(seed: 1, stream: 0)
///     let drawn = ScenarioSampler().sample(baseline, using: &random)
///
/// Positions: normal around the seed value with standard deviation `u/2` (so the seeds' `±u` is
/// about a 95% interval), clamped to 0–100; the ideal moves with the position. Saliences: each
/// multiplied by a uniform factor in `1 ± salienceJitter`, then the actor's row rescaled to its
/// original total, so only the mix of attention changes. Capabilities: multiplied by a uniform
/// factor in `1 ± capabilityJitter`, clamped to 0–100. Then, with `spreadsSettlement`, the
/// settlement model's no-deal terms by their ± (``SettlementTerms/sampled(using:)``). Draws
/// happen in that order, row-major.
public struct ScenarioSampler: Sendable {
    public var salienceJitter: Double
    public var capabilityJitter: Double
    /// Whether the no-deal points, expectations and costs are drawn too (last, so the stances'
    /// draws are the same either way).
    public var spreadsSettlement: Bool

    public init(salienceJitter: Double = 0.1, capabilityJitter: Double = 0.1, spreadsSettlement: Bool = true) {
        self.salienceJitter = salienceJitter
        self.capabilityJitter = capabilityJitter
        self.spreadsSettlement = spreadsSettlement
    }

    public func sample(_ baseline: Scenario, using random: inout SplitMix64) -> Scenario {
        var drawn = baseline
        let issues = baseline.issues.indices
        for actor in baseline.actors.indices {
            for issue in issues {
                let spread = baseline.uncertainties[actor, issue]
                // Draw even when the spread is zero, so every run uses the stream the same way.
                let z = random.nextNormal()
                guard spread > 0 else { continue }
                let value = min(100, max(0, baseline.positions[actor, issue] + z * spread / 2))
                drawn.ideals[actor, issue] += value - baseline.positions[actor, issue]
                drawn.positions[actor, issue] = value
            }
        }
        for actor in baseline.actors.indices {
            let total = baseline.saliences.row(actor).reduce(0, +)
            var jittered = 0.0
            for issue in issues {
                drawn.saliences[actor, issue] = baseline.saliences[actor, issue] * (1 + salienceJitter * (2 * random.nextUnit() - 1))
                jittered += drawn.saliences[actor, issue]
            }
            guard jittered > 0 else { continue }
            for issue in issues { drawn.saliences[actor, issue] = min(1, drawn.saliences[actor, issue] * total / jittered) }
        }
        for actor in baseline.actors.indices {
            let factor = 1 + capabilityJitter * (2 * random.nextUnit() - 1)
            drawn.capabilities[actor] = min(100, max(0, baseline.capabilities[actor] * factor))
            drawn.capabilityBaseline[actor] = drawn.capabilities[actor]
        }
        if spreadsSettlement, baseline.settlement.isModelled {
            drawn.settlement = baseline.settlement.sampled(using: &random)
        }
        return drawn
    }
}
