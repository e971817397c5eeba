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
    /// The line that applies it, every parameter written out in the catalog's order.
    public var command: String
    public var effort: Double

    public var move: Move { .apply(event: type, arguments: arguments) }
}
