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
///
/// A contested position (``ContestedReadings``) then picks one of its readings, each equally
/// likely (``ReadingRule/equal``), and is drawn around that reading with that reading's ±: one
/// uniform per contested position in grid order, after every other stance draw, so the other
/// values are drawn exactly as they would be without alternatives, and ``ReadingRule/main``
/// (the analyst's reading only) draws nothing here. Last, with `spreadsSettlement`, the
/// settlement model's no-deal terms by their ± (``SettlementTerms/sampled(using:)``).
public struct ScenarioSampler: Sendable {
    /// How a run picks among a contested position's readings.
    public enum ReadingRule: String, Sendable, Hashable, CaseIterable {
        /// Every reading, the analyst's included, equally likely.
        case equal
        /// The analyst's reading only: alternatives are shown, not sampled.
        case main
    }

    public var salienceJitter: Double
    public var capabilityJitter: Double
    public var readingRule: ReadingRule
    /// The contested positions of the baseline being sampled; empty samples none.
    public var contested: ContestedReadings
    /// Whether the no-deal points, expectations and costs are drawn too (last, so the stances'
    /// draws are the same either way).
    public var spreadsSettlement: Bool

    public init(salienceJitter: Double = 0.1, capabilityJitter: Double = 0.1, readingRule: ReadingRule = .equal,
                contested: ContestedReadings = ContestedReadings(), spreadsSettlement: Bool = true) {
        self.salienceJitter = salienceJitter
        self.capabilityJitter = capabilityJitter
        self.readingRule = readingRule
        self.contested = contested
        self.spreadsSettlement = spreadsSettlement
    }

    /// The sampler with the readings of the snapshot `branch` starts from.
    public func reading(_ world: World, _ branch: Branch) -> ScenarioSampler {
        var sampler = self
        sampler.contested = ContestedReadings(world: world, branch: branch)
        return sampler
    }

    public func sample(_ baseline: Scenario, using random: inout SplitMix64) -> Scenario {
        var drawn = baseline
        let issues = baseline.issues.indices
        let picking = readingRule == .equal && !contested.isEmpty
        // Each contested cell's normal, kept until its reading is picked at the end.
        var normals: [Double] = picking ? Array(filling: 0, count: baseline.positions.values.count) : []
        for actor in baseline.actors.indices {
            for issue in issues {
                let spread = baseline.uncertainties[actor, issue]
                // Draw even when the spread is zero, so every run uses the stream the same way.
                let z = random.nextNormal()
                if picking { normals[actor * issues.count + issue] = z }
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
        if picking {
            pickReadings(&drawn, normals: normals, using: &random)
        }
        if spreadsSettlement, baseline.settlement.isModelled {
            drawn.settlement = baseline.settlement.sampled(using: &random)
        }
        return drawn
    }

    /// Replaces each contested position by a reading picked at random, drawn with the normal its
    /// cell already used.
    private func pickReadings(_ drawn: inout Scenario, normals: [Double], using random: inout SplitMix64) {
        let issues = drawn.issues.indices
        for cell in contested.cells where cell.index < normals.count {
            let count = cell.readings.count
            let pick = min(count - 1, Int(random.nextUnit() * Double(count)))
            // The analyst's reading was drawn above; another replaces it, with its own ±.
            guard pick > 0 else { continue }
            let reading = cell.readings[pick]
            let (actor, issue) = (cell.index / issues.count, cell.index % issues.count)
            let value = min(100, max(0, reading.value + normals[cell.index] * reading.spread / 2))
            drawn.ideals[actor, issue] += value - drawn.positions[actor, issue]
            drawn.positions[actor, issue] = value
        }
    }
}
