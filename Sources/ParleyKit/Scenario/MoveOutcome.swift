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
            var text = "advance to \(scenario.date)"
            for firing in firings {
                text += "; \(firing.event.type) \(firing.fired ? "fired" : "skipped")"
            }
            return text + "; \(applied) documented event\(applied == 1 ? "" : "s")"
        case .turns(let count):
            return count.map { "\($0) bargaining turn\($0 == 1 ? "" : "s")" } ?? "bargaining to convergence"
        }
    }

    /// The step to record on a branch, keeping `command` (the move as typed) for `save`.
    public func step(command: String) -> Step {
        Step(move: move, command: command, summary: summary, after: scenario, trace: trace)
    }
}
