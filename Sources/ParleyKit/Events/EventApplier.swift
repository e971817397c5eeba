/// Applies an event type's effects to a scenario and records every change.
///
///     var applier = EventApplier(catalog: catalog, step: 3, cause: "sanctions")
///     let trace = try applier.apply(type, arguments: ["severity": .number(0.7), …], to: &scenario)
///
/// Effects run in catalog order; each sees the changes of those before it.
public struct EventApplier {
    public var catalog: EventCatalog
    public var model: BargainingModel
    /// Timeline step the changes belong to.
    public var step: Int

    public init(catalog: EventCatalog, model: BargainingModel = BargainingModel(), step: Int) {
        self.catalog = catalog
        self.model = model
        self.step = step
    }

    public struct Failure: Error, Sendable, Hashable {
        public var message: String
    }

    /// Applies `type` with complete arguments (defaults already filled in).
    public func apply(_ type: EventType, arguments: [String: ParameterValue], to scenario: inout Scenario) throws(Failure) -> [TraceEntry] {
        var trace: [TraceEntry] = []
        let scope = formulaScope(arguments: arguments, scenario: scenario, baseline: nil)
        for effect in type.effects {
            let cause = "\(type.id), \(effect.name) effect"
            func entry(_ quantity: TraceEntry.Quantity, _ actor: Int, _ subject: String?, _ before: Double, _ after: Double) {
                guard before != after else { return }
                trace.append(TraceEntry(step: step, date: scenario.date, quantity: quantity, actor: scenario.actors[actor],
                                        subject: subject, before: before, after: after, cause: cause, reason: effect.rationale))
            }
            let n = scenario.actors.count
            let d = scenario.issues.count
            switch effect.kind {
            case .capability(let actors, let scale, let shift):
                let factor = try scale.map { formula throws(Failure) in try value(formula, scope) } ?? 1
                let offset = try shift.map { formula throws(Failure) in try value(formula, scope) } ?? 0
                for actor in try resolveActors(actors, arguments, scenario) {
                    let before = scenario.capabilities[actor]
                    scenario.capabilities[actor] = clamp(before * factor + offset, 0, 100)
                    entry(.capability, actor, nil, before, scenario.capabilities[actor])
                }
            case .salience(let actors, let issues, let shift):
                let amount = try value(shift, scope)
                let chosen = try resolveIssues(issues, arguments, scenario)
                for actor in try resolveActors(actors, arguments, scenario) {
                    let before = Array(scenario.saliences[actor * d..<(actor + 1) * d])
                    for issue in chosen {
                        scenario.saliences[actor * d + issue] = clamp(before[issue] + amount, 0, 1)
                    }
                    // Attention is finite: a row that now sums past 1 is scaled back to 1.
                    let total = (0..<d).reduce(0.0) { $0 + scenario.saliences[actor * d + $1] }
                    if total > 1 {
                        for issue in 0..<d { scenario.saliences[actor * d + issue] /= total }
                    }
                    for issue in 0..<d {
                        entry(.salience, actor, scenario.issues[issue], before[issue], scenario.saliences[actor * d + issue])
                    }
                }
            case .position(let actors, let issues, let toward, let by):
                let fraction = try value(by, scope)
                let chosen = try resolveIssues(issues, arguments, scenario)
                var targetActor: Int?
                var targetValue = 0.0
                switch toward {
                case .value(let formula): targetValue = try value(formula, scope)
                case .actor(let reference): targetActor = try resolveActors(reference, arguments, scenario).first
                }
                let start = scenario.positions
                for actor in try resolveActors(actors, arguments, scenario) where actor != targetActor {
                    for issue in chosen {
                        let index = actor * d + issue
                        let goal = targetActor.map { start[$0 * d + issue] } ?? targetValue
                        let after = clamp(start[index] + fraction * (goal - start[index]), 0, 100)
                        scenario.positions[index] = after
                        scenario.ideals[index] += after - start[index]
                        scenario.ideals[index] = clamp(scenario.ideals[index], 0, 100)
                        entry(.position, actor, scenario.issues[issue], start[index], after)
                    }
                }
            case .accommodation(let actors, let toward, let weight):
                let amount = clamp(try value(weight, scope), 0, 1)
                let others = try resolveActors(toward, arguments, scenario)
                for actor in try resolveActors(actors, arguments, scenario) {
                    for other in others where other != actor {
                        let before = scenario.accommodation[actor * n + other]
                        scenario.accommodation[actor * n + other] = amount
                        entry(.accommodation, actor, scenario.actors[other], before, amount)
                    }
                    let total = (0..<n).reduce(0.0) { $0 + ($1 == actor ? 0 : scenario.accommodation[actor * n + $1]) }
                    if total > 1 {
                        for other in 0..<n where other != actor { scenario.accommodation[actor * n + other] /= total }
                    }
                }
            case .uncertainty(let actors, let issues, let scale):
                let factor = max(0, try value(scale, scope))
                let chosen = try resolveIssues(issues, arguments, scenario)
                for actor in try resolveActors(actors, arguments, scenario) {
                    for issue in chosen {
                        let before = scenario.uncertainties[actor * d + issue]
                        scenario.uncertainties[actor * d + issue] = before * factor
                        entry(.uncertainty, actor, scenario.issues[issue], before, before * factor)
                    }
                }
            case .bargain(let actors, let issues, let turns, let uptake):
                let count = Int(try value(turns, scope).rounded())
                let share = clamp(try uptake.map { formula throws(Failure) in try value(formula, scope) } ?? 1, 0, 1)
                trace += scenario.bargain(among: try resolveActors(actors, arguments, scenario),
                                          issues: try resolveIssues(issues, arguments, scenario),
                                          turns: max(0, count), uptake: share, model: model, step: step,
                                          cause: type.id, reason: effect.rationale)
            case .schedule(let event, let after, let unless, let passed):
                let eventID = arguments[event].flatMap { if case .ids(let ids) = $0 { ids.first } else { nil } } ?? event
                guard let scheduledType = catalog.type(named: eventID) else {
                    throw Failure(message: "'\(type.id)' schedules an unknown event type '\(eventID)'")
                }
                let days = Int(try value(after, scope).rounded())
                var scheduledArguments: [String: ParameterValue] = [:]
                for (key, reference) in passed {
                    switch reference {
                    case .parameter(let name): scheduledArguments[key] = arguments[name]
                    case .ids(let ids): scheduledArguments[key] = .ids(ids)
                    case .all: scheduledArguments[key] = .ids(scenario.actors)
                    }
                }
                let due = scenario.date.adding(days: max(0, days))
                // L17: past 9999-12-31 the date would clamp and the deadline fire at once.
                guard due.dayNumber - scenario.date.dayNumber == max(0, days) else {
                    throw Failure(message: "'\(type.id)' schedules '\(eventID)' \(max(0, days)) days after \(scenario.date), "
                                  + "past 9999-12-31, the last date parley knows")
                }
                scenario.scheduled.append(ScheduledEvent(
                    date: due, type: scheduledType.id,
                    arguments: scheduledArguments, unless: unless, context: arguments,
                    positionsWhenScheduled: scenario.positions, origin: type.id))
            }
        }
        return trace
    }

