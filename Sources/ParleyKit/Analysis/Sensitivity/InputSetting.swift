/// Inputs set to levels of their ranges, applied to a branch's start and catalog: the scenario
/// and catalog one evaluation replays the branch on.
///
///     let setting = InputSetting([(input, 0)])          // one input at its low end
///     let (start, catalog) = setting.applied(to: branch.baseline, catalog: world.catalog)
///
/// Positions are set (the ideal moves with them, as in the Monte Carlo); saliences are
/// multiplied and each touched actor's row rescaled to its old total; capabilities multiplied
/// within 0–100 (the recovery baseline with them); magnitudes scaled through
/// ``EventCatalog/scaled(_:)``; a structural choice below level ½ takes its alternative.
public struct InputSetting: Sendable {
    public var levels: [(input: SensitivityInput, level: Double)]

    public init(_ levels: [(input: SensitivityInput, level: Double)]) {
        self.levels = levels
    }

    public func applied(to baseline: Scenario, catalog: EventCatalog) -> (start: Scenario, catalog: EventCatalog) {
        var start = baseline
        var salienceFactors: [Int: [Int: Double]] = [:]
        var magnitudeFactors: [String: Double] = [:]
        for (input, level) in levels {
            let value = input.value(at: level)
            switch input.kind {
            case .position(let actor, let issue):
                guard let a = start.actorIndex(actor), let i = start.issueIndex(issue) else { continue }
                start.ideals[a, i] += value - start.positions[a, i]
                start.positions[a, i] = value
            case .salience(let actor, let issue):
                guard let a = start.actorIndex(actor), let i = start.issueIndex(issue) else { continue }
                salienceFactors[a, default: [:]][i] = value
            case .capability(let actor):
                guard let a = start.actorIndex(actor) else { continue }
                start.capabilities[a] = min(100, max(0, baseline.capabilities[a] * value))
                start.capabilityBaseline[a] = start.capabilities[a]
            case .magnitude(let name):
                magnitudeFactors[name] = value
            case .expectation(let actor, let issue):
                guard level < 0.5, let a = start.actorIndex(actor), let i = start.issueIndex(issue) else { continue }
                start.settlement.expectations[a * start.issues.count + i] = start.settlement.noDeal[i]
            case .veto(let actor, let issue):
                guard level < 0.5, let a = start.actorIndex(actor), let i = start.issueIndex(issue) else { continue }
                start.settlement.signatories[i].removeAll { $0 == a }
            }
        }
        // Rows in actor order, cells in issue order, so the arithmetic never depends on the
        // order the inputs were listed.
        for a in salienceFactors.keys.sorted() {
            let factors = salienceFactors[a]!
            let total = baseline.saliences.row(a).reduce(0, +)
            var scaled = 0.0
            for i in baseline.issues.indices {
                start.saliences[a, i] = baseline.saliences[a, i] * (factors[i] ?? 1)
                scaled += start.saliences[a, i]
            }
            guard scaled > 0 else { continue }
            for i in baseline.issues.indices { start.saliences[a, i] = min(1, start.saliences[a, i] * total / scaled) }
        }
        let scaledCatalog = magnitudeFactors.isEmpty ? catalog : catalog.scaled { magnitudeFactors[$0] ?? 1 }
        return (start, scaledCatalog)
    }
}
