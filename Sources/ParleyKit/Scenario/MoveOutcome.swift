/// What performing a move did: the scenario after it, every recorded change, and for `advance`
/// what happened to each scheduled event.
///
///     let outcome = try scenario.performing(.turns(3), catalog: catalog, step: 2)
///     outcome.summary   // "3 bargaining turns"
public struct MoveOutcome: Sendable {
    public var move: Move
    public var scenario: Scenario
    public var trace: [TraceEntry]
    /// The scheduled events that fell due, fired or skipped; empty unless the move advanced.
    public var firings: [EventApplier.Firing]
    /// Capability that recovered toward its baseline as the clock moved; empty unless the move advanced.
    public var recovery: [TraceEntry] = []
    /// Of `firings`, how many the last part of a sequence made: the summary names them after
    /// the documented events, as `advance --documented` reports them.
    public var finalFirings = 0
    /// The event type applied, for the summary; nil unless the move applied one.
    public var eventType: EventType?

    /// One line for the branch's step list: `sanctions by=EU target=RU severity=0.7`,
    /// `advance to 2025-09-11; sanctions fired`, `bargaining to convergence`.
    /// Computed on demand, so a replay that keeps only the scenario never composes it.
    public var summary: String {
        switch move {
        case .apply(_, let arguments):
            guard let type = eventType else { return "" }
            return "\(type.id) " + type.parameters.map { "\($0.name)=\(arguments[$0.name].map(\.description) ?? "")" }
                .joined(separator: " ")
        case .advance:
            var text = "advance to \(scenario.date)"
            for firing in firings {
                text += "; \(firing.event.type) \(firing.fired ? "fired" : "skipped")"
            }
            return text
        case .sequence(let moves):
            let applied = moves.filter { if case .apply = $0 { true } else { false } }.count
            func named(_ firings: ArraySlice<EventApplier.Firing>) -> String {
                firings.map { "; \($0.event.type) \($0.fired ? "fired" : "skipped")" }.joined()
            }
            let before = firings.count - finalFirings
            return "advance to \(scenario.date)" + named(firings.prefix(before))
                + "; \(applied) documented event\(applied == 1 ? "" : "s")" + named(firings.dropFirst(before))
        case .turns(let count):
            return count.map { "\($0) bargaining turn\($0 == 1 ? "" : "s")" } ?? "bargaining to convergence"
        }
    }

    /// The step to record on a branch, keeping `command` (the move as typed) for `save`.
    public func step(command: String) -> Step {
        Step(move: move, command: command, summary: summary, after: scenario, trace: trace)
    }
}

/// What a move did besides changing the scenario: a ``MoveOutcome`` without its scenario, which
/// the move changes in place.
struct MoveRecord {
    var trace: [TraceEntry] = []
    var firings: [EventApplier.Firing] = []
    var recovery: [TraceEntry] = []
    var finalFirings = 0
    var eventType: EventType?
}

extension MoveOutcome {
    init(move: Move, scenario: Scenario, record: MoveRecord) {
        self.init(move: move, scenario: scenario, trace: record.trace, firings: record.firings,
                  recovery: record.recovery, finalFirings: record.finalFirings, eventType: record.eventType)
    }
}
