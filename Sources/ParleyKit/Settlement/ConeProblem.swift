import Foundation

/// The two barrier problems over the issues someone cares about, on the 0–1 scale.
struct ConeProblem {
    /// One acceptance ellipsoid: `Σ_d a_d (p_d − y_d)² ≤ (ρ − z)²`. A red line is the same
    /// shape on one issue (`a` a unit vector, `ρ` the one-issue reach) with no Nash weight.
    struct Cone {
        var weights: [Double]
        var ideal: [Double]
        var reach: Double
        var nashWeight: Double
        var isRedLine = false
    }

    /// Issues (indices into the package) at least one signatory cares about; the rest are free.
    let dimensions: [Int]
    let issueCount: Int
    // The cones, one per signatory who cares about some issue in the package (the indifferent
    // sign anything) and one per red line, laid out flat: the searches read them thousands of
    // times, and a cone of its own arrays cost more to build and copy than to use.
    /// Row-major cones × dimensions: each cone's `a`, and its ideal `y`.
    var weights: [Double] = []
    var ideals: [Double] = []
    var reaches: [Double] = []
    var nashWeights: [Double] = []
    var isRedLine: [Bool] = []

    var coneCount: Int { reaches.count }

    /// The cones one by one (for tests and reports; the searches read the flat arrays).
    var cones: [Cone] {
        let d = dimensions.count
        return reaches.indices.map { i in
            Cone(weights: Array(weights[(i * d)..<(i * d + d)]), ideal: Array(ideals[(i * d)..<(i * d + d)]), reach: reaches[i],
                 nashWeight: nashWeights[i], isRedLine: isRedLine[i])
        }
    }

    /// No cones yet; ``append(_:)`` or the flat arrays add them.
    init(dimensions: [Int], issueCount: Int) {
        self.dimensions = dimensions
        self.issueCount = issueCount
    }

    /// Room for `count` cones in every flat array, so building one grows none.
    mutating func reserve(cones count: Int) {
        weights.reserveCapacity(count * dimensions.count)
        ideals.reserveCapacity(count * dimensions.count)
        reaches.reserveCapacity(count)
        nashWeights.reserveCapacity(count)
        isRedLine.reserveCapacity(count)
    }

    mutating func append(_ cone: Cone) {
        weights += cone.weights
        ideals += cone.ideal
        reaches.append(cone.reach)
        nashWeights.append(cone.nashWeight)
        isRedLine.append(cone.isRedLine)
    }

    init(signatories: [Signatory], issueCount: Int, redLines: Bool = true) {
        self.issueCount = issueCount
        var caredFor = [Bool](filling: false, count: issueCount)
        for signatory in signatories {
            for d in 0..<issueCount where signatory.saliences[d] > 0 { caredFor[d] = true }
        }
        let kept = (0..<issueCount).filter { caredFor[$0] }
        dimensions = kept
        let totalWeight = signatories.reduce(0) { $0 + $1.weight }
        for signatory in signatories {
            let squares = signatory.saliences.reduce(0) { $0 + $1 * $1 }
            guard squares > 0 else { continue }
            let ideal = kept.map { signatory.ideal[$0] / 100 }
            append(Cone(weights: kept.map { signatory.saliences[$0] * signatory.saliences[$0] / squares }, ideal: ideal,
                        reach: signatory.reach,
                        nashWeight: totalWeight > 0 ? signatory.weight / totalWeight : 1 / Double(signatories.count)))
            for d in 0..<issueCount where redLines && signatory.redLines[d] && signatory.saliences[d] > 0 {
                append(Cone(weights: kept.map { $0 == d ? 1 : 0 }, ideal: ideal, reach: signatory.issueReach(d), nashWeight: 0,
                            isRedLine: true))
            }
        }
    }

    /// Points per package issue from a solution over ``dimensions``; free issues keep no deal.
    func fill(_ solution: [Double], noDeal: [Double]) -> [Double] {
        var result = noDeal
        for (k, d) in dimensions.enumerated() { result[d] = min(100, max(0, 100 * solution[k])) }
        return result
    }

