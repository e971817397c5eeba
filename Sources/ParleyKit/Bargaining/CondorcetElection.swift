/// Probabilistic Condorcet election (PCE): each option's chance of prevailing over all others.
///
/// For every pair of options, each voter backs the one it prefers with its weight times the
/// utility gap; the pair's contest is decided in proportion to that support, and an option's
/// chance is the product of its pairwise chances, normalised. Works on caller-owned buffers so
/// the turn loop never allocates.
enum CondorcetElection {
    /// Support floor added to every contest so that an unopposed pair stays a coin toss.
    static let supportFloor = 1e-8

    /// Runs a PCE.
    ///
    /// - Parameters:
    ///   - options: number of options `m`.
    ///   - voters: number of voters.
    ///   - utilities: voter-major `voters × m`; voter `k`'s utility for option `o` is at `k * m + o`.
    ///   - weights: one weight per voter.
    ///   - support: scratch of at least `m × m`, overwritten with the summed pairwise support.
    ///   - probabilities: receives `m` probabilities summing to 1.
    static func run(
        options m: Int, voters: Int,
        utilities: UnsafePointer<Double>, weights: UnsafePointer<Double>,
        support: UnsafeMutablePointer<Double>, probabilities: UnsafeMutablePointer<Double>
    ) {
        accumulateSupport(options: m, for: 0..<m, voters: voters, utilities: utilities, weights: weights, support: support)
        productsOfPairwiseChances(options: m, support: support, into: probabilities)
    }

    /// Fills rows `rows` of the support matrix: `C(a,b) − 1e-8 = Σ_k max(0, w_k (u_k(a) − u_k(b)))`.
    ///
    /// Each cell sums its voters in index order whichever rows a call covers, so splitting the
    /// rows over threads gives bit-identical results.
    static func accumulateSupport(
        options m: Int, for rows: Range<Int>, voters: Int,
        utilities: UnsafePointer<Double>, weights: UnsafePointer<Double>, support: UnsafeMutablePointer<Double>
    ) {
        for a in rows {
            let out = support + a * m
            out.update(repeating: 0, count: m)
            for k in 0..<voters {
                let weight = weights[k]
                let row = utilities + k * m
                let ua = row[a]
                // Independent per b, so this inner loop vectorises.
                for b in 0..<m {
                    let vote = weight * (ua - row[b])
                    out[b] += vote > 0 ? vote : 0
                }
            }
        }
    }

    /// `P(a) ∝ Π_b pv(a,b)` with `pv(a,b) = C(a,b) / (C(a,b) + C(b,a))`, `pv(a,a) = 1/2`.
    ///
    /// With 250 options the raw product can underflow, so it is kept as mantissa × 2^(600·scale).
    /// Scaling by a power of two is exact, so whenever no scaling is needed the result is
    /// bit-for-bit the plain product, and options with equal chances stay exactly equal.
    static func productsOfPairwiseChances(
        options m: Int, support: UnsafeMutablePointer<Double>, into probabilities: UnsafeMutablePointer<Double>
    ) {
        let big = 0x1p600
        var topScale = Int.min
        // Scales are stashed in the diagonal of `support`, which the products never read.
        for a in 0..<m {
            var product = 1.0
            var scale = 0
            for b in 0..<m {
                let chance: Double
                if a == b {
                    chance = 0.5
                } else {
                    let forA = supportFloor + support[a * m + b]
                    let forB = supportFloor + support[b * m + a]
                    chance = forA / (forA + forB)
                }
                product *= chance
                if product < 0x1p-600 && product > 0 {
                    product *= big
                    scale -= 1
                }
            }
            probabilities[a] = product
            support[a * m + a] = Double(scale)
            topScale = max(topScale, scale)
        }
        var total = 0.0
        for a in 0..<m {
            let drop = topScale - Int(support[a * m + a])
            if drop != 0 {
                // Only reached when some product needed rescaling.
                probabilities[a] = drop > 2 ? 0 : probabilities[a] * Double(sign: .plus, exponent: -600 * drop, significand: 1)
            }
            total += probabilities[a]
        }
        for a in 0..<m { probabilities[a] /= total }
    }
}
