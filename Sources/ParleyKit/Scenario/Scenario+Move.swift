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
        var scenario = self
        let record = try scenario.perform(move, applier: EventApplier(catalog: catalog, model: model, step: step, recordsTrace: true))
        return MoveOutcome(move: move, scenario: scenario, record: record)
    }

    /// Performs `move` without recording a trace and returns only the scenario after it: the
    /// same scenario as ``performing(_:catalog:step:model:)``'s, for a replay that reads no trace.
    ///
    ///     let next = try scenario.replaying(.apply(event: "sanctions", arguments: arguments), catalog: catalog)
    public func replaying(_ move: Move, catalog: EventCatalog,
                          model: BargainingModel = BargainingModel()) throws(EventApplier.Failure) -> Scenario {
        var scenario = self
        _ = try scenario.perform(move, applier: EventApplier(catalog: catalog, model: model, step: 0, recordsTrace: false))
        return scenario
    }

    /// Performs `moves` in order from this scenario, without a trace, and returns where they
    /// end; the first that fails stops the replay, with its index.
    ///
    ///     let end = try drawn.replaying(branch.moves, catalog: world.catalog)
    public func replaying(_ moves: [Move], catalog: EventCatalog,
                          model: BargainingModel = BargainingModel()) throws(ReplayFailure) -> Scenario {
        // No applier for no moves: it would retain the catalog's buffers, which another core's
        // runs may be retaining too.
        guard !moves.isEmpty else { return self }
        let applier = EventApplier(catalog: catalog, model: model, step: 0, recordsTrace: false)
        var scenario = self
        for (index, move) in moves.enumerated() {
            do throws(EventApplier.Failure) {
                _ = try scenario.perform(move, applier: applier)
            } catch {
                throw ReplayFailure(moveIndex: index, move: move, failure: error)
            }
        }
        return scenario
    }

    /// The one implementation behind both: changes this scenario in place (the callers work on
    /// a copy, dropped if the move fails), and the applier says whether to record a trace.
    /// In place, not returned in an outcome: each copy of a scenario retains some thirty buffers.
    private mutating func perform(_ move: Move, applier: EventApplier) throws(EventApplier.Failure) -> MoveRecord {
        switch move {
        case .apply(let event, let arguments):
            guard let type = applier.catalog.type(named: event) else {
                throw EventApplier.Failure(.unknownEventType, "unknown event type '\(event)'")
            }
            let trace = try applier.apply(type, arguments: arguments, to: &self)
            return MoveRecord(trace: trace, eventType: type)
        case .advance(let date):
            let advance = try applier.advance(&self, to: date)
            return MoveRecord(trace: advance.trace, firings: advance.firings, recovery: advance.recovery)
        case .sequence(let moves):
            var record = MoveRecord()
            for part in moves {
                let done = try perform(part, applier: applier)
                record.trace += done.trace
                record.firings += done.firings
                record.finalFirings = done.firings.count
                record.recovery += done.recovery
            }
            return record
        case .turns(let count):
            let trace = bargain(among: Array(actors.indices), issues: Array(issues.indices),
                                turns: count, model: applier.model, step: applier.step, cause: "turns",
                                recordsTrace: applier.recordsTrace)
            return MoveRecord(trace: trace)
        }
    }
}
