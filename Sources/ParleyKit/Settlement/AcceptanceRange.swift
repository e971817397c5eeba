/// The stretch of one issue's scale a signatory would sign, against its expected no-deal outcome.
///
///     AcceptanceRange(actor: "UA", lower: 0, upper: 50)   // Kyiv signs nothing above 50
///
/// On one issue the SMP distance is `|ideal − p|` (salience cancels), so the range is the
/// interval around the ideal of half-width `|ideal − expected| + cost`, cut to 0–100.
public struct AcceptanceRange: Sendable, Hashable {
    public var actor: String
    public var lower: Double
    public var upper: Double

    public init(actor: String, lower: Double, upper: Double) {
        self.actor = actor
        self.lower = lower
        self.upper = upper
    }

    public func contains(_ point: Double) -> Bool { lower <= point && point <= upper }
}
