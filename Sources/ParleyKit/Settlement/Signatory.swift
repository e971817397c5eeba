/// One party whose signature a settlement needs, as the deal-space model sees it.
///
///     Signatory(actor: "RU", ideal: [92], saliences: [0.25], expectedNoDeal: [75], cost: 4, weight: 90)
///
/// Points are on the issues' 0–100 scales. `ideal` is where the actor judges outcomes from (the
/// SMP core's ideal point), `expectedNoDeal` what it expects the no-deal outcome to become over
/// the horizon if nobody signs, and `cost` what continuing costs it, as a distance in points:
/// it would accept an outcome up to `cost` points further from its ideal than the no-deal
/// outcome it expects, to stop paying for the war (Fearon 1995). `weight` is its Nash
/// bargaining weight.
public struct Signatory: Sendable, Hashable {
    public var actor: String
    public var ideal: [Double]
    public var saliences: [Double]
    public var expectedNoDeal: [Double]
    public var cost: Double
    public var weight: Double
    /// Per issue, whether it is a red line: inside a package the signatory still refuses any
    /// point on it that it would refuse on that issue alone (`|y_d − p_d| ≤ |y_d − e_d| + c`).
    public var redLines: [Bool]

    public init(actor: String, ideal: [Double], saliences: [Double], expectedNoDeal: [Double], cost: Double, weight: Double,
                redLines: [Bool]? = nil) {
        precondition(ideal.count == saliences.count && ideal.count == expectedNoDeal.count, "signatory shape")
        precondition(redLines == nil || redLines!.count == ideal.count, "signatory red lines shape")
        self.redLines = redLines ?? Array(filling: false, count: ideal.count)
        self.actor = actor
        self.ideal = ideal
        self.saliences = saliences
        self.expectedNoDeal = expectedNoDeal
        self.cost = cost
        self.weight = weight
    }

    /// The SMP core's salience-weighted distance from the ideal to `point`, 0–1 (points / 100).
    public func distance(to point: [Double]) -> Double {
        let ideal01 = ideal.map { $0 / 100 }
        let point01 = point.map { $0 / 100 }
        let squares = saliences.reduce(0) { $0 + $1 * $1 }
        return ideal01.withUnsafeBufferPointer { y in
            saliences.withUnsafeBufferPointer { s in
                point01.withUnsafeBufferPointer { p in
                    SpatialUtility.distance(ideal: y.baseAddress!, saliences: s.baseAddress!, salienceSquareSum: squares,
                                            to: p.baseAddress!, issues: ideal.count)
                }
            }
        }
    }

    /// The SMP core's utility of `point`, risk-neutral: `1 − δ`.
    public func utility(of point: [Double]) -> Double {
        SpatialUtility.utility(distance: distance(to: point), risk: 0)
    }

    /// The utility of walking away: the expected no-deal outcome, less the cost of continuing.
    public var reservation: Double {
        utility(of: expectedNoDeal) - cost / 100
    }

    /// How far from its ideal (0–1) an outcome may lie and still beat no deal: `δ(e) + c`.
    public var reach: Double {
        distance(to: expectedNoDeal) + cost / 100
    }

    /// What `point` gains it over walking away (0–1 utility); negative when it prefers no deal.
    public func surplus(at point: [Double]) -> Double {
        utility(of: point) - reservation
    }

    /// How far (0–1) issue `d` alone may lie from its ideal and still beat no deal on it.
    public func issueReach(_ d: Int) -> Double {
        abs(ideal[d] - expectedNoDeal[d]) / 100 + cost / 100
    }

    /// The least slack (0–1) its red lines leave at `point`: negative when one is crossed;
    /// nil when it holds none among these issues.
    public func redLineSlack(at point: [Double]) -> Double? {
        let slacks = ideal.indices.filter { redLines[$0] && saliences[$0] > 0 }
            .map { issueReach($0) - abs(ideal[$0] - point[$0]) / 100 }
        return slacks.min()
    }

    /// Whether it signs `point`: the outcome is worth at least its expected no-deal outcome,
    /// and crosses none of its red lines.
    public func accepts(_ point: [Double], tolerance: Double = 1e-12) -> Bool {
        surplus(at: point) >= -tolerance && (redLineSlack(at: point) ?? 0) >= -tolerance
    }
}
