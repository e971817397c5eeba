/// One argument of an event, once read: ids for actors, issues and event types, a number otherwise.
///
///     apply sanctions by=EU,US severity=0.7   →   ["by": .ids(["EU", "US"]), "severity": .number(0.7)]
public enum EventArgument: Sendable, Hashable, Codable, CustomStringConvertible {
    case ids([String])
    case number(Double)

    public var description: String {
        switch self {
        case .ids(let ids): return ids.joined(separator: ",")
        case .number(let value): return Formula.format(value)
        }
    }
}
