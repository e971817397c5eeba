/// One recorded change to the scenario: what moved, from where to where, and why.
/// `explain` reads these.
///
///     RU territory position 85.0 → 84.2: round (bargain, turn 1): accepted UA's offer
public struct TraceEntry: Sendable, Hashable {
    public enum Quantity: String, Sendable, Hashable {
        case position, salience, capability, uncertainty, accommodation
        /// The settlement model's terms: the facts on the ground (actor "facts"), an actor's
        /// expected no-deal outcome, its cost of continuing.
        case noDeal = "no-deal", expectation, cost
    }

    /// The branch step that made the change (1 for the first).
    public var step: Int
    public var date: CalendarDate
    public var quantity: Quantity
    public var actor: String
    /// The issue, or for accommodation the other actor; nil for capability.
    public var subject: String?
    public var before: Double
    public var after: Double
    /// What did it: "sanctions: capability", "summit: bargaining turn 2".
    public var cause: String
    /// Why: the catalog's rationale, or the bargaining detail.
    public var reason: String

    public init(step: Int, date: CalendarDate, quantity: Quantity, actor: String, subject: String?,
                before: Double, after: Double, cause: String, reason: String) {
        self.step = step
        self.date = date
        self.quantity = quantity
        self.actor = actor
        self.subject = subject
        self.before = before
        self.after = after
        self.cause = cause
        self.reason = reason
    }
}
