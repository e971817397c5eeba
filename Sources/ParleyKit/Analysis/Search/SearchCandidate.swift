/// One event a search may apply: a catalog type with every parameter filled in, its effort,
/// and the `apply` line an analyst would type for it.
///
///     candidate.command   // "apply sanctions by=EU target=RU severity=1"
///     candidate.effort    // 1.0: severity at the top of its 0–1 range
///
/// The effort is the sum, over the type's graded parameters (numbers and days that are not
/// calibration, see ``CandidateGrid``), of each value's share of its declared range.
public struct SearchCandidate: Sendable, Hashable {
    public var type: String
    /// The type's parameter names in the catalog's order, which the command writes them in.
    public var order: [String]
    /// Each parameter's value, by its place in `order`.
    public var values: [EventArgument]
    public var effort: Double

    /// The names of `order` that `arguments` has a value for, in that order, with their values
    /// (a grid's candidates have one for each).
    public init(type: String, arguments: [String: EventArgument], order: [String], effort: Double) {
        let named = order.filter { arguments[$0] != nil }
        self.init(type: type, order: named, values: named.map { arguments[$0]! }, effort: effort)
    }

    /// The values by position: a grid makes tens of thousands of candidates before a search's
    /// runs, and frees them after, on one core, so each holds one list rather than a dictionary.
    init(type: String, order: [String], values: [EventArgument], effort: Double) {
        self.type = type
        self.order = order
        self.values = values
        self.effort = effort
    }

    /// Complete, resolved arguments, as `apply` reads them.
    public var arguments: [String: EventArgument] {
        Dictionary(uniqueKeysWithValues: zip(order, values))
    }

    /// The line that applies it, every parameter written out in the catalog's order. Written
    /// when asked (a search shows a few of its many candidates).
    public var command: String {
        (["apply", type] + zip(order, values).map { "\($0)=\($1.description)" }).joined(separator: " ")
    }

    /// Made when a run first needs it, on that run's core.
    public var move: Move { .apply(event: type, arguments: arguments) }
}
