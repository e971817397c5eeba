/// Performing moves: the one place an event, the clock or bargaining changes a scenario.
extension Scenario {
    /// Performs `move` and returns the scenario after it with its trace; `self` is unchanged.
    ///
    ///     let outcome = try scenario.performing(.advance(to: deadline), catalog: catalog, step: 4)
    ///
    /// `step` numbers the trace entries (the branch's step count after this one).
    public func performing(_ move: Move, catalog: EventCatalog, step: Int,
                           model: BargainingModel = BargainingModel()) throws(EventApplier.Failure) -> MoveOutcome {
        var scenario = self
        let applier = EventApplier(catalog: catalog, model: model, step: step)
        switch move {
        case .apply(let event, let arguments):
            guard let type = catalog.type(named: event) else {
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
                let done = try outcome.scenario.performing(part, catalog: catalog, step: step, model: model)
                outcome.scenario = done.scenario
                outcome.trace += done.trace
                outcome.firings += done.firings
                outcome.finalFirings = done.firings.count
                outcome.recovery += done.recovery
            }
            return outcome
        case .turns(let count):
            let trace = scenario.bargain(among: Array(actors.indices), issues: Array(issues.indices),
                                         turns: count, model: model, step: step, cause: "turns")
            return MoveOutcome(move: move, scenario: scenario, trace: trace, firings: [], eventType: nil)
        }
    }

    /// Performs `moves` in order from this scenario and returns where they end; the first
    /// that fails stops the replay, with its index.
    ///
    ///     let end = try drawn.replaying(branch.moves, catalog: world.catalog)
    public func replaying(_ moves: [Move], catalog: EventCatalog,
                          model: BargainingModel = BargainingModel()) throws(ReplayFailure) -> Scenario {
        var scenario = self
        for (index, move) in moves.enumerated() {
            do throws(EventApplier.Failure) {
                scenario = try scenario.performing(move, catalog: catalog, step: index + 1, model: model).scenario
            } catch {
                throw ReplayFailure(moveIndex: index, move: move, failure: error)
            }
        }
        return scenario
    }
}
