/// A rule on who may fill an event type's roles, checked before the event changes anything.
///
///     roles: [{distinct: [by, target], why: a side does not sanction itself}]
///     roles: [{least: 2, of: between, why: a summit needs two leaders}]
///     roles: [{only: [RU, UA], of: [between], why: a truce is between the sides that fight}]
///
/// Every actors list must also hold no actor twice; that needs no rule.
public struct RoleRule: Sendable, Hashable, Codable {
    public enum Kind: Sendable, Hashable, Codable {
        /// No actor may appear in more than one of these parameters.
        case distinct([String])
        /// The parameter must name at least this many actors.
        case least(Int, of: String)
        /// Every actor these parameters name must be one of `actors`.
        case only([String], of: [String])
    }

    public var kind: Kind
    /// Why, in the analyst's words; part of the error message.
    public var why: String

    public init(kind: Kind, why: String) {
        self.kind = kind
        self.why = why
    }
}
