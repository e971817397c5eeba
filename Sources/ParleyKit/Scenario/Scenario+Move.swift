/// Performing moves: the one place an event, the clock or bargaining changes a scenario.
///
/// Commands perform a move with its trace (``performing(_:catalog:step:model:)``); analyses
/// that keep only where the moves end replay them without one (``replaying(_:catalog:model:)``),
/// which skips composing every change's text. Both run the same code, so the scenario they
/// reach is the same value.
extension Scenario {
    /// Performs `move` and returns the scenario after it with its trace; `self` is unchanged.
    ///
    ///     let outcome = try scenario.performing(.advance(to: deadline), catalog: catalog, step: 4)
    ///
    /// `step` numbers the trace entries (the branch's step count after this one).
    public func performing(_ move: Move, catalog: EventCatalog, step: Int,
                           model: BargainingModel = BargainingModel()) throws(EventApplier.Failure) -> MoveOutcome {
        try perform(move, applier: EventApplier(catalog: catalog, model: model, step: step, recordsTrace: true))
    }

    /// Performs `move` without recording a trace and returns only the scenario after it: the
    /// same scenario as ``performing(_:catalog:step:model:)``'s, for a replay that reads no trace.
    ///
    ///     let next = try scenario.replaying(.apply(event: "sanctions", arguments: arguments), catalog: catalog)
    public func replaying(_ move: Move, catalog: EventCatalog,
                          model: BargainingModel = BargainingModel()) throws(EventApplier.Failure) -> Scenario {
        try perform(move, applier: EventApplier(catalog: catalog, model: model, step: 0, recordsTrace: false)).scenario
    }

    /// Performs `moves` in order from this scenario, without a trace, and returns where they
    /// end; the first that fails stops the replay, with its index.
    ///
    ///     let end = try drawn.replaying(branch.moves, catalog: world.catalog)
    public func replaying(_ moves: [Move], catalog: EventCatalog,
                          model: BargainingModel = BargainingModel()) throws(ReplayFailure) -> Scenario {
        let applier = EventApplier(catalog: catalog, model: model, step: 0, recordsTrace: false)
        var scenario = self
        for (index, move) in moves.enumerated() {
            do throws(EventApplier.Failure) {
                scenario = try scenario.perform(move, applier: applier).scenario
            } catch {
                throw ReplayFailure(moveIndex: index, move: move, failure: error)
            }
        }
        return scenario
    }

    /// The one implementation behind both: the applier says whether to record a trace.
    private func perform(_ move: Move, applier: EventApplier) throws(EventApplier.Failure) -> MoveOutcome {
        var scenario = self
        switch move {
        case .apply(let event, let arguments):
            guard let type = applier.catalog.type(named: event) else {
                throw EventApplier.Failure(.unknownEventType, "unknown event type '\(event)'")
            }
            let trace = try applier.apply(type, arguments: arguments, to: &scenario)
            return MoveOutcome(move: move, scenario: scenario, trace: trace, firings: [], eventType: type)
        case .advance(let date):
            let advance = try applier.advance(&scenario, to: date)
            return MoveOutcome(move: move, scenario: scenario, trace: advance.trace, firings: advance.firings,
                               recovery: advance.recovery, eventType: nil)
        case .sequence(let moves):
            var outcome = MoveOutcome(move: move, scenario: self, trace: [], firings: [], eventType: nil)
            for part in moves {
                let done = try outcome.scenario.perform(part, applier: applier)
                outcome.scenario = done.scenario
                outcome.trace += done.trace
                outcome.firings += done.firings
                outcome.finalFirings = done.firings.count
                outcome.recovery += done.recovery
            }
            return outcome
        case .turns(let count):
            let trace = scenario.bargain(among: Array(actors.indices), issues: Array(issues.indices),
                                         turns: count, model: applier.model, step: applier.step, cause: "turns",
                                         recordsTrace: applier.recordsTrace)
            return MoveOutcome(move: move, scenario: scenario, trace: trace, firings: [], eventType: nil)
        }
    }
}
