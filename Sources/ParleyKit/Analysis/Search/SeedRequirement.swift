/// One seed value that, changed by itself, reaches a goal with no new events: "what would have to
/// be true".
///
///     requirement.input       // "RU.ceasefire position"
///     requirement.from, .to   // 85 → 71.2
///     requirement.relative    // 1.38: the change is 1.38 times the value's ±
public struct SeedRequirement: Sendable, Hashable {
    /// What kind of value, which decides its range and its ±.
    public enum Kind: String, Sendable, Hashable {
        case position, salience, capability, expectation, cost
    }

    public var kind: Kind
    /// The actor, and the issue for per-issue values.
    public var actor: String
    public var issue: String?
    public var from: Double
    public var to: Double
    /// The value's ±: the seeds' uncertainty for a position, simulate's 10% for a salience or
    /// capability; nil when the seeds declare none (settlement terms).
    public var spread: Double?

    public var change: Double { to - from }

    /// The change as a multiple of the ±; nil without one.
    public var relative: Double? {
        guard let spread, spread > 0 else { return nil }
        return abs(change) / spread
    }

    /// `RU.ceasefire position`, `RU cost`.
    public var input: String {
        (issue.map { "\(actor).\($0)" } ?? actor) + " " + kind.rawValue
    }
}
