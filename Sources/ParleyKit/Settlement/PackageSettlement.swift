/// What the deal-space model finds across several issues at once: whether any package beats no
/// deal for every signatory, the Nash package when one does, and who blocks when none does.
///
///     let result = PackageSearch.settle(issues: ["ceasefire", "neutrality"], noDeal: [100, 30], signatories: [ru, ua])
///     result.hasDeal        // false
///     result.margin         // −6.2: the best package still leaves someone 6.2 points short
///     result.blockers       // ["RU", "UA"]
///
/// `margin` is the most every signatory can gain over walking away at once (the maximin
/// surplus), in points of the SMP distance; negative, it is the gap: how far every blocker's
/// acceptance would have to widen for a package to exist. On a single issue it is half the deal
/// space's width.
public struct PackageSettlement: Sendable, Hashable {
    public var issues: [String]
    /// Facts on the ground now, per issue, 0–100.
    public var noDeal: [Double]
    /// In id order.
    public var signatories: [Signatory]
    /// Points; ≥ 0 when a package beats no deal for every signatory.
    public var margin: Double
    /// The package that maximises the smallest surplus, per issue: the fairest compromise, and
    /// the one closest to acceptable for all when there is no deal.
    public var compromise: [Double]
    /// The weighted Nash package, per issue; nil when there is no deal.
    public var nash: [Double]?
    /// Each signatory's surplus in points at the Nash package (or at the compromise).
    public var surpluses: [Double]
    /// With no deal, the signatories the best compromise still leaves short by the gap.
    public var blockers: [String]
    /// Proven bounds: the margin is within `marginBound` points of the exact maximin, and the
    /// Nash package's log Nash product within `nashBound` of the exact maximum.
    public var marginBound: Double
    public var nashBound: Double
    /// With no deal, the red lines the best compromise still crosses by the gap ("RU on territory").
    public var bindingRedLines: [String] = []
    /// When some signatory holds red lines: the margin if every issue could be traded against
    /// every other (the red lines set aside), so their effect is seen; nil without red lines.
    /// Computed when read (a second barrier search), since only `settle` and `explain` print it.
    public var marginTradingAll: Double? {
        PackageSearch.marginTradingAll(issueCount: issues.count, noDeal: noDeal, signatories: signatories)
    }

    public var hasDeal: Bool { nash != nil }

    /// The Nash weights, normalised to sum to 1, in signatory order.
    public var weights: [Double] {
        let total = signatories.reduce(0) { $0 + $1.weight }
        return signatories.map { total > 0 ? $0.weight / total : 1 / Double(signatories.count) }
    }
}