    // MARK: - Resolving references and formulas

    func resolveActors(_ reference: Reference, _ arguments: [String: ParameterValue], _ scenario: Scenario) throws(Failure) -> [Int] {
        try resolve(reference, arguments, names: scenario.actors)
    }

    func resolveIssues(_ reference: Reference, _ arguments: [String: ParameterValue], _ scenario: Scenario) throws(Failure) -> [Int] {
        try resolve(reference, arguments, names: scenario.issues)
    }

    private func resolve(_ reference: Reference, _ arguments: [String: ParameterValue], names: [String]) throws(Failure) -> [Int] {
        let ids: [String]
        switch reference {
        case .all: return Array(names.indices)
        case .ids(let list): ids = list
        case .parameter(let name):
            guard case .ids(let list)? = arguments[name] else {
                throw Failure(message: "parameter '\(name)' has no value")
            }
            ids = list
        }
        var indices: [Int] = []
        for id in ids {
            guard let index = names.firstIndex(of: id) else { throw Failure(message: "'\(id)' is not in this scenario") }
            if !indices.contains(index) { indices.append(index) }
        }
        return indices
    }

    func value(_ formula: Formula, _ scope: FormulaScope) throws(Failure) -> Double {
        let result: Double
        do throws(Formula.EvaluationError) {
            result = try formula.evaluate(in: scope)
        } catch {
            throw Failure(message: error.message)
        }
        guard result.isFinite else { throw Failure(message: "'\(formula)' is not a finite number") }
        return result
    }

    /// Numbers from numeric arguments, symbols from ids, and the scenario functions conditions use.
    func formulaScope(arguments: [String: ParameterValue], scenario: Scenario, baseline: [Double]?) -> FormulaScope {
        var numbers: [String: Double] = [:]
        var symbols: [String: String] = [:]
        for (name, value) in arguments {
            switch value {
            case .number(let number): numbers[name] = number
            case .ids(let ids): symbols[name] = ids.joined(separator: ",")
            }
        }
        let d = scenario.issues.count
        func indices(_ argument: FormulaScope.Argument, in names: [String]) throws(Formula.EvaluationError) -> [Int] {
            guard case .symbol(let text) = argument else { throw Formula.EvaluationError("expected a name, got a number") }
            var result: [Int] = []
            for id in text.split(separator: ",").map(String.init) {
                guard let index = names.firstIndex(of: id) else { throw Formula.EvaluationError("'\(id)' is not in this scenario") }
                result.append(index)
            }
            return result
        }
        let functions: [String: ([FormulaScope.Argument]) throws(Formula.EvaluationError) -> Double] = [
            // The mean position when several actors are named.
            "position": { arguments throws(Formula.EvaluationError) in
                let actors = try indices(arguments[0], in: scenario.actors)
                let issue = try indices(arguments[1], in: scenario.issues)[0]
                return actors.reduce(0.0) { $0 + scenario.positions[$1 * d + issue] } / Double(max(1, actors.count))
            },
            // How far the actors have moved since the event was scheduled (the largest move).
            "moved": { arguments throws(Formula.EvaluationError) in
                let actors = try indices(arguments[0], in: scenario.actors)
                let issue = try indices(arguments[1], in: scenario.issues)[0]
                let start = baseline ?? scenario.positions
                return actors.map { abs(scenario.positions[$0 * d + issue] - start[$0 * d + issue]) }.max() ?? 0
            },
            // The distance between the furthest-apart actors named.
            "spread": { arguments throws(Formula.EvaluationError) in
                let actors = try indices(arguments[0], in: scenario.actors)
                let issue = try indices(arguments[1], in: scenario.issues)[0]
                let values = actors.map { scenario.positions[$0 * d + issue] }
                return (values.max() ?? 0) - (values.min() ?? 0)
            },
        ]
        return FormulaScope(numbers: numbers, symbols: symbols, functions: functions)
    }
}

func clamp(_ value: Double, _ low: Double, _ high: Double) -> Double {
    min(max(value, low), high)
}
