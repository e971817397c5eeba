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
            outcome = .deal(lower: floor, upper: ceiling, nash: nashPoint(signatories.map(term), lower: floor, upper: ceiling))
        }
        return IssueSettlement(issue: issue, noDeal: noDeal, signatories: signatories, ranges: ranges, outcome: outcome)
    }

    /// One signatory on a one-issue question, reduced to what the closed form needs.
    struct Term {
        var ideal: Double
        /// `ρ = |x − e| + c`, in points.
        var reach: Double
        /// Its Nash weight before normalising.
        var weight: Double
        /// Whether it has salience on the issue; one without signs anything.
        var cares: Bool

        init(ideal: Double, expectedNoDeal: Double, cost: Double, weight: Double, cares: Bool) {
            self.ideal = ideal
            reach = abs(ideal - expectedNoDeal) + max(0, cost)
            self.weight = weight
            self.cares = cares
        }

        var lower: Double { cares ? max(0, ideal - reach) : 0 }
        var upper: Double { cares ? min(100, ideal + reach) : 100 }
    }

    static func term(_ signatory: Signatory) -> Term {
        Term(ideal: signatory.ideal[0], expectedNoDeal: signatory.expectedNoDeal[0], cost: signatory.cost,
             weight: signatory.weight, cares: signatory.saliences[0] > 0)
    }

    /// A signatory's acceptance interval on a one-issue question. An actor with no salience on
    /// the issue is indifferent to it (the SMP distance is 0 everywhere) and signs anything.
    public static func range(_ signatory: Signatory) -> AcceptanceRange {
        let term = term(signatory)
        return AcceptanceRange(actor: signatory.actor, lower: term.lower, upper: term.upper)
    }

    /// The Nash point of signatories in id order, or nil when their ranges do not meet: what
    /// ``settle(issue:noDeal:signatories:)`` finds, without building its report.
    static func nash(_ terms: [Term]) -> Double? {
        var floor = -Double.infinity, ceiling = Double.infinity
        for term in terms {
            floor = max(floor, term.lower)
            ceiling = min(ceiling, term.upper)
        }
        return floor > ceiling ? nil : nashPoint(terms, lower: floor, upper: ceiling)
    }

    /// The weighted Nash point in `lower…upper` (a non-empty deal space).
    static func nashPoint(_ signatories: [Term], lower: Double, upper: Double) -> Double {
        let (low, high) = nashBracket(signatories, lower: lower, upper: upper) { _, _ in false }
        return (low + high) / 2
    }

    /// The band of `bands` (the last whose lower end is at most the point, else the first)
    /// holding the Nash point of signatories in id order; nil when their ranges do not meet.
    static func nashBand(_ terms: [Term], bands: [Band]) -> Int? {
        var floor = -Double.infinity, ceiling = Double.infinity
        for term in terms {
            floor = max(floor, term.lower)
            ceiling = min(ceiling, term.upper)
        }
        guard floor <= ceiling else { return nil }
        // Every later bracket, and the point (their midpoint), lies inside this one; once no
        // band starts within it, the band is known.
        let (low, high) = nashBracket(terms, lower: floor, upper: ceiling) { low, high in
            !bands.contains { low < $0.lower && $0.lower <= high }
        }
        let point = (low + high) / 2
        return bands.indices.last { bands[$0].lower <= point } ?? 0
    }

    /// `low…high` holding the Nash point, which is `(low + high) / 2`: the bisection of
    /// ``nashPoint(_:lower:upper:)``, step for step, stopped early once `settled(low, high)`.
    static func nashBracket(_ signatories: [Term], lower: Double, upper: Double,
                            settled: (Double, Double) -> Bool) -> (low: Double, high: Double) {
        guard upper > lower else { return (lower, lower) }
        guard signatories.contains(where: \.cares) else { return ((lower + upper) / 2, (lower + upper) / 2) }
        var total = 0.0
        for signatory in signatories { total += signatory.weight }
        return withUnsafeTemporaryAllocation(of: (ideal: Double, reach: Double, weight: Double).self,
                                             capacity: signatories.count) { caring in
            // Normalised weights once, not per step: the same quotients.
            var count = 0
            for term in signatories where term.cares {
                caring[count] = (term.ideal, term.reach, total > 0 ? term.weight / total : 1)
                count += 1
            }
            // Right derivative of Σ w log(ρ − |x − p|); it falls as p rises (the sum is concave).
            func slope(_ p: Double) -> Double {
                var sum = 0.0
                for k in 0..<count {
                    let term = caring[k]
                    let slack = term.reach - abs(term.ideal - p)
                    sum += (p >= term.ideal ? -term.weight : term.weight) / slack
                }
                return sum
            }
            var low = lower, high = upper
            for _ in 0..<bisectionSteps {
                if settled(low, high) { break }
                let middle = (low + high) / 2
                guard middle > low, middle < high else { break }
                if slope(middle) > 0 { low = middle } else { high = middle }
            }
            return (low, high)
        }
    }
}