    /// The Nash-weighted mean of the ideals: inside the box, a sensible place to start.
    func startingPoint(noDeal: [Double]) -> [Double] {
        let d = dimensions.count
        return dimensions.indices.map { k in
            var weighted = 0.0
            for i in 0..<coneCount { weighted += nashWeights[i] * weights[i * d + k] }
            guard weighted > 0 else { return noDeal[dimensions[k]] }
            var sum = 0.0
            for i in 0..<coneCount { sum += nashWeights[i] * weights[i * d + k] * ideals[i * d + k] }
            return sum / weighted
        }
    }

    /// Cone `i`'s distance `√(Σ_k a_k (p_k − y_k)²)` from its ideal to `p` (its first
    /// ``dimensions`` entries).
    func distance(_ i: Int, _ p: [Double]) -> Double {
        let d = dimensions.count
        var sum = 0.0
        for k in 0..<d {
            let gap = p[k] - ideals[i * d + k]
            sum += weights[i * d + k] * gap * gap
        }
        return sum.squareRoot()
    }

    /// The sign of the maximin `t*` when a cheap exact test settles it, else nil.
    ///
    /// Projected on one issue `k`, cone `i` confines `p_k` to `y_ik ± (ρ_i − t)/√a_ik`; two such
    /// intervals meet only while `t ≤ (y_jk − y_ik + ρ_i/√a_ik + ρ_j/√a_jk) / (1/√a_ik + 1/√a_jk)`,
    /// so a pair whose bound is negative proves `t* < 0`, no deal (two red lines on one issue are
    /// the common case). A point strictly inside every acceptance set proves `t* > 0`, a deal:
    /// each candidate is brought inside the projected intervals, then moved toward the centre
    /// of the set it falls furthest outside, a few times. Both tests keep a margin of
    /// ``certaintyMargin``, so only a case the barrier decides the same way is decided here.
    func certifiedSign(candidates: [[Double]]) -> Bool? {
        let margin = Self.certaintyMargin
        // The projected intervals' intersection at t = 0, per issue.
        let d = dimensions.count
        var low = [Double](filling: 0, count: d), high = [Double](filling: 1, count: d)
        for k in 0..<d {
            for i in 0..<coneCount where weights[i * d + k] > 0 {
                let scaleI = 1 / weights[i * d + k].squareRoot()
                let idealI = ideals[i * d + k], reachI = reaches[i] * scaleI
                low[k] = max(low[k], idealI - reachI)
                high[k] = min(high[k], idealI + reachI)
                // i's lower end against j's upper end (i = j gives t ≤ ρ_i).
                for j in 0..<coneCount where weights[j * d + k] > 0 {
                    let scaleJ = 1 / weights[j * d + k].squareRoot()
                    let bound = (ideals[j * d + k] - idealI + reachI + reaches[j] * scaleJ) / (scaleI + scaleJ)
                    if bound < -margin { return false }
                }
            }
        }
        for candidate in candidates where strictlyAcceptable(from: candidate, low: low, high: high) { return true }
        return nil
    }

    /// The least of the pair bounds on `t*` over every issue (an upper bound on the margin).
    func marginAtMost() -> Double {
        let d = dimensions.count
        var least = Double.infinity
        for k in 0..<d {
            for i in 0..<coneCount where weights[i * d + k] > 0 {
                let scaleI = 1 / weights[i * d + k].squareRoot()
                for j in 0..<coneCount where weights[j * d + k] > 0 {
                    let scaleJ = 1 / weights[j * d + k].squareRoot()
                    least = min(least, (ideals[j * d + k] - ideals[i * d + k] + reaches[i] * scaleI + reaches[j] * scaleJ)
                                / (scaleI + scaleJ))
                }
            }
        }
        return least
    }

