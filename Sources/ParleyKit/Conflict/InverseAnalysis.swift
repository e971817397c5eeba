/// Inverse analysis: which changes of the decision makers' rankings would make a chosen state
/// an equilibrium under a concept.
///
///     let inverse = InverseAnalysis(analysis, state: 4, concept: .gmr)
///     inverse.changes[1].passes      // states decision maker 2 must stop preferring to state 5
///     inverse.isEquilibriumAfter     // true
///
/// For each decision maker the least promotion of the state in its own ranking that makes
/// the state stable for it, holding the others' preferences: raising a state only removes
/// the maker's improvements from it and adds sanctions, so stability is monotone in the
/// state's rank and the least promotion is found by trying each level upwards. Promotions
/// also never hurt the others (a promoted state can only become a sanction, never an
/// escape), so all of them together make the state an equilibrium; the result is checked by
/// a full analysis of the changed conflict.
public struct InverseAnalysis: Sendable {
    /// One decision maker's needed change.
    public struct Change: Sendable, Hashable {
        public var maker: Int
        /// Tier of the state in the ranking now and after the change, 1 = best.
        public var rankBefore: Int
        public var rankAfter: Int
        /// States (0-based) it now prefers to the chosen state and must rank below it.
        public var passes: [Int]
        /// States it would then rank level with the chosen state, having preferred them.
        public var levelWith: [Int]

        public var isNeeded: Bool { !passes.isEmpty || !levelWith.isEmpty }
    }

    public let state: Int
    public let concept: StabilityConcept
    public let changes: [Change]
    /// Whether the state is an equilibrium once every change is made (always, by the argument above).
    public let isEquilibriumAfter: Bool
    /// The changed conflict's analysis.
    public let after: StabilityAnalysis

    public init(_ analysis: StabilityAnalysis, state: Int, concept: StabilityConcept) {
        self.state = state
        self.concept = concept
        let graph = analysis.graph
        var changes: [Change] = []
        var newPayoffs: [[Int]] = []
        for maker in 0..<graph.decisionMakerCount {
            // Doubled scores leave room for "just above" a level.
            var payoff = graph.payoffs[maker].map { $0 * 2 }
            let original = payoff[state]
            let levels = Set(payoff.enumerated().filter { $0.offset != state && $0.element > original }.map(\.element))
            let candidates = [original] + levels.flatMap { [$0, $0 + 1] }.sorted()
            let sanctions = analysis.sanctions[maker]
            for candidate in candidates {
                payoff[state] = candidate
                if Self.isStable(graph: graph, maker: maker, state: state, payoff: payoff, sanctions: sanctions, concept: concept) { break }
            }
            let chosen = payoff[state]
            let others = payoff.indices.filter { $0 != state }
            changes.append(Change(
                maker: maker,
                rankBefore: Self.rank(of: original, among: others.map { graph.payoffs[maker][$0] * 2 }),
                rankAfter: Self.rank(of: chosen, among: others.map { payoff[$0] }),
                passes: others.filter { payoff[$0] > original && payoff[$0] < chosen },
                levelWith: chosen == original ? [] : others.filter { payoff[$0] == chosen }))
            newPayoffs.append(payoff)
        }
        var changed = graph
        changed.payoffs = newPayoffs
        let after = StabilityAnalysis(graph: changed, rule: analysis.rule)
        self.changes = changes
        self.after = after
        isEquilibriumAfter = after.isEquilibrium(concept, state: state)
    }

    /// 1 + how many distinct levels lie above `value`.
    static func rank(of value: Int, among others: [Int]) -> Int {
        Set(others.filter { $0 > value }).count + 1
    }

    /// The definitions for one decision maker at one state, with its scores replaced.
    static func isStable(graph: ConflictGraph, maker: Int, state: Int, payoff: [Int], sanctions: Sanctions,
                         concept: StabilityConcept) -> Bool {
        let threshold = payoff[state]
        let ups = graph.moves[maker].members(ofRow: state).filter { payoff[$0] > threshold }
        if ups.isEmpty { return true }
        let fallback = StateSet(capacity: graph.stateCount, (0..<graph.stateCount).filter { payoff[$0] <= threshold })
        switch concept {
        case .nash:
            return false
        case .gmr:
            return ups.allSatisfy { sanctions.byAnyMoves.row($0, intersects: fallback) }
        case .seq:
            return ups.allSatisfy { sanctions.byImprovements.row($0, intersects: fallback) }
        case .smr:
            let trapped = StateSet(capacity: graph.stateCount, (0..<graph.stateCount).filter { candidate in
                payoff[candidate] <= threshold && graph.moves[maker].members(ofRow: candidate).allSatisfy { payoff[$0] <= threshold }
            })
            return ups.allSatisfy { sanctions.byAnyMoves.row($0, intersects: trapped) }
        }
    }
}
