/// An event waiting for its date, such as the sanctions an ultimatum threatens.
///
///     scenario.scheduled.first?.date   // when `advance` fires it
public struct ScheduledEvent: Sendable, Hashable {
    public var date: CalendarDate
    public var type: String
    public var arguments: [String: EventArgument]
    /// It is skipped if this formula holds on its date.
    public var unless: Formula?
    /// Scope for `unless`: the scheduling event's arguments and the positions when it was set.
    public var context: [String: EventArgument]
    public var positionsWhenScheduled: Grid
    /// What scheduled it, for the branch's step list.
    public var origin: String
}
