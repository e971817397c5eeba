/// One thing an event does, from the closed set the engine knows, with the reason for its size.
///
///     kind: salience, actors: target, issues: sanctions, shift: "0.05 * severity"
///
/// Magnitudes are formulas over the event's parameters, so the catalog can be recalibrated
/// without recompiling; each carries a written rationale that `explain` quotes.
public struct Effect: Sendable, Hashable, Codable {
    public enum Kind: Sendable, Hashable, Codable {
        /// Multiply an actor's capability by `scale`, then add `shift` (capability is 0–100).
        case capability(actors: Reference, scale: Formula?, shift: Formula?)
        /// Add `shift` to the salience of the issues (0–1), then renormalise so the actor's
        /// saliences total at most 1.
        case salience(actors: Reference, issues: Reference, shift: Formula)
        /// Move each actor's position a fraction `by` of the way toward the stance of other
        /// actors (their mean, the mover left out); a negative `by` moves away. Never toward an
        /// end of a scale, so the effect means the same whoever fills the roles.
        case position(actors: Reference, issues: Reference, toward: Reference, by: Formula)
        /// Set how much `actors` accommodate `toward` (KTAB's ideal adjustment), a weight 0–1.
        case accommodation(actors: Reference, toward: Reference, weight: Formula)
        /// Multiply the ± spread on positions by `scale`: written terms make stances legible.
        case uncertainty(actors: Reference, issues: Reference, scale: Formula)
        /// Bargaining turns among a subset of actors on some issues; the others hold still.
        /// `uptake` (0–1) is how much of the bargained move the actors make now.
        case bargain(actors: Reference, issues: Reference, turns: Formula, uptake: Formula?)
        /// Apply another event type after `after` days, unless `unless` then holds.
        case schedule(event: String, after: Formula, unless: Formula?, arguments: [String: Reference])
        /// Move the settlement model's no-deal point (the facts on the ground) on the issues a
        /// fraction `by` of the way toward the mean ideal of `toward`; negative moves away.
        case noDeal(issues: Reference, toward: Reference, by: Formula)
        /// Move what each actor expects the no-deal outcome to become a fraction `by` of the way
        /// toward the mean ideal of `toward` (the actor itself may be among them).
        case expectation(actors: Reference, issues: Reference, toward: Reference, by: Formula)
        /// Add `shift` points to each actor's cost of continuing (never below 0).
        case cost(actors: Reference, shift: Formula)
    }

    public var kind: Kind
    public var rationale: String
    /// What the magnitude rests on; nil when the catalog gives none.
    public var basis: Basis?

    public init(kind: Kind, rationale: String, basis: Basis? = nil) {
        self.kind = kind
        self.rationale = rationale
        self.basis = basis
    }

    /// The effect's name as the catalog writes it.
    public var name: String {
        switch kind {
        case .capability: return "capability"
        case .salience: return "salience"
        case .position: return "position"
        case .accommodation: return "accommodation"
        case .uncertainty: return "uncertainty"
        case .bargain: return "bargain"
        case .schedule: return "schedule"
        case .noDeal: return "no-deal"
        case .expectation: return "expectation"
        case .cost: return "cost"
        }
    }
}

/// Which actors or issues an effect touches: a parameter of the event, fixed ids, or all.
///
///     actors: target        → .parameter("target")
///     issues: [territory]   → .ids(["territory"])
///     actors: all           → .all
public enum Reference: Sendable, Hashable, Codable, CustomStringConvertible {
    case parameter(String)
    case ids([String])
    case all
    /// The issues the event type named by an event parameter bears on (`threat.issues`).
    case issuesOf(String)

    public var description: String {
        switch self {
        case .parameter(let name): return name
        case .ids(let ids): return ids.joined(separator: ",")
        case .all: return "all"
        case .issuesOf(let name): return name + ".issues"
        }
    }
}
