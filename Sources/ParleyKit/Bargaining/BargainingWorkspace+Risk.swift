/// Step 1 of a turn: how likely each stance is to prevail, and the risk attitudes that follow.
extension BargainingWorkspace {
    /// Runs the risk-neutral election over all `n` stances (duplicates kept, every actor voting
    /// with its capability), then sets `R_i = (3P_i − P_max − 2P_min) / (2(P_max − P_min))`.
    ///
    /// When every stance is equally likely (`P_max = P_min`, e.g. all actors at one point)
    /// the formula is 0/0; there is then no "likelier" stance to be confident about, so every
    /// actor is taken as risk-neutral, `R = 0`. That keeps a consensus a fixed point.
    func assessRisk() {
        let n = actorCount
        let support = workerScratch[0].queueSupport
        forEachActor(.riskSupport)
        CondorcetElection.productsOfPairwiseChances(options: n, support: support, into: prevailing)
        var highest = prevailing[0]
        var lowest = prevailing[0]
        for i in 1..<max(1, n) {
            highest = max(highest, prevailing[i])
            lowest = min(lowest, prevailing[i])
        }
        let spread = highest - lowest
        for i in 0..<n {
            riskAttitude[i] = spread > 0 ? (3 * prevailing[i] - highest - 2 * lowest) / (2 * spread) : 0
        }
    }

    /// Row `a` of the risk election's support matrix.
    func riskSupportRow(_ a: Int) {
        CondorcetElection.accumulateSupport(
            options: actorCount, for: a..<(a + 1), voters: actorCount,
            utilities: neutralUtility, weights: capability, support: workerScratch[0].queueSupport)
    }
}
