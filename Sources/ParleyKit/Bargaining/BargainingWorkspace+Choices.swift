/// Step 4 of a turn: every actor weighs the bargains that concern it against its status quo.
extension BargainingWorkspace {
    /// Values every offered bargain for every voter, then lets each actor pick from its queue
    /// (status quo first, then the bargains it is party to, by challenger index) with a
    /// capability-weighted election. All actors choose at once, from the same turn's values.
    func chooseBargains() {
        forEachActor(.statusQuoValues)
        forEachActor(.bargainValues)
        forEachActor(.choices)
    }

    /// Actor `k`'s share of ``chooseBargains()``: its queue election and its next position.
    func choiceRow(_ k: Int, worker: Int) {
        let d = issueCount
        choice[k] = -1
        choiceProbability[k] = 1
        chooseFromQueue(actor: k, scratch: workerScratch[worker])
        let chosen = choice[k]
        let source: UnsafeMutablePointer<Double>
        if chosen < 0 {
            source = position + k * d
        } else {
            // The actor moves to its own side: the challenger's side if it challenged.
            source = bargainSides + chosen * 2 * d + (chosen == k ? 0 : d)
        }
        (nextPosition + k * d).update(from: source, count: d)
    }

    /// Voter `a`'s value for the status quo. Values of outcomes are the mean utility, at the
    /// voter's own risk attitude `R_a`, over all actors' stances, with the two parties' stances
    /// replaced by the bargain's sides. The sum runs in actor order with the replacements made
    /// in place (not "total minus two plus two"), so an unchanged bargain ties the status quo
    /// exactly and the status quo, listed first, wins the tie.
    func statusQuoRow(_ a: Int) {
        let n = actorCount
        let r = riskAttitude[a]
        let row = ownUtility + a * n
        var total = 0.0
        for m in 0..<n {
            let u = SpatialUtility.utility(distance: distance[a * n + m], risk: r)
            row[m] = u
            total += u
        }
        statusQuoValue[a] = total / Double(n)
    }

    /// Every voter's value for challenger `i`'s bargain (see ``statusQuoRow(_:)``).
    func bargainValueRow(_ i: Int) {
        let n = actorCount
        let d = issueCount
        let j = target[i]
        guard j >= 0 else { return }
        let ownSide = bargainSides + i * 2 * d
        let targetSide = ownSide + d
        let low = min(i, j)
        let high = max(i, j)
        for a in 0..<n {
            let r = riskAttitude[a]
            let uOwn = SpatialUtility.utility(
                distance: SpatialUtility.distance(
                    ideal: ideal + a * d, saliences: salience + a * d,
                    salienceSquareSum: salienceSquareSum[a], to: ownSide, issues: d),
                risk: r)
            let uTarget = SpatialUtility.utility(
                distance: SpatialUtility.distance(
                    ideal: ideal + a * d, saliences: salience + a * d,
                    salienceSquareSum: salienceSquareSum[a], to: targetSide, issues: d),
                risk: r)
            let row = ownUtility + a * n
            var total = 0.0
            for m in 0..<low { total += row[m] }
            total += low == i ? uOwn : uTarget
            for m in (low + 1)..<high { total += row[m] }
            total += high == i ? uOwn : uTarget
            for m in (high + 1)..<n { total += row[m] }
            bargainValue[i * n + a] = total / Double(n)
        }
    }

    /// Runs actor `k`'s queue election; writes `choice[k]` and `choiceProbability[k]`.
    func chooseFromQueue(actor k: Int, scratch: WorkerScratch) {
        let n = actorCount
        guard isParticipant[k] else { return }
        let queue = scratch.queue
        var length = 1
        queue[0] = -1
        for i in 0..<n where target[i] >= 0 && (i == k || target[i] == k) {
            queue[length] = i
            length += 1
        }
        guard length > 1 else { return }
        let utilities = scratch.queueUtility
        for a in 0..<n {
            let row = utilities + a * length
            row[0] = statusQuoValue[a]
            for option in 1..<length { row[option] = bargainValue[queue[option] * n + a] }
        }
        let probability = scratch.queueProbability
        CondorcetElection.run(
            options: length, voters: n, utilities: utilities, weights: capability,
            support: scratch.queueSupport, probabilities: probability)
        var best = 0
        for option in 1..<length where probability[option] > probability[best] { best = option }
        choice[k] = queue[best]
        choiceProbability[k] = probability[best]
    }
}
