/// Bargaining turns on a scenario, through the SMP core.
extension Scenario {
    /// Plays bargaining turns among some actors on some issues; everyone else holds still.
    ///
    /// Only the chosen issues enter the model, so a delegation round on humanitarian questions
    /// cannot move territory. `turns == nil` plays to convergence. Returns one trace entry per
    /// stance that moved, naming the turn and the bargain taken.
    public mutating func bargain(among participants: [Int], issues chosen: [Int], turns: Int?,
                                 model: BargainingModel = BargainingModel(), step: Int, cause: String) -> [TraceEntry] {
        guard !participants.isEmpty, !chosen.isEmpty else { return [] }
        let n = actors.count
        let d = chosen.count
        var subPositions = [Double](repeating: 0, count: n * d)
        var subSaliences = [Double](repeating: 0, count: n * d)
        var subIdeals = [Double](repeating: 0, count: n * d)
        for actor in 0..<n {
            for (column, issue) in chosen.enumerated() {
                subPositions[actor * d + column] = positions[actor * issues.count + issue] / 100
                subSaliences[actor * d + column] = saliences[actor * issues.count + issue]
                subIdeals[actor * d + column] = ideals[actor * issues.count + issue] / 100
            }
        }
        let state: BargainingState
        do {
            state = try BargainingState(
                actorCount: n, issueCount: d, capabilities: capabilities,
                flatPositions: subPositions, flatSaliences: subSaliences,
                flatIdeals: accommodates ? subIdeals : nil,
                accommodation: accommodates ? .matrix(accommodationMatrix()) : .identity)
        } catch {
            // The scenario keeps its values in range, so this cannot happen; record nothing.
            return []
        }
        let run = turns.map { model.run(state, turns: $0, among: participants) }
            ?? model.runToConvergence(state, among: participants)
        var trace: [TraceEntry] = []
        for record in run.records {
            for choice in record.choices where choice.moved {
                // Taking one's own challenge's bargain means meeting its target part-way.
                let partnerIndex = choice.acceptedFrom == choice.actor
                    ? record.challenge(by: choice.actor)?.target : choice.acceptedFrom
                let partner = partnerIndex.map { actors[$0] } ?? "another actor"
                for (column, issue) in chosen.enumerated() where choice.from[column] != choice.to[column] {
                    trace.append(TraceEntry(
                        step: step, date: date, quantity: .position, actor: actors[choice.actor],
                        subject: self.issues[issue], before: choice.from[column] * 100, after: choice.to[column] * 100,
                        cause: "\(cause), bargaining turn \(record.turn)",
                        reason: "took the bargain struck with \(partner)"))
                }
            }
        }
        let final = run.finalState
        for actor in 0..<n {
            for (column, issue) in chosen.enumerated() {
                positions[actor * issues.count + issue] = final.position(actor: actor, issue: column) * 100
                ideals[actor * issues.count + issue] = final.ideal(actor: actor, issue: column) * 100
            }
        }
        return trace
    }

    /// KTAB's `A` from the pairwise weights: each actor keeps the rest of the weight on itself.
    func accommodationMatrix() -> [Double] {
        let n = actors.count
        var matrix = accommodation
        for actor in 0..<n {
            let others = (0..<n).filter { $0 != actor }.reduce(0.0) { $0 + accommodation[actor * n + $1] }
            matrix[actor * n + actor] = max(0, 1 - others)
        }
        return matrix
    }
}
