/// Step 4 of a turn: every actor weighs the bargains that concern it against its status quo.
extension BargainingWorkspace {
    /// Values every offered bargain for every voter, then lets each actor pick from its queue
    /// (status quo first, then the bargains it is party to, by challenger index) with a
    /// capability-weighted election. All actors choose at once, from the same turn's values.
    func chooseBargains() {
        valueOutcomes()
        let n = actorCount
        let d = issueCount
        parallelRows(n, minimumWork: 48 * 48) { k, worker in
            self.choice[k] = -1
            self.choiceProbability[k] = 1
            self.chooseFromQueue(actor: k, scratch: self.workerScratch[worker])
            let chosen = self.choice[k]
            let source: UnsafeMutablePointer<Double>
            if chosen < 0 {
                source = self.position + k * d
            } else {
                // The actor moves to its own side: the challenger's side if it challenged.
                source = self.bargainSides + chosen * 2 * d + (chosen == k ? 0 : d)
            }
            (self.nextPosition + k * d).update(from: source, count: d)
        }
    }

    /// Every voter's value for the status quo and for each bargain: the mean utility, at the
    /// voter's own risk attitude `R_a`, over all actors' stances, with the two parties' stances
    /// replaced by the bargain's sides. The sum runs in actor order with the replacements made
    /// in place (not "total minus two plus two"), so an unchanged bargain ties the status quo
    /// exactly and the status quo, listed first, wins the tie.
    private func valueOutcomes() {
        let n = actorCount
        let d = issueCount
        let count = Double(n)
        parallelRows(n, minimumWork: 48 * 48) { a, _ in
            let r = self.riskAttitude[a]
            let row = self.ownUtility + a * n
            var total = 0.0
            for m in 0..<n {
                let u = SpatialUtility.utility(distance: self.distance[a * n + m], risk: r)
                row[m] = u
                total += u
            }
            self.statusQuoValue[a] = total / count
        }
        parallelRows(n, minimumWork: 32 * 32) { i, _ in
            let j = self.target[i]
            guard j >= 0 else { return }
            let ownSide = self.bargainSides + i * 2 * d
            let targetSide = ownSide + d
            let low = min(i, j)
            let high = max(i, j)
            for a in 0..<n {
                let r = self.riskAttitude[a]
                let uOwn = SpatialUtility.utility(
                    distance: SpatialUtility.distance(
                        ideal: self.ideal + a * d, saliences: self.salience + a * d,
                        salienceSquareSum: self.salienceSquareSum[a], to: ownSide, issues: d),
                    risk: r)
                let uTarget = SpatialUtility.utility(
                    distance: SpatialUtility.distance(
                        ideal: self.ideal + a * d, saliences: self.salience + a * d,
                        salienceSquareSum: self.salienceSquareSum[a], to: targetSide, issues: d),
                    risk: r)
                let row = self.ownUtility + a * n
                var total = 0.0
                for m in 0..<low { total += row[m] }
                total += low == i ? uOwn : uTarget
                for m in (low + 1)..<high { total += row[m] }
                total += high == i ? uOwn : uTarget
                for m in (high + 1)..<n { total += row[m] }
                self.bargainValue[i * n + a] = total / count
            }
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
