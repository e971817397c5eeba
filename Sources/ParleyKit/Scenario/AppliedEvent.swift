/// An event applied to a scenario, kept so models beside SMP (the Graph Model's options) can
/// follow what happened.
///
///     scenario.applied.last?.type   // "truce"
public struct AppliedEvent: Sendable, Hashable {
    public var type: String
    public var arguments: [String: ParameterValue]
    public var date: CalendarDate

    public init(type: String, arguments: [String: ParameterValue], date: CalendarDate) {
        self.type = type
        self.arguments = arguments
        self.date = date
    }
}
