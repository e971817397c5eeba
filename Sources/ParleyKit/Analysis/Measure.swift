/// A number read off a scenario: the one language `expect`, `simulate` and the analyses share.
///
///     let measure = try MeasureParser.parse("gap(RU,UA).ceasefire")
///     try measure.resolved(in: world.seeds).value(in: MeasureScope(world: world, baseline: start, scenario: now))
///
/// Forms: `ACTOR.ISSUE` (a position), `forecast.ISSUE` or `consensus.ISSUE` (the coalition
/// consensus), `gap(A,B).ISSUE` (the distance between two positions, as the event formulas'
/// `gap`), `moved(A)` or `moved(A).ISSUE` (how far an actor moved since the start, summed over
/// issues or on one), `drift(DATE)` (the mean distance of every stance from a snapshot).
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

    public var description: String {
        switch self {
        case .position(let actor, let issue): "\(actor).\(issue)"
        case .consensus(let issue): "forecast.\(issue)"
        case .gap(let a, let b, let issue): "gap(\(a),\(b)).\(issue)"
        case .moved(let actor, let issue): "moved(\(actor))" + (issue.map { ".\($0)" } ?? "")
        case .drift(let date): "drift(\(date))"
        }
    }
}
