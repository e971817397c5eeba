/// The functions an event's formulas read off the scenario: `position`, `moved`, `gap`,
/// `widened` and `conceded`.
///
///     let functions = ScenarioFunctions(scenario, baseline: nil)
///     try functions.call("gap", [.symbol("RU,UA"), .symbol("territory")])   // 70
///
/// One plain value in the ``FormulaScope``, not a closure per function: every event applied
/// builds a scope, and five closures, each holding its own copy of the scenario, and a
/// dictionary of them cost more than most effects.
struct ScenarioFunctions {
    let positions: Grid
    let actors: [String]
    let issues: [String]
    /// The positions when the event was scheduled, for `moved`, `widened` and `conceded`; nil
    /// means the positions now.
    let baseline: Grid?

    init(_ scenario: Scenario, baseline: Grid?) {
        positions = scenario.positions
        actors = scenario.actors
        issues = scenario.issues
        self.baseline = baseline
    }

    static let names: Set<String> = ["position", "moved", "gap", "widened", "conceded"]

    /// Whether `name` is one of these functions.
    func defines(_ name: String) -> Bool { Self.names.contains(name) }

    /// The value of function `name` (one of ``names``) for `arguments`.
    func call(_ name: String, _ arguments: [FormulaScope.Argument]) throws(Formula.EvaluationError) -> Double {
        switch name {
        case "position":
            // The mean position when several actors are named.
            let actors = try indices(arguments[0], in: self.actors)
            let issue = try indices(arguments[1], in: issues)[0]
            return actors.reduce(0.0) { $0 + positions[$1, issue] } / Double(max(1, actors.count))
        case "moved":
            // How far the actors have moved since the event was scheduled (the largest move).
            let actors = try indices(arguments[0], in: self.actors)
            let issue = try indices(arguments[1], in: issues)[0]
            let start = baseline ?? positions
            return actors.map { abs(positions[$0, issue] - start[$0, issue]) }.max() ?? 0
        case "gap":
            // The distance between the furthest-apart actors named: `gap(RU,UA).ISSUE` in measures.
            let actors = try indices(arguments[0], in: self.actors)
            let issue = try indices(arguments[1], in: issues)[0]
            return EventApplier.gap(actors.map { positions[$0, issue] })
        case "widened":
            // How much further apart the actors named stand than when the event was scheduled.
            let actors = try indices(arguments[0], in: self.actors)
            let issue = try indices(arguments[1], in: issues)[0]
            let start = baseline ?? positions
            return EventApplier.gap(actors.map { positions[$0, issue] }) - EventApplier.gap(actors.map { start[$0, issue] })
        case "conceded":
            // How far the first actors moved toward the second's stance as it stood when the
            // event was scheduled (the issuer's demand); moving away counts negative. The least
            // of the first actors counts.
            let movers = try indices(arguments[0], in: self.actors)
            let demanders = try indices(arguments[1], in: self.actors)
            let issue = try indices(arguments[2], in: issues)[0]
            let start = baseline ?? positions
            let demand = demanders.reduce(0.0) { $0 + start[$1, issue] } / Double(max(1, demanders.count))
            return movers.map { mover in
                let from = start[mover, issue]
                let direction: Double = demand > from ? 1 : demand < from ? -1 : 0
                return direction * (positions[mover, issue] - from)
            }.min() ?? 0
        default:
            throw Formula.EvaluationError(.unknownFunction, "unknown function '\(name)'")
        }
    }

    private func indices(_ argument: FormulaScope.Argument, in names: [String]) throws(Formula.EvaluationError) -> [Int] {
        guard case .symbol(let text) = argument else { throw Formula.EvaluationError(.wrongArguments, "expected a name, got a number") }
        var result: [Int] = []
        for id in text.split(separator: ",").map(String.init) {
            guard let index = names.firstIndex(of: id) else { throw Formula.EvaluationError(.notInScenario, "'\(id)' is not in this scenario") }
            result.append(index)
        }
        return result
    }
}