    /// Whether a point strictly inside every acceptance set is found from `start` (see
    /// ``certifiedSign(candidates:)``); `low…high` per issue bounds where one can lie.
    private func strictlyAcceptable(from start: [Double], low: [Double], high: [Double]) -> Bool {
        let margin = Self.certaintyMargin
        var point = start
        func clampInside() {
            for k in point.indices {
                let inset = (high[k] - low[k]) / 8
                point[k] = min(max(point[k], low[k] + inset), high[k] - inset)
            }
        }
        clampInside()
        for _ in 0..<Self.feasibilitySteps {
            var worst = 0, worstSlack = Double.infinity
            for i in 0..<coneCount {
                let slack = reaches[i] - distance(i, point)
                if slack < worstSlack { (worst, worstSlack) = (i, slack) }
            }
            if worstSlack > margin { return true }
            // Toward the centre of the worst set until a quarter of its reach lies beyond.
            let away = distance(worst, point)
            guard reaches[worst] > 0, away > 0 else { return false }
            let keep = 0.75 * reaches[worst] / away
            let d = dimensions.count
            for k in point.indices { point[k] = ideals[worst * d + k] + keep * (point[k] - ideals[worst * d + k]) }
            clampInside()
        }
        return false
    }

    /// How many moves ``strictlyAcceptable(from:low:high:)`` makes before leaving it to the barrier.
    static let feasibilitySteps = 24

    /// How clearly (0–1 distance units) a cheap test must settle the sign before it is trusted.
    static let certaintyMargin = 1e-9

    /// Problem 1: the largest `t` every signatory gains at once, its point, and the bound.
    ///
    /// With `decideSign`, it stops once `t` is known to be positive or negative: the centred `t`
    /// is a lower bound on `t*` and `t + 2n/τ` an upper one.
    func maximin(from start: [Double], decideSign: Bool = false) -> (point: [Double], margin: Double, bound: Double) {
        guard coneCount > 0 else { return (start, 1, 0) }
        let slack = (0..<coneCount).map { reaches[$0] - distance($0, start) }.min()!
        var x = start + [slack - 1]
        let t = start.count
        let bound = minimise(&x, extra: 1, link: { _ in t },
                             objective: { x in -x[t] },
                             objectiveDerivatives: { _, gradient, _ in gradient[t] -= 1 },
                             settled: decideSign ? { x, bound in x[t] > 0 || x[t] + bound < 0 } : { _, _ in false })
        let point = x[..<start.count].map { min(1, max(0, $0)) }
        // The exact maximin of the clipped point: clipping to 0–1 brings every ideal closer.
        let margin = (0..<coneCount).map { reaches[$0] - distance($0, point) }.min()!
        return (point, margin, bound)
    }

    /// Problem 2: the weighted Nash package, started from a strictly acceptable point. Each
    /// signatory's whole-package surplus is a variable; a red line only constrains the point.
    func nashPackage(from start: [Double]) -> (point: [Double], bound: Double) {
        let d = start.count
        var slot: [Int?] = []
        var signing: [Int] = []
        for i in 0..<coneCount {
            slot.append(isRedLine[i] ? nil : d + signing.count)
            if !isRedLine[i] { signing.append(i) }
        }
        var x = start + signing.map { (reaches[$0] - distance($0, start)) / 2 }
        let bound = minimise(&x, extra: signing.count, link: { slot[$0] },
                             objective: { x in
                                 var value = 0.0
                                 for (k, i) in signing.enumerated() {
                                     guard x[d + k] > 0 else { return .infinity }
                                     value -= nashWeights[i] * Foundation.log(x[d + k])
                                 }
                                 return value
                             },
                             objectiveDerivatives: { x, gradient, hessian in
                                 let size = d + signing.count
                                 for (k, i) in signing.enumerated() {
                                     let s = x[d + k]
                                     gradient[d + k] -= nashWeights[i] / s
                                     hessian[(d + k) * size + d + k] += nashWeights[i] / (s * s)
                                 }
                             })
        return (x[..<d].map { min(1, max(0, $0)) }, bound)
    }

