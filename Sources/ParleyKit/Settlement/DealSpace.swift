/// The deal-space model on one issue: exact, in closed form, with the Nash point by bisection.
///
///     let ru = Signatory(actor: "RU", ideal: [92], saliences: [0.25], expectedNoDeal: [75], cost: 4, weight: 90)
///     let ua = Signatory(actor: "UA", ideal: [5], saliences: [0.2], expectedNoDeal: [45], cost: 8, weight: 40)
///     DealSpace.settle(issue: "territory", noDeal: 60, signatories: [ru, ua]).hasDeal   // false
///
/// Signatory `i` signs `p` when `u_i(p) ≥ u_i(e_i) − c_i` with the SMP core's risk-neutral
/// utility `u = 1 − δ`; on one issue `δ_i(p) = |x_i − p|`, so the acceptance set is the interval
/// of half-width `ρ_i = |x_i − e_i| + c_i` around `x_i`. The deal space is the intersection.
/// The Nash point maximises `Σ w_i log(ρ_i − |x_i − p|)`, a concave function, so bisection on
/// its right derivative finds it to within one part in 2⁶⁰ of the deal space's width.
/// Signatories are taken in id order, so the result does not depend on the order given.
public enum DealSpace {
    /// Bisection steps: each halves the interval known to hold the Nash point.
    static let bisectionSteps = 60

    public static func settle(issue: String, noDeal: Double, signatories given: [Signatory]) -> IssueSettlement {
        let signatories = given.sorted { $0.actor < $1.actor }
        let ranges = signatories.map(range)
        guard !ranges.isEmpty else {
            return IssueSettlement(issue: issue, noDeal: noDeal, signatories: [], ranges: [],
                                   outcome: .deal(lower: 0, upper: 100, nash: noDeal))
        }
        let floor = ranges.map(\.lower).max()!
        let ceiling = ranges.map(\.upper).min()!
        let outcome: IssueSettlement.Outcome
        if floor > ceiling {
            outcome = .gap(points: floor - ceiling,
                           floor: ranges.filter { $0.lower == floor }.map(\.actor),
                           ceiling: ranges.filter { $0.upper == ceiling }.map(\.actor))
        } else {
            outcome = .deal(lower: floor, upper: ceiling, nash: nashPoint(signatories, lower: floor, upper: ceiling))
        }
        return IssueSettlement(issue: issue, noDeal: noDeal, signatories: signatories, ranges: ranges, outcome: outcome)
    }

    /// A signatory's acceptance interval on a one-issue question. An actor with no salience on
    /// the issue is indifferent to it (the SMP distance is 0 everywhere) and signs anything.
    public static func range(_ signatory: Signatory) -> AcceptanceRange {
        guard signatory.saliences[0] > 0 else { return AcceptanceRange(actor: signatory.actor, lower: 0, upper: 100) }
        let reach = halfWidth(signatory)
        return AcceptanceRange(actor: signatory.actor, lower: max(0, signatory.ideal[0] - reach),
                               upper: min(100, signatory.ideal[0] + reach))
    }

    /// `ρ = |x − e| + c`, in points.
    static func halfWidth(_ signatory: Signatory) -> Double {
        abs(signatory.ideal[0] - signatory.expectedNoDeal[0]) + max(0, signatory.cost)
    }

    /// The weighted Nash point in `lower…upper` (a non-empty deal space).
    static func nashPoint(_ signatories: [Signatory], lower: Double, upper: Double) -> Double {
        guard upper > lower else { return lower }
        let total = signatories.reduce(0) { $0 + $1.weight }
        let terms = signatories.filter { $0.saliences[0] > 0 }.map {
            (ideal: $0.ideal[0], reach: halfWidth($0), weight: total > 0 ? $0.weight / total : 1)
        }
        guard !terms.isEmpty else { return (lower + upper) / 2 }
        // Right derivative of Σ w log(ρ − |x − p|); it falls as p rises (the sum is concave).
        func slope(_ p: Double) -> Double {
            terms.reduce(0) { sum, term in
                let slack = term.reach - abs(term.ideal - p)
                return sum + (p >= term.ideal ? -term.weight : term.weight) / slack
            }
        }
        var low = lower, high = upper
        for _ in 0..<bisectionSteps {
            let middle = (low + high) / 2
            guard middle > low, middle < high else { break }
            if slope(middle) > 0 { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }
}
