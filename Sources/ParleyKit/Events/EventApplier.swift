/// Applies an event type's effects to a scenario and records every change.
///
///     let applier = EventApplier(catalog: catalog, step: 3)
///     let trace = try applier.apply(type, arguments: ["severity": .number(0.7), …], to: &scenario)
///
/// Effects run in catalog order; each sees the changes of those before it. Commands reach it
/// through ``Scenario/performing(_:catalog:step:model:)``, replays through
/// ``Scenario/replaying(_:catalog:model:)`` with ``recordsTrace`` off (the same changes, no trace).
public struct EventApplier {
    public var catalog: EventCatalog
    public var model: BargainingModel
    /// The branch step the changes belong to (1 for the first).
    public var step: Int
    /// Whether changes are recorded as trace entries. A replay that keeps only the scenario
    /// turns it off; the scenario comes out the same either way.
    public var recordsTrace: Bool

    public init(catalog: EventCatalog, model: BargainingModel = BargainingModel(), step: Int, recordsTrace: Bool = true) {
        self.catalog = catalog
        self.model = model
        self.step = step
        self.recordsTrace = recordsTrace
    }

    /// Applies `type` with complete arguments (defaults already filled in); the trace is empty
    /// unless ``recordsTrace``.
    public func apply(_ type: EventType, arguments: [String: EventArgument], to scenario: inout Scenario) throws(Failure) -> [TraceEntry] {
        var trace: [TraceEntry] = []
        scenario.applied.append(AppliedEvent(type: type.id, arguments: arguments, date: scenario.date))
        let scope = formulaScope(arguments: arguments, scenario: scenario, baseline: nil)
        for effect in type.effects {
            let cause = recordsTrace ? "\(type.id), \(effect.name) effect" : ""
            func entry(_ quantity: TraceEntry.Quantity, _ actor: Int, _ subject: String?, _ before: Double, _ after: Double) {
                guard recordsTrace, before != after else { return }
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
                    let before = Array(scenario.saliences.row(actor))
                    let after = Self.shiftedSaliences(before, raising: chosen, by: amount)
                    for issue in 0..<d { scenario.saliences[actor, issue] = after[issue] }
                    guard recordsTrace else { continue }
                    let named = chosen.map { scenario.issues[$0] }.joined(separator: ", ")
                    for issue in 0..<d {
                        if chosen.contains(issue) {
                            entry(.salience, actor, scenario.issues[issue], before[issue], after[issue])
                        } else if before[issue] != after[issue] {
                            // Not this effect's own move: the row keeps its total, so the rest makes room.
                            trace.append(TraceEntry(step: step, date: scenario.date, quantity: .salience, actor: scenario.actors[actor],
                                                    subject: scenario.issues[issue], before: before[issue], after: after[issue],
                                                    cause: "\(type.id), salience effect on \(named)",
                                                    reason: "the actor's total attention is kept, so the other issues' shares change in proportion as \(named) \(amount >= 0 ? "gains" : "loses") weight"))
                        }
                    }
                }
            case .position(let actors, let issues, let toward, let by):
                let fraction = try value(by, scope)
                let chosen = try resolveIssues(issues, arguments, scenario)
                let others = try resolveActors(toward, arguments, scenario)
                let start = scenario.positions
                for actor in try resolveActors(actors, arguments, scenario) {
                    // The goal is the others' mean stance, the mover left out, so `between toward
                    // between` draws each side toward the rest.
                    let goals = others.filter { $0 != actor }
                    guard !goals.isEmpty else { continue }
                    for issue in chosen {
                        let goal = goals.reduce(0.0) { $0 + start[$1, issue] } / Double(goals.count)
                        let after = clamp(start[actor, issue] + fraction * (goal - start[actor, issue]), 0, 100)
                        scenario.positions[actor, issue] = after
                        scenario.ideals[actor, issue] = clamp(scenario.ideals[actor, issue] + after - start[actor, issue], 0, 100)
                        entry(.position, actor, scenario.issues[issue], start[actor, issue], after)
                    }
                }
            case .accommodation(let actors, let toward, let weight):
                let amount = clamp(try value(weight, scope), 0, 1)
                let others = try resolveActors(toward, arguments, scenario)
                for actor in try resolveActors(actors, arguments, scenario) {
                    for other in others where other != actor {
                        let before = scenario.accommodation[actor, other]
                        scenario.accommodation[actor, other] = amount
                        entry(.accommodation, actor, scenario.actors[other], before, amount)
                    }
                    let total = (0..<n).reduce(0.0) { $0 + ($1 == actor ? 0 : scenario.accommodation[actor, $1]) }
                    if total > 1 {
                        for other in 0..<n where other != actor { scenario.accommodation[actor, other] /= total }
                    }
                }
            case .uncertainty(let actors, let issues, let scale):
                let factor = max(0, try value(scale, scope))
                let chosen = try resolveIssues(issues, arguments, scenario)
                for actor in try resolveActors(actors, arguments, scenario) {
                    for issue in chosen {
                        let before = scenario.uncertainties[actor, issue]
                        scenario.uncertainties[actor, issue] = before * factor
                        entry(.uncertainty, actor, scenario.issues[issue], before, before * factor)
                    }
                }
            case .bargain(let actors, let issues, let turns, let uptake):
                let count = Int(try value(turns, scope).rounded())
                let share = clamp(try uptake.map { formula throws(Failure) in try value(formula, scope) } ?? 1, 0, 1)
                trace += scenario.bargain(among: try resolveActors(actors, arguments, scenario),
                                          issues: try resolveIssues(issues, arguments, scenario),
                                          turns: max(0, count), uptake: share, model: model, step: step,
                                          cause: type.id, reason: effect.rationale, recordsTrace: recordsTrace)
            case .noDeal, .expectation, .cost:
                trace += try applySettlementEffect(effect, cause: cause, arguments: arguments, scope: scope, to: &scenario)
            case .schedule(let event, let after, let unless, let passed):
                let eventID = arguments[event].flatMap { if case .ids(let ids) = $0 { ids.first } else { nil } } ?? event
                guard let scheduledType = catalog.type(named: eventID) else {
                    throw Failure(.unknownEventType, "'\(type.id)' schedules an unknown event type '\(eventID)'")
                }
                let days = Int(try value(after, scope).rounded())
                var scheduledArguments: [String: EventArgument] = [:]
                for (key, reference) in passed {
                    switch reference {
                    case .parameter(let name): scheduledArguments[key] = arguments[name]
                    case .ids(let ids): scheduledArguments[key] = .ids(ids)
                    case .all: scheduledArguments[key] = .ids(scenario.actors)
                    case .issuesOf(let name):
                        let indices = try resolveIssues(.issuesOf(name), arguments, scenario)
                        scheduledArguments[key] = .ids(indices.map { scenario.issues[$0] })
                    }
                }
                let due = scenario.date.adding(days: max(0, days))
                // L17: past 9999-12-31 the date would clamp and the deadline fire at once.
                guard due.dayNumber - scenario.date.dayNumber == max(0, days) else {
                    throw Failure(.pastLastDate, "'\(type.id)' schedules '\(eventID)' \(max(0, days)) days after \(scenario.date), "
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

    func resolveActors(_ reference: Reference, _ arguments: [String: EventArgument], _ scenario: Scenario) throws(Failure) -> [Int] {
        try resolve(reference, arguments, names: scenario.actors)
    }

    func resolveIssues(_ reference: Reference, _ arguments: [String: EventArgument], _ scenario: Scenario) throws(Failure) -> [Int] {
        if case .issuesOf(let name) = reference {
            guard case .ids(let ids)? = arguments[name], let id = ids.first, let type = catalog.type(named: id) else {
                throw Failure(.unknownEventType, "parameter '\(name)' names no event type")
            }
            return type.bearsOn.compactMap { scenario.issues.firstIndex(of: $0) }
        }
        return try resolve(reference, arguments, names: scenario.issues)
    }

    private func resolve(_ reference: Reference, _ arguments: [String: EventArgument], names: [String]) throws(Failure) -> [Int] {
        let ids: [String]
        switch reference {
        case .all: return Array(names.indices)
        case .issuesOf: return []
        case .ids(let list): ids = list
        case .parameter(let name):
            guard case .ids(let list)? = arguments[name] else {
                throw Failure(.missingArgument, "parameter '\(name)' has no value")
            }
            ids = list
        }
        var indices: [Int] = []
        for id in ids {
            guard let index = names.firstIndex(of: id) else { throw Failure(.notInScenario, "'\(id)' is not in this scenario") }
            if !indices.contains(index) { indices.append(index) }
        }
        return indices
    }

    func value(_ formula: Formula, _ scope: FormulaScope) throws(Failure) -> Double {
        let result: Double
        do throws(Formula.EvaluationError) {
            result = try formula.evaluate(in: scope)
        } catch {
            throw Failure(.formula(error.code), error.message)
        }
        guard result.isFinite else { throw Failure(.notFinite, "'\(formula)' is not a finite number") }
        return result
    }

    /// Numbers from numeric arguments, symbols from ids, and the scenario functions conditions use.
    func formulaScope(arguments: [String: EventArgument], scenario: Scenario, baseline: Grid?) -> FormulaScope {
        var scope = FormulaScope(arguments: arguments)
        scope.scenarioFunctions = ScenarioFunctions(scenario, baseline: baseline)
        return scope
    }
}

extension EventApplier {
    static func gap(_ values: [Double]) -> Double { (values.max() ?? 0) - (values.min() ?? 0) }

    /// An actor's saliences after `raising` the chosen issues by `amount`, its total kept.
    ///
    /// Attention is redistributed, not created: the other issues' shares change in
    /// proportion, so their order stands. A raised issue stops at the actor's highest
    /// salience on any other issue (unless it is already the first): an event can make an
    /// issue weigh more, not make it outrank the actor's first priority. (Keeping the total also keeps SMP's σ, which
    /// decides how readily the actor resists a challenge; see docs/MODEL.md.)
    static func shiftedSaliences(_ row: [Double], raising chosen: [Int], by amount: Double) -> [Double] {
        let total = row.reduce(0, +)
        let top = row.indices.filter { !chosen.contains($0) }.map { row[$0] }.max() ?? 1
        let restBefore = total - chosen.reduce(0.0) { $0 + row[$1] }
        var result = row
        for issue in chosen {
            // The others shrink as this one grows, so the ceiling is where it meets the top
            // one after rescaling: v = top · (total − v) / rest.
            let first = row[issue] > top * (1 + 1e-9)
            let ceiling = amount > 0 && !first && restBefore > 0 ? top * total / (restBefore + top) : 1
            result[issue] = clamp(row[issue] + amount, 0, min(1, max(row[issue], ceiling)))
        }
        let chosenTotal = chosen.reduce(0.0) { $0 + result[$1] }
        let restAfter = max(0, total - chosenTotal)
        guard restBefore > 0 else { return result }
        for issue in row.indices where !chosen.contains(issue) {
            result[issue] = row[issue] * restAfter / restBefore
        }
        return result
    }
}

func clamp(_ value: Double, _ low: Double, _ high: Double) -> Double {
    min(max(value, low), high)
}
