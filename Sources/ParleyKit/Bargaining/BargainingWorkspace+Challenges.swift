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
        // Targets are weighed two at a time; each one's third parties are still summed in
        // index order, exactly as a one-at-a-time loop would.
        let candidates = scratch.candidates
        var count = 0
        for j in 0..<n where j != i && isParticipant[j] {
            candidates[count] = j
            count += 1
        }
        let uII = uOfOwn[i]
        var bestGain = Self.minimumGain
        var best = -1
        var bestChance = 0.0
        var index = 0
        while index < count {
            let pair = (candidates[index], candidates[min(index + 1, count - 1)])
            let chances = chancesOfPrevailing(challenger: i, targets: pair.0, pair.1, scratch: scratch)
            for lane in 0..<min(2, count - index) {
                let j = lane == 0 ? pair.0 : pair.1
                let p = lane == 0 ? chances.0 : chances.1
                let uIJ = SpatialUtility.utility(distance: distance[i * n + j], risk: risk[i])
                let sigma = salienceTotal[j]
                let gain = (1 - sigma) * 2 * uII + sigma * (p * 2 * uII + (1 - p) * 2 * uIJ) - (uII + uIJ)
                if gain > bestGain {
                    bestGain = gain
                    best = j
                    bestChance = p
                }
            }
            index += 2
        }
        target[i] = best
        challengerChance[i] = bestChance
        expectedGain[i] = best >= 0 ? bestGain : 0
    }

    /// `p` for `i`'s challenge of each of two targets `j0`, `j1` (which may be the same actor
    /// twice): the principals' votes, then every third party's semi-committed vote, in index
    /// order. The two targets' sums are independent chains written side by side, which the
    /// optimiser can run in the two lanes of a vector register.
    private func chancesOfPrevailing(
        challenger i: Int, targets j0: Int, _ j1: Int, scratch: WorkerScratch
    ) -> (Double, Double) {
        let n = actorCount
        let risk = scratch.risk
        let uOfI = scratch.utilityOfChallenger
        let uOfOwn = scratch.utilityOfOwn
        let uII = uOfOwn[i]
        let weightI = salienceTotal[i] * capability[i]
        // The principals' own votes: i for its stance, j for its own.
        let a0 = weightI * (uII - SpatialUtility.utility(distance: distance[i * n + j0], risk: risk[i]))
        let a1 = weightI * (uII - SpatialUtility.utility(distance: distance[i * n + j1], risk: risk[i]))
        let b0 = salienceTotal[j0] * capability[j0] * (uOfI[j0] - uOfOwn[j0])
        let b1 = salienceTotal[j1] * capability[j1] * (uOfI[j1] - uOfOwn[j1])
        let principalsForI0 = Self.challengeFloor + Self.positivePart(a0) + Self.positivePart(b0)
        let principalsForJ0 = Self.challengeFloor + Self.positivePart(-a0) + Self.positivePart(-b0)
        let principalsForI1 = Self.challengeFloor + Self.positivePart(a1) + Self.positivePart(b1)
        let principalsForJ1 = Self.challengeFloor + Self.positivePart(-a1) + Self.positivePart(-b1)
        var forI0 = principalsForI0
        var forJ0 = principalsForJ0
        var forI1 = principalsForI1
        var forJ1 = principalsForJ1
        let towardJ0 = distanceByTarget + j0 * n
        let towardJ1 = distanceByTarget + j1 * n
        for k in 0..<n where k != i {
            let w = challengeWeight[k]
            let uKI = uOfI[k]
            let uKK = uOfOwn[k]
            let r = risk[k]
            let vote0 = Self.thirdPartyVote(
                weight: w, forChallenger: uKI, forOwn: uKK, distanceToTarget: towardJ0[k], risk: r,
                principalsForI: principalsForI0, principalsForJ: principalsForJ0)
            let vote1 = Self.thirdPartyVote(
                weight: w, forChallenger: uKI, forOwn: uKK, distanceToTarget: towardJ1[k], risk: r,
                principalsForI: principalsForI1, principalsForJ: principalsForJ1)
            // k is a principal, not a third party, where it is the target: adding zero there is
            // exact, so it equals skipping k.
            let counted0 = k == j0 ? 0 : vote0
            let counted1 = k == j1 ? 0 : vote1
            forI0 += Self.positivePart(counted0)
            forJ0 += Self.positivePart(-counted0)
            forI1 += Self.positivePart(counted1)
            forJ1 += Self.positivePart(-counted1)
        }
        return (forI0 / (forI0 + forJ0), forI1 / (forI1 + forJ1))
    }

    /// Third party `k`'s vote in `i`'s challenge of `j`: positive backs `i`, negative backs `j`.
    ///
    /// `k` guesses how the contest goes from the principals' support and its own leaning, then
    /// compares its expected utility for backing either side under semi-commitment (backing the
    /// winner gives `k`'s own stance a third of the weight).
    @inline(__always)
    private static func thirdPartyVote(
        weight w: Double, forChallenger uKI: Double, forOwn uKK: Double, distanceToTarget dKJ: Double,
        risk: Double, principalsForI: Double, principalsForJ: Double
    ) -> Double {
        let uKJ = (1 - dKJ) * (1 + dKJ * risk)
        let g = w * (uKI - uKJ)
        let leanI = positivePart(g)
        let leanJ = positivePart(-g)
        let q = (principalsForI + leanI) / (principalsForI + leanI + principalsForJ + leanJ)
        let backI = q * (2 * uKI + uKK) + (1 - q) * (3 * uKJ)
        let backJ = q * (3 * uKI) + (1 - q) * (2 * uKJ + uKK)
        return w * (backI - backJ)
    }

    /// `max(x, 0)`, written `(x + |x|)/2` so it compiles without a branch (the sign is
    /// unpredictable). It is exact: `x` itself for `x > 0`, else zero.
    @inline(__always)
    private static func positivePart(_ x: Double) -> Double {
        (x + abs(x)) * 0.5
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
