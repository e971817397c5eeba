/// A solution concept of the Graph Model: when a decision maker stays put.
///
///     StabilityConcept(rawValue: "gmr")  // .gmr
public enum StabilityConcept: String, Sendable, Hashable, CaseIterable {
    /// No unilateral improvement.
    case nash
    /// General metarationality: every improvement can be sanctioned by the opponents.
    case gmr
    /// Symmetric metarationality: a sanction the focal decision maker cannot escape by a counter-move.
    case smr
    /// Sequential stability: sanctions made only of the opponents' own improvements.
    case seq

    /// "Nash", "GMR", …
    public var label: String { self == .nash ? "Nash" : rawValue.uppercased() }
}

/// Which sequences of the opponents' moves count as a sanction.
///
///     SanctionRule(rawValue: "once")  // GMCR+'s rule
public enum SanctionRule: String, Sendable, Hashable, CaseIterable {
    /// Fang, Hipel & Kilgour (1993): any sequence of the opponents' unilateral moves in which
    /// no decision maker moves twice in a row.
    case literature
    /// Each opponent moves at most once in a sanction, in any order.
    case once
    /// One move by one opponent: what GMCR+'s solver (gmcr-py) checks.
    case single
}
