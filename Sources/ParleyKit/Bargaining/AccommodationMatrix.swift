/// How each actor's ideal point follows the stances of others: KTAB's "ideal adjustment".
///
/// After every turn, `y_i ← Σ_j A_ij x_j + (1 − Σ_j A_ij) y_i`. With the identity (the default)
/// every ideal simply equals the actor's own new position, so actors judge outcomes from where
/// they stand now. A row that puts weight on another actor models an actor warming to that
/// actor's stance; a row of zeros models an actor who keeps its original ideal whatever it says.
public enum AccommodationMatrix: Sendable, Hashable {
    /// `A = I`: ideals are the actors' current positions.
    case identity
    /// Row-major `n × n` weights `A_ij`, each non-negative, each row summing to at most 1.
    case matrix([Double])

    /// The weight actor `actor` puts on `other`'s stance, for an `actorCount`-actor state.
    public func weight(of actor: Int, on other: Int, actorCount: Int) -> Double {
        switch self {
        case .identity: return actor == other ? 1 : 0
        case .matrix(let weights): return weights[actor * actorCount + other]
        }
    }
}
