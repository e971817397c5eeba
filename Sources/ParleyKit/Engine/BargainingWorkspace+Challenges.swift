/// Steps 2 and 3 of a turn: each participant picks whom to challenge, and the bargain it offers.
extension BargainingWorkspace {
    /// Smallest expected gain worth a challenge.
    static let minimumGain = 1e-5
    /// Support floor for each side of a challenge, before third parties join.
    static let challengeFloor = 1e-10
    /// Keeps a bargain defined when neither side cares about an issue.
    static let bargainFloor = 1e-6

    /// For every participant `i`, in `i`'s own view, weighs a challenge against every other
    /// participant `j` and keeps the one with the largest expected gain (`O(n)` per pair, so
    /// `O(n³)` per turn), then forms the bargain.
    func makeChallenges() {
        forEachActor(.challenges)
    }

    /// Challenger `i`'s share of ``makeChallenges()``.
    func challengeRow(_ i: Int, worker: Int) {
        target[i] = -1
        guard isParticipant[i] else { return }
        chooseTarget(for: i, scratch: workerScratch[worker])
        if target[i] >= 0 { formBargain(challenger: i) }
    }

    /// Finds `i`'s best challenge; writes `target`, `challengerChance` and `expectedGain`.
    private func chooseTarget(for i: Int, scratch: WorkerScratch) {
        let n = actorCount
        let risk = scratch.risk
        let uOfI = scratch.utilityOfChallenger
        let uOfOwn = scratch.utilityOfOwn
        // i's estimate of every actor's risk attitude, and what i's and each actor's own stance
        // are worth to that actor: r^i_k, U^i(k,i), U^i(k,k).
        let riskOfI = riskAttitude[i]
        for k in 0..<n {
            let r = (2 * riskOfI + riskAttitude[k]) / 3
            risk[k] = r
            uOfI[k] = SpatialUtility.utility(distance: distance[k * n + i], risk: r)
            uOfOwn[k] = SpatialUtility.utility(distance: distance[k * n + k], risk: r)
        }
        let uII = uOfOwn[i]
        let weightI = salienceTotal[i] * capability[i]
        var bestGain = Self.minimumGain
        var best = -1
        var bestChance = 0.0
        for j in 0..<n where j != i && isParticipant[j] {
            let uIJ = SpatialUtility.utility(distance: distance[i * n + j], risk: risk[i])
            let uJI = uOfI[j]
            let uJJ = uOfOwn[j]
            // The principals' own votes: i for its stance, j for its own.
            let a = weightI * (uII - uIJ)
            let b = salienceTotal[j] * capability[j] * (uJI - uJJ)
            var forI = Self.challengeFloor + max(a, 0) + max(b, 0)
            var forJ = Self.challengeFloor + max(-a, 0) + max(-b, 0)
            let principalsForI = forI
            let principalsForJ = forJ
            let towardJ = distanceByTarget + j * n
            for k in 0..<n where k != i && k != j {
                let w = challengeWeight[k]
                let uKI = uOfI[k]
                let uKK = uOfOwn[k]
                let dKJ = towardJ[k]
                let uKJ = (1 - dKJ) * (1 + dKJ * risk[k])
                let g = w * (uKI - uKJ)
                // max(g, 0) and max(−g, 0), written so they compile without branches (the sign
                // is unpredictable); both are exact, so results are unchanged.
                let leanI = (g + abs(g)) * 0.5
                let leanJ = (abs(g) - g) * 0.5
                // k's guess at how the contest goes, then its expected utility for backing
                // either side under semi-commitment (the winner moves to its stance, a third
                // of the way toward k's own if k backed it).
                let q = (principalsForI + leanI) / (principalsForI + leanI + principalsForJ + leanJ)
                let backI = q * (2 * uKI + uKK) + (1 - q) * (3 * uKJ)
                let backJ = q * (3 * uKI) + (1 - q) * (2 * uKJ + uKK)
                let vote = w * (backI - backJ)
                forI += (vote + abs(vote)) * 0.5
                forJ += (abs(vote) - vote) * 0.5
            }
            let p = forI / (forI + forJ)
            let sigma = salienceTotal[j]
            let gain = (1 - sigma) * 2 * uII + sigma * (p * 2 * uII + (1 - p) * 2 * uIJ) - (uII + uIJ)
            if gain > bestGain {
                bestGain = gain
                best = j
                bestChance = p
            }
        }
        target[i] = best
        challengerChance[i] = bestChance
        expectedGain[i] = best >= 0 ? bestGain : 0
    }

    /// The compromise of `i`'s challenge, issue by issue, each side weighted by how much it
    /// cares (`s²`) and how likely it is to prevail (`p²`), rounded to 4 decimals.
    private func formBargain(challenger i: Int) {
        let d = issueCount
        let j = target[i]
        let p = challengerChance[i]
        let ownSide = bargainSides + i * 2 * d
        let targetSide = ownSide + d
        for k in 0..<d {
            let si = salience[i * d + k]
            let sj = salience[j * d + k]
            let alpha = si * si * (p * p)
            let beta = sj * sj * ((1 - p) * (1 - p))
            let xi = position[i * d + k]
            let xj = position[j * d + k]
            let total = alpha + beta + Self.bargainFloor
            ownSide[k] = SpatialUtility.roundToFourDecimals(((alpha + Self.bargainFloor) * xi + beta * xj) / total)
            targetSide[k] = SpatialUtility.roundToFourDecimals((alpha * xi + (beta + Self.bargainFloor) * xj) / total)
        }
    }
}
