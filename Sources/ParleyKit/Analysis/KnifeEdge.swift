/// Where SMP's answers rest on a knife-edge, said in the output where it bites
/// (docs/MODEL.md, "Knife-edges").
///
///     KnifeEdge.afterTurns(before: start, after: end)   // ["RU did not move: …"]
enum KnifeEdge {
    /// After `turns`: actors whose saliences total 1 and did not move, and any accommodation.
    static func afterTurns(before: Scenario, after: Scenario) -> [String] {
        let d = before.issues.count
        var notes: [String] = []
        let stuck = before.actors.indices.filter { actor in
            let total = (0..<d).reduce(0.0) { $0 + before.saliences[actor * d + $1] }
            return total >= 0.999 && (0..<d).allSatisfy { before.positions[actor * d + $0] == after.positions[actor * d + $0] }
        }.map { before.actors[$0] }
        if !stuck.isEmpty {
            let list = stuck.joined(separator: ", ")
            notes.append("\(list) did not move with saliences totalling 1. In SMP a challenge to an actor whose saliences total σ pays only if the challenger's chance of prevailing exceeds 1 - 1/(2σ): a half at σ = 1. Slightly lower totals can release large moves (see docs/MODEL.md, Knife-edges).")
        }
        if before.accommodation.contains(where: { $0 != 0 }) {
            notes.append("accommodation is set: in SMP's ideal adjustment an accommodating actor judges bargains from a shifted ideal and can end further from the actor it accommodates (see docs/MODEL.md, Knife-edges).")
        }
        return notes
    }

    /// For `forecast ISSUE`: distinct options within a point of each other, which SMP's
    /// election counts apart, so their support splits and the forecast jumps as they part.
    static func closeOptions(_ forecast: IssueForecast) -> [String] {
        let sorted = forecast.options.sorted { $0.position < $1.position }
        var notes: [String] = []
        for (a, b) in zip(sorted, sorted.dropFirst()) where b.position - a.position < 1 {
            notes.append("\(a.holders.joined(separator: ",")) at \(Figures.fixed(a.position, 3)) and \(b.holders.joined(separator: ",")) at \(Figures.fixed(b.position, 3)) on \(forecast.issue) are within a point but count as two options that split their support; the forecast can jump as they part (see docs/MODEL.md, Knife-edges).")
        }
        return notes
    }
}
