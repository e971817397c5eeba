/// One thing an analyst does to a branch, typed: apply an event, move the clock, or play
/// bargaining turns. A `Step` keeps the move it made, so a replay never re-reads command text.
///
///     let move = Move.apply(event: "sanctions", arguments: ["by": .ids(["EU"]), "target": .ids(["RU"]), "severity": .number(0.7)])
///     let outcome = try scenario.performing(move, catalog: world.catalog, step: 1)
///     outcome.scenario   // the scenario after it
///
/// Arguments are complete and resolved (ids, not aliases; defaults filled in), as the `apply`
/// command reads them, so the same move means the same on any scenario with those actors.
public enum Move: Sendable, Hashable {
    /// Applies a catalog event type now.
    case apply(event: String, arguments: [String: EventArgument])
    /// Moves the clock to a date; scheduled events due by then fire.
    case advance(to: CalendarDate)
    /// Bargaining turns among every actor on every issue; nil plays to convergence.
    case turns(Int?)
    /// Several moves as one step, in order: `advance --documented` is the clock moved to each
    /// documented event's date, the event applied there, and the clock moved on to the target.
    case sequence([Move])
}
