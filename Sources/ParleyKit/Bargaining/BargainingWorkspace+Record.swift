/// Copies a finished turn out of the workspace for ``TurnRecord`` (recording runs only).
extension BargainingWorkspace {
    /// Builds the record after the choices are made and before positions are replaced.
    /// Allocates, which is why runs that only need positions skip it.
    func makeRecord(turn: Int) -> TurnRecord {
        let n = actorCount
        let d = issueCount
        func values(_ pointer: UnsafePointer<Double>, _ count: Int) -> [Double] {
            Array(UnsafeBufferPointer(start: pointer, count: count))
        }
        var challenges: [Challenge] = []
        for i in 0..<n where target[i] >= 0 {
            let sides = bargainSides + i * 2 * d
            challenges.append(Challenge(
                challenger: i, target: target[i], challengerPrevails: challengerChance[i],
                expectedGain: expectedGain[i], challengerSide: values(sides, d), targetSide: values(sides + d, d)))
        }
        let scratch = workerScratch[0]
        var choices: [ActorChoice] = []
        choices.reserveCapacity(n)
        for k in 0..<n {
            let accepted = choice[k]
            // Re-run the queue election (deterministic) to recover the probabilities, which the
            // turn itself keeps only for the winner.
            chooseFromQueue(actor: k, scratch: scratch)
            var offers: [Int] = []
            var probabilities: [Double] = []
            for i in 0..<n where target[i] >= 0 && (i == k || target[i] == k) { offers.append(i) }
            if !offers.isEmpty && isParticipant[k] {
                probabilities = values(scratch.queueProbability, offers.count + 1)
            }
            choices.append(ActorChoice(
                actor: k, offers: offers, offerProbabilities: probabilities,
                acceptedFrom: accepted >= 0 ? accepted : nil,
                from: values(position + k * d, d), to: values(nextPosition + k * d, d)))
        }
        return TurnRecord(
            turn: turn, prevailingProbabilities: values(prevailing, n), riskAttitudes: values(riskAttitude, n),
            challenges: challenges, choices: choices, movement: 0)
    }
}
