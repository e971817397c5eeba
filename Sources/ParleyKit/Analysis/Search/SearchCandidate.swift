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
    /// Complete, resolved arguments, as `apply` reads them.
    public var arguments: [String: EventArgument]
    /// The type's parameter names in the catalog's order, which the command writes them in.
    public var order: [String]
    public var effort: Double

    public init(type: String, arguments: [String: EventArgument], order: [String], effort: Double) {
        self.type = type
        self.arguments = arguments
        self.order = order
        self.effort = effort
    }

    /// The line that applies it, every parameter written out in the catalog's order. Written
    /// when asked (a search shows a few of its many candidates).
    public var command: String {
        (["apply", type] + order.compactMap { name in arguments[name].map { "\(name)=\($0.description)" } })
            .joined(separator: " ")
    }

    public var move: Move { .apply(event: type, arguments: arguments) }
}
