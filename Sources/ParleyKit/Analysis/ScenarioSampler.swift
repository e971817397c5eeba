/// Draws one plausible starting scenario from the uncertainty declared in the seeds.
///
///     var random = SplitMix64(seed: 1, stream: 0)
///     let drawn = ScenarioSampler().sample(baseline, using: &random)
///
/// Positions: normal around the seed value with standard deviation `u/2` (so the seeds' `±u` is
/// about a 95% interval), clamped to 0–100; the ideal moves with the position. Saliences: each
/// multiplied by a uniform factor in `1 ± salienceJitter`, then the actor's row rescaled to its
/// original total, so only the mix of attention changes. Capabilities: multiplied by a uniform
/// factor in `1 ± capabilityJitter`, clamped to 0–100. Draws happen in that order, row-major.
public struct ScenarioSampler: Sendable {
    public var salienceJitter: Double
    public var capabilityJitter: Double

    public init(salienceJitter: Double = 0.1, capabilityJitter: Double = 0.1) {
        self.salienceJitter = salienceJitter
        self.capabilityJitter = capabilityJitter
    }

    public func sample(_ baseline: Scenario, using random: inout SplitMix64) -> Scenario {
        var drawn = baseline
        for index in drawn.positions.indices {
            let spread = baseline.uncertainties[index]
            // Draw even when the spread is zero, so every run uses the stream the same way.
            let z = random.nextNormal()
            guard spread > 0 else { continue }
            let value = min(100, max(0, baseline.positions[index] + z * spread / 2))
            drawn.ideals[index] += value - baseline.positions[index]
            drawn.positions[index] = value
        }
        let issueCount = baseline.issues.count
        for actor in baseline.actors.indices {
            let row = actor * issueCount..<(actor + 1) * issueCount
            let total = baseline.saliences[row].reduce(0, +)
            var jittered = 0.0
            for index in row {
                drawn.saliences[index] = baseline.saliences[index] * (1 + salienceJitter * (2 * random.nextUnit() - 1))
                jittered += drawn.saliences[index]
            }
            guard jittered > 0 else { continue }
            for index in row { drawn.saliences[index] = min(1, drawn.saliences[index] * total / jittered) }
        }
        for actor in baseline.actors.indices {
            let factor = 1 + capabilityJitter * (2 * random.nextUnit() - 1)
            drawn.capabilities[actor] = min(100, max(0, baseline.capabilities[actor] * factor))
            drawn.capabilityBaseline[actor] = drawn.capabilities[actor]
        }
        return drawn
    }
}
