/// Bargaining turns on a scenario, through the SMP core.
extension Scenario {
    /// Plays bargaining turns among some actors on some issues; everyone else holds still.
    ///
    /// Only the chosen issues enter the model, so a delegation round on humanitarian questions
    /// cannot move territory. `turns == nil` plays to convergence. Returns one trace entry per
    /// stance that moved, naming the turn and the bargain taken; none unless `recordsTrace`
    /// (the stances come out the same either way).
    public mutating func bargain(among participants: [Int], issues chosen: [Int], turns: Int?, uptake: Double = 1,
                                 model: BargainingModel = BargainingModel(), step: Int, cause: String,
                                 reason: String = "", recordsTrace: Bool = true) -> [TraceEntry] {
        guard !participants.isEmpty, !chosen.isEmpty else { return [] }
        // Only the actors at the table enter the model: at a bilateral summit the two
        // principals bargain with each other, and the rest of the world neither votes nor moves.
        let seated = participants
        let state: BargainingState
        do {
            state = try BargainingState(
                actorCount: seated.count, issueCount: chosen.count, capabilities: seated.map { capabilities[$0] },
                flatPositions: positions.picking(rows: seated, columns: chosen).values.map { $0 / 100 },
                flatSaliences: saliences.picking(rows: seated, columns: chosen).values,
                flatIdeals: accommodates ? ideals.picking(rows: seated, columns: chosen).values.map { $0 / 100 } : nil,
                accommodation: accommodates ? .matrix(accommodationMatrix(among: seated).values) : .identity)
        } catch {
            // The scenario keeps its values in range, so this cannot happen; record nothing.
            return []
        }
        let run = turns.map { model.run(state, turns: $0, recording: recordsTrace) }
            ?? model.runToConvergence(state, recording: recordsTrace)
        var trace: [TraceEntry] = []
        for record in run.records where recordsTrace {
            for choice in record.choices where choice.moved {
                // Taking one's own challenge's bargain means meeting its target part-way.
                let partnerRow = choice.acceptedFrom == choice.actor
                    ? record.challenge(by: choice.actor)?.target : choice.acceptedFrom
                let partner = partnerRow.map { actors[seated[$0]] } ?? "another actor"
                for (column, issue) in chosen.enumerated() where choice.from[column] != choice.to[column] {
                    trace.append(TraceEntry(
                        step: step, date: date, quantity: .position, actor: actors[seated[choice.actor]],
                        subject: self.issues[issue], before: choice.from[column] * 100, after: choice.to[column] * 100,
                        cause: "\(cause), bargaining turn \(record.turn)",
                        reason: "took the bargain struck with \(partner)"))
                }
            }
        }
        let final = run.finalState
        for (row, actor) in seated.enumerated() {
            for (column, issue) in chosen.enumerated() {
                let bargained = final.position(actor: row, issue: column) * 100
                // An event may carry only part of the bargained move into the stances now.
                let taken = positions[actor, issue] + uptake * (bargained - positions[actor, issue])
                if recordsTrace, uptake < 1, taken != bargained {
                    trace.append(TraceEntry(
                        step: step, date: date, quantity: .position, actor: actors[actor], subject: self.issues[issue],
                        before: bargained, after: taken, cause: "\(cause), uptake \(SeedNumberFormat.fixed(uptake, decimals: 2)) of the bargain",
                        reason: reason))
                }
                positions[actor, issue] = taken
                ideals[actor, issue] += uptake * (final.ideal(actor: row, issue: column) * 100 - ideals[actor, issue])
            }
        }
        return trace
    }

    /// KTAB's `A` among the seated actors: each keeps the rest of its weight on itself.
    func accommodationMatrix(among seated: [Int]) -> Grid {
        var matrix = Grid(rows: seated.count, columns: seated.count)
        for (row, actor) in seated.enumerated() {
            var others = 0.0
            for (column, other) in seated.enumerated() where other != actor {
                matrix[row, column] = accommodation[actor, other]
                others += matrix[row, column]
            }
            matrix[row, row] = max(0, 1 - others)
        }
        return matrix
    }
}
