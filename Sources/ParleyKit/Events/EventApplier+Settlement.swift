/// Effects on the settlement model's terms: events reach the no-deal point.
///
///     - kind: no-deal          # the facts on the ground move toward the striker
///       issues: [territory]
///       toward: by
///       by: "0.05 * scale"
///
/// Like `position`, each moves toward or away from actors, never toward a point of a scale.
/// The goal is the mean *ideal* of the `toward` actors (the mover included for expectations,
/// since a side can expect the outcome to come its own way). An issue with no signatories, or
/// an actor that does not sign an issue, is left alone: it has no term there to move.
extension EventApplier {
    func applySettlementEffect(_ effect: Effect, cause: String, arguments: [String: EventArgument], scope: FormulaScope,
                               to scenario: inout Scenario) throws(Failure) -> [TraceEntry] {
        var trace: [TraceEntry] = []
        func record(_ quantity: TraceEntry.Quantity, _ actor: String, _ subject: String?, _ before: Double, _ after: Double) {
            guard recordsTrace, before != after else { return }
            trace.append(TraceEntry(step: step, date: scenario.date, quantity: quantity, actor: actor, subject: subject,
                                    before: before, after: after, cause: cause, reason: effect.rationale))
        }
        func goal(_ actors: [Int], issue: Int) -> Double? {
            guard !actors.isEmpty else { return nil }
            return actors.reduce(0.0) { $0 + scenario.ideals[$1, issue] } / Double(actors.count)
        }
        let d = scenario.issues.count
        switch effect.kind {
        case .noDeal(let issues, let toward, let by):
            let fraction = try value(by, scope)
            let others = try resolveActors(toward, arguments, scenario)
            for issue in try resolveIssues(issues, arguments, scenario) where !scenario.settlement.signatories[issue].isEmpty {
                guard let target = goal(others, issue: issue) else { continue }
                let before = scenario.settlement.noDeal[issue]
                let after = clamp(before + fraction * (target - before), 0, 100)
                scenario.settlement.noDeal[issue] = after
                // A side that had no expectation of its own expected the facts; it still does.
                for actor in scenario.actors.indices where !scenario.settlement.hasOwnExpectation(actor: actor, issue: issue) {
                    scenario.settlement.expectations[actor * d + issue] = after
                }
                record(.noDeal, "facts", scenario.issues[issue], before, after)
            }
        case .expectation(let actors, let issues, let toward, let by):
            let fraction = try value(by, scope)
            let others = try resolveActors(toward, arguments, scenario)
            let chosen = try resolveIssues(issues, arguments, scenario)
            for actor in try resolveActors(actors, arguments, scenario) {
                for issue in chosen where scenario.settlement.signatories[issue].contains(actor) {
                    guard let target = goal(others, issue: issue) else { continue }
                    let before = scenario.settlement.expected(actor: actor, issue: issue)
                    let after = clamp(before + fraction * (target - before), 0, 100)
                    scenario.settlement.expectations[actor * d + issue] = after
                    scenario.settlement.ownExpectation[actor * d + issue] = true
                    record(.expectation, scenario.actors[actor], scenario.issues[issue], before, after)
                }
            }
        case .cost(let actors, let shift):
            let amount = try value(shift, scope)
            let signing = Set(scenario.settlement.signatories.flatMap { $0 })
            for actor in try resolveActors(actors, arguments, scenario) where signing.contains(actor) {
                let before = scenario.settlement.costs[actor]
                let after = clamp(before + amount, 0, 100)
                scenario.settlement.costs[actor] = after
                record(.cost, scenario.actors[actor], nil, before, after)
            }
        default:
            break
        }
        return trace
    }
}