    /// The barrier method: minimises `τ·f(x) − Σ_i log(u_i² − q_i(p))` for growing `τ`, where
    /// `u_i = ρ_i − x[link(i)]` (`ρ_i` when the link is nil). Returns the proven bound `2n/τ`
    /// on `f(x) − f*`.
    private func minimise(
        _ x: inout [Double], extra: Int, link: (Int) -> Int?,
        objective: ([Double]) -> Double,
        objectiveDerivatives: ([Double], inout [Double], inout [Double]) -> Void,
        settled: ([Double], Double) -> Bool = { _, _ in false }
    ) -> Double {
        let d = dimensions.count
        let size = d + extra
        let barrierParameter = 2.0 * Double(coneCount)
        // The work arrays are made once: the loops below run a few thousand times.
        let count = coneCount
        let links = (0..<count).map { link($0) ?? -1 }
        var system = NewtonSystem(size: size)
        var gradient = system.gradient, hessian = system.hessian
        system.gradient = []
        system.hessian = []
        var direction = [Double](filling: 0, count: size)
        var trial = x
        var tau = 1.0
        func value(_ x: [Double]) -> Double {
            var total = tau * objective(x)
            for i in 0..<count {
                let u = reaches[i] - (links[i] >= 0 ? x[links[i]] : 0)
                let q = distance(i, x)
                let g = u * u - q * q
                guard u > 0, g > 0, total.isFinite else { return .infinity }
                total -= Foundation.log(g)
            }
            return total
        }
        while true {
            for _ in 0..<200 {
                // Zeroed in place; the system shares them only for the step.
                for k in 0..<size { gradient[k] = 0 }
                for k in 0..<(size * size) { hessian[k] = 0 }
                objectiveDerivatives(x, &gradient, &hessian)
                for k in 0..<size { gradient[k] *= tau }
                for k in 0..<(size * size) { hessian[k] *= tau }
                gradient.withUnsafeMutableBufferPointer { gradient in
                    hessian.withUnsafeMutableBufferPointer { hessian in
                        direction.withUnsafeMutableBufferPointer { direction in
                            for i in 0..<count {
                                let z = links[i]
                                let u = reaches[i] - (z >= 0 ? x[z] : 0)
                                let q = distance(i, x)
                                let g = u * u - q * q
                                // ∇g over p and z; φ = −log g has ∇φ = −∇g/g, ∇²φ = ∇g∇gᵀ/g² − ∇²g/g.
                                for k in 0..<size { direction[k] = 0 }
                                for k in 0..<d { direction[k] = -2 * weights[i * d + k] * (x[k] - ideals[i * d + k]) }
                                if z >= 0 { direction[z] = -2 * u }
                                for j in 0..<size where direction[j] != 0 {
                                    gradient[j] -= direction[j] / g
                                    for k in 0..<size where direction[k] != 0 {
                                        hessian[j * size + k] += direction[j] * direction[k] / (g * g)
                                    }
                                }
                                for k in 0..<d { hessian[k * size + k] += 2 * weights[i * d + k] / g }
                                if z >= 0 { hessian[z * size + z] -= 2 / g }
                            }
                        }
                    }
                }
                system.gradient = gradient
                system.hessian = hessian
                var step = system.step()
                if step == nil {
                    for k in 0..<size { system.hessian[k * size + k] += 1e-12 * max(1, abs(hessian[k * size + k])) }
                    step = system.step()
                }
                // Let go of the system's share, so the next pass writes these in place.
                system.gradient = []
                system.hessian = []
                guard let step else { break }
                let decrease = zip(gradient, step).reduce(0) { $0 + $1.0 * $1.1 }
                if -decrease / 2 < 1e-14 { break }
                let current = value(x)
                var alpha = 1.0
                var moved = false
                for _ in 0..<80 {
                    for k in 0..<size { trial[k] = x[k] + alpha * step[k] }
                    let trialValue = value(trial)
                    if trialValue.isFinite, trialValue <= current + 0.25 * alpha * decrease {
                        swap(&x, &trial)
                        moved = true
                        break
                    }
                    alpha /= 2
                }
                if !moved { break }
            }
            let bound = barrierParameter / tau
            if bound < PackageSearch.tolerance || settled(x, bound) { return bound }
            tau *= 16
        }
    }
}
