/// What the deal-space model finds on one issue: who must sign, what each would sign, and the
/// deal space with its Nash point, or the gap and who blocks, or, for an issue conditional on
/// the package, that its own deal space waits on a package that has no deal.
///
///     let result = DealSpace.settle(issue: "territory", noDeal: 60, signatories: [ru, ua])
///     result.outcome   // .gap(points: 25, low: ["UA"], high: ["RU"])
///
/// `noDeal` is the facts on the ground now; each signatory's own expectation of it sits in
/// ``Signatory/expectedNoDeal``.
public struct IssueSettlement: Sendable, Hashable {
    /// Either a deal space with its Nash bargaining point, or a gap between the sides.
    public enum Outcome: Sendable, Hashable {
        /// The outcomes every signatory signs, `lower…upper`, and the weighted Nash point in it.
        case deal(lower: Double, upper: Double, nash: Double)
        /// No outcome is signed by all: the highest floor exceeds the lowest ceiling by `points`.
        /// `floor` names who demands at least the highest floor, `ceiling` who signs nothing
        /// above the lowest ceiling.
        case gap(points: Double, floor: [String], ceiling: [String])
        /// A deal space `lower…upper` with its Nash point on the issue alone, but the issue is
        /// conditional on the package (`conditional:` in the seeds) and the package has no deal,
        /// so nothing is signed: the issue's deal stands only with the others'.
        case blockedByPackage(lower: Double, upper: Double, nash: Double)
    }

    public var issue: String
    /// Facts on the ground now, 0–100.
    public var noDeal: Double
    /// Signatories in id order, with their acceptance ranges in the same order.
    public var signatories: [Signatory]
    public var ranges: [AcceptanceRange]
    public var outcome: Outcome
    /// Whether the seeds make a deal on this issue conditional on a deal on the package.
    public var isConditionalOnPackage = false

    /// Whether a deal exists: a deal space on the issue and, for an issue conditional on the
    /// package, a deal on the package too.
    public var hasDeal: Bool {
        if case .deal = outcome { return true }
        return false
    }

    /// Width of the deal space in points; 0 when there is no deal.
    public var width: Double {
        if case .deal(let lower, let upper, _) = outcome { return upper - lower }
        return 0
    }

    /// The deal space on the issue alone, `lower…upper` with its Nash point, whether or not the
    /// package lets it stand; nil when the signatories' ranges do not meet.
    public var alone: (lower: Double, upper: Double, nash: Double)? {
        switch outcome {
        case .deal(let lower, let upper, let nash), .blockedByPackage(let lower, let upper, let nash): (lower, upper, nash)
        case .gap: nil
        }
    }

    /// The Nash bargaining point, if a deal space exists.
    public var nash: Double? {
        if case .deal(_, _, let nash) = outcome { return nash }
        return nil
    }

    /// The Nash weights, normalised to sum to 1, in signatory order.
    public var weights: [Double] {
        let total = signatories.reduce(0) { $0 + $1.weight }
        return signatories.map { total > 0 ? $0.weight / total : 1 / Double(signatories.count) }
    }
}
