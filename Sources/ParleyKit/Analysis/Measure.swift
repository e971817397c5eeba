/// A number read off a scenario: the one language `expect`, `simulate` and the analyses share.
///
///     let measure = try MeasureParser.parse("gap(RU,UA).ceasefire")
///     try measure.resolved(in: world.seeds).value(in: MeasureScope(world: world, baseline: start, scenario: now))
///
/// Forms: `ACTOR.ISSUE` (a position), `forecast.ISSUE` or `consensus.ISSUE` (the coalition
/// consensus), `gap(A,B).ISSUE` (the distance between two positions, as the event formulas'
/// `gap`), `moved(A)` or `moved(A).ISSUE` (how far an actor moved since the start, summed over
/// issues or on one), `drift(DATE)` (the mean distance of every stance from a snapshot).
/// The settlement model adds `settle.ISSUE` (the deal space's Nash point), `settle.ISSUE.width`
/// (its width, 0 with no deal), `settle.package` (the package's margin), and `deal.ISSUE`,
/// `deal.package` (1 when a deal space exists, 0 when not).
///
/// A measure's value may be **none**: ``value(in:)`` returns `nil` when there is nothing to
/// read, which only `settle.ISSUE` and `settle.package` do (no deal space; see ``canBeNone``).
/// A ``Condition`` compares it with `none`; `simulate` counts the runs where it was none.
///
/// A new model adds its measures as cases here, a branch in ``MeasureParser`` and an arm in
/// ``value(in:)``; the names it reads come through ``MeasureScope``.
public enum Measure: Sendable, Hashable, CustomStringConvertible {
    case position(actor: String, issue: String)
    /// The coalition consensus on an issue: the SMP vote's probability-weighted position.
    case consensus(issue: String)
    case gap(String, String, issue: String)
    /// How far an actor moved since the start, on one issue or summed over all.
    case moved(String, issue: String?)
    /// Mean absolute distance, over every stance, between the scenario and a snapshot.
    case drift(String)
    /// `settle.ISSUE`: the Nash point of the issue's deal space; none when there is no deal space.
    case nash(issue: String)
    /// `settle.ISSUE.width`: how wide the issue's deal space is; 0 when there is none.
    case dealWidth(issue: String)
    /// `settle.package`: the package's margin at its Nash package; none when no package beats no deal.
    case packageMargin
    /// `deal.ISSUE`: 1 when the issue has a deal space, 0 when not.
    case deal(issue: String)
    /// `deal.package`: 1 when some package beats no deal for every signatory, 0 when not.
    case packageDeal

    /// Whether the value can be none, so a condition may compare it with `none`
    /// (`settle.ISSUE.width` never is none, but may be compared with it, as `settle` says).
    public var canBeNone: Bool {
        switch self {
        case .nash, .dealWidth, .packageMargin: true
        default: false
        }
    }

    public var description: String {
        switch self {
        case .position(let actor, let issue): "\(actor).\(issue)"
        case .consensus(let issue): "forecast.\(issue)"
        case .gap(let a, let b, let issue): "gap(\(a),\(b)).\(issue)"
        case .moved(let actor, let issue): "moved(\(actor))" + (issue.map { ".\($0)" } ?? "")
        case .drift(let date): "drift(\(date))"
        case .nash(let issue): "settle.\(issue)"
        case .dealWidth(let issue): "settle.\(issue).width"
        case .packageMargin: "settle.package"
        case .deal(let issue): "deal.\(issue)"
        case .packageDeal: "deal.package"
        }
    }
}
