/// One actor's position on one issue, how much the issue matters to it, and the sources.
///
///     let stance = snapshot.stance(actor: "UA", issue: "territory")!
///     stance.position.value   // 5
///     stance.salience.value   // 0.3
///
/// Position is on the issue's 0–100 scale. Salience is the share of the actor's attention, 0–1;
/// an actor's saliences sum to at most 1. `uncertainty` is a ± spread on the position, used by
/// Monte Carlo runs, and shares the position's provenance.
public struct Stance: Sendable, Hashable, Codable {
    public var actor: String
    public var issue: String
    public var position: CitedValue
    public var salience: CitedValue
    /// Half-width of the plausible range around the position, in scale points.
    public var uncertainty: Double?

    public init(actor: String, issue: String, position: CitedValue, salience: CitedValue, uncertainty: Double? = nil) {
        self.actor = actor
        self.issue = issue
        self.position = position
        self.salience = salience
        self.uncertainty = uncertainty
    }
}
