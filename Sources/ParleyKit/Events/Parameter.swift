/// One typed parameter of an event type, with its default and allowed range.
///
///     severity: number, default 0.5, range 0…1   →   apply sanctions severity=0.7
public struct Parameter: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// One actor id or alias.
        case actor
        /// One or more actors, written `US,RU`.
        case actors
        case issue
        case issues
        case number
        /// Another event type's id, e.g. an ultimatum's threat.
        case event
        /// A whole number of days, written `50d` or `7w` (a bare number means days).
        case days
    }

    public var name: String
    public var kind: Kind
    public var summary: String
    /// Nil when the parameter must be given.
    public var defaultValue: EventArgument?
    /// For numbers and days: the allowed closed range.
    public var range: ClosedRange<Double>?
    /// What a numeric default that acts as a magnitude (an uptake) rests on.
    public var basis: Basis?
    /// For issues: the only issues it may name (a truce bears on the ceasefire or on
    /// humanitarian steps, never on territory); nil for any.
    public var among: [String]?

    public init(name: String, kind: Kind, summary: String, defaultValue: EventArgument? = nil,
                range: ClosedRange<Double>? = nil, basis: Basis? = nil, among: [String]? = nil) {
        self.basis = basis
        self.among = among
        self.name = name
        self.kind = kind
        self.summary = summary
        self.defaultValue = defaultValue
        self.range = range
    }
}
