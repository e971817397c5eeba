/// One distinct stance and its chance of prevailing: the basis of a forecast.
public struct PositionProbability: Sendable, Hashable {
    /// The stance, per issue, 0–1 scale.
    public var position: [Double]
    /// Chance of prevailing in a risk-neutral, capability-weighted Condorcet election among
    /// all distinct stances; the probabilities of a state sum to 1.
    public var probability: Double
    /// The actors holding exactly this stance, in index order.
    public var actors: [Int]

    public init(position: [Double], probability: Double, actors: [Int]) {
        self.position = position
        self.probability = probability
        self.actors = actors
    }
}
