/// Where a focal decision maker's opponents can take the conflict from each state: the raw
/// material of every sanction.
///
///     let reach = Sanctions(graph: graph, focal: 0, rule: .literature)
///     reach.byAnyMoves.row(2)   // states the opponents can reach from state 3
///
/// Under the literature's rule the opponents move in any sequence with no decision maker
/// twice in a row. Two consecutive moves by one decision maker always make one legal move
/// (each option changes at most once net, in its permitted direction) or return to the start,
/// so the states reachable that way are exactly the transitive closure of the union of the
/// opponents' moves: polynomial in the states. Under GMCR+'s rule each opponent moves at
/// most once, which needs one pass per subset of opponents.
struct Sanctions: Sendable {
    /// Row s: states the opponents reach from s by moves of any kind (GMR, SMR).
    let byAnyMoves: StateMatrix
    /// Row s: states the opponents reach from s by their own unilateral improvements (SEQ).
    let byImprovements: StateMatrix

    init(graph: ConflictGraph, focal: Int, rule: SanctionRule, improvements: [StateMatrix]) {
        let opponents = (0..<graph.decisionMakerCount).filter { $0 != focal }
        let anyMoves = opponents.map { graph.moves[$0] }
        let improving = opponents.map { improvements[$0] }
        switch rule {
        case .literature:
            // The opponents never change the focal maker's options: close each slice of states
            // that agree on them separately.
            let mask = graph.conflict.decisionMakers[focal].options.reduce(0) { $0 | 1 << $1 }
            let slices = Array(Dictionary(grouping: 0..<graph.stateCount) { graph.values[$0] & mask }.values)
            byAnyMoves = Self.union(anyMoves, states: graph.stateCount).transitiveClosure(slices: slices)
            byImprovements = Self.union(improving, states: graph.stateCount).transitiveClosure(slices: slices)
        case .once:
            byAnyMoves = Self.eachAtMostOnce(anyMoves, states: graph.stateCount)
            byImprovements = Self.eachAtMostOnce(improving, states: graph.stateCount)
        case .single:
            byAnyMoves = Self.union(anyMoves, states: graph.stateCount)
            byImprovements = Self.union(improving, states: graph.stateCount)
        }
    }

    static func union(_ relations: [StateMatrix], states: Int) -> StateMatrix {
        var union = StateMatrix(states: states)
        for relation in relations { union.formUnion(relation) }
        return union
    }

    /// Sequences of one move by each of some opponents, in any order.
    static func eachAtMostOnce(_ relations: [StateMatrix], states: Int) -> StateMatrix {
        var result = StateMatrix(states: states)
        let subsets = 1 << relations.count
        for start in 0..<states {
            // reached[mask]: states reached after exactly the opponents in `mask` moved once each.
            var reached = [StateSet](filling: StateSet(capacity: states), count: subsets)
            reached[0].insert(start)
            var all = StateSet(capacity: states)
            for mask in 1..<max(1, subsets) {
                for (index, relation) in relations.enumerated() where mask & (1 << index) != 0 {
                    let before = reached[mask ^ (1 << index)]
                    if !before.isEmpty { reached[mask].formUnion(relation.image(of: before)) }
                }
                all.formUnion(reached[mask])
            }
            for target in all { result.insert(row: start, target) }
        }
        return result
    }
}
