/// Stability of every state for every decision maker under Nash, GMR, SMR and SEQ.
///
///     let analysis = StabilityAnalysis(graph: try conflict.graph())
///     analysis.equilibria(.gmr)                          // 0-based states stable for all
///     analysis.isStable(.seq, maker: 1, state: 3)
///
/// For focal decision maker i at state s, with U the improvements i can make from s:
/// Nash when U is empty; GMR when every s1 in U has an opponents' sanction s2 (reachable from
/// s1) that i does not prefer to s; SMR when, besides, no move of i from s2 reaches a state
/// i prefers to s; SEQ when the sanction is made of the opponents' own improvements.
public struct StabilityAnalysis: Sendable {
    public let graph: ConflictGraph
    public let rule: SanctionRule
    /// Per concept, per decision maker: the states where it is stable.
    public let stable: [StabilityConcept: [StateSet]]
    let sanctions: [Sanctions]

    public init(graph: ConflictGraph, rule: SanctionRule = .literature) {
        self.graph = graph
        self.rule = rule
        let improvements = (0..<graph.decisionMakerCount).map { graph.improvements(of: $0) }
        let sanctions = (0..<graph.decisionMakerCount).map {
            Sanctions(graph: graph, focal: $0, rule: rule, improvements: improvements)
        }
        var stable: [StabilityConcept: [StateSet]] = [:]
        for concept in StabilityConcept.allCases {
            stable[concept] = [StateSet](filling: StateSet(capacity: graph.stateCount), count: graph.decisionMakerCount)
        }
        for maker in 0..<graph.decisionMakerCount {
            let verdicts = Self.judge(graph: graph, maker: maker, payoff: graph.payoffs[maker],
                                      improvements: improvements[maker], sanctions: sanctions[maker])
            for concept in StabilityConcept.allCases { stable[concept]![maker] = verdicts[concept]! }
        }
        self.stable = stable
        self.sanctions = sanctions
    }

    /// The four verdicts for one decision maker at every state, given its payoffs.
    static func judge(graph: ConflictGraph, maker: Int, payoff: [Int], improvements: StateMatrix,
                      sanctions: Sanctions) -> [StabilityConcept: StateSet] {
        let count = graph.stateCount
        let notBetter = StatesAtMost(scores: payoff)
        // A sanction state survives SMR when neither it nor any move of the focal maker from it beats s.
        let escape = (0..<count).map { state in
            graph.moves[maker].members(ofRow: state).reduce(payoff[state]) { max($0, payoff[$1]) }
        }
        let inescapable = StatesAtMost(scores: escape)
        var result: [StabilityConcept: StateSet] = [:]
        for concept in StabilityConcept.allCases { result[concept] = StateSet(capacity: count) }
        for state in 0..<count {
            let ups = improvements.members(ofRow: state)
            if ups.isEmpty {
                for concept in StabilityConcept.allCases { result[concept]!.insert(state) }
                continue
            }
            let fallback = notBetter.states(atMost: payoff[state])
            if ups.allSatisfy({ sanctions.byAnyMoves.row($0, intersects: fallback) }) {
                result[.gmr]!.insert(state)
                let trapped = inescapable.states(atMost: payoff[state])
                if ups.allSatisfy({ sanctions.byAnyMoves.row($0, intersects: trapped) }) { result[.smr]!.insert(state) }
            }
            if ups.allSatisfy({ sanctions.byImprovements.row($0, intersects: fallback) }) { result[.seq]!.insert(state) }
        }
        return result
    }

    public func isStable(_ concept: StabilityConcept, maker: Int, state: Int) -> Bool {
        stable[concept]![maker].contains(state)
    }

    /// The decision makers (0-based) for whom `state` is stable under `concept`.
    public func stableMakers(_ concept: StabilityConcept, state: Int) -> [Int] {
        (0..<graph.decisionMakerCount).filter { isStable(concept, maker: $0, state: state) }
    }

    /// The states (0-based) stable for every decision maker under `concept`.
    public func equilibria(_ concept: StabilityConcept) -> [Int] {
        (0..<graph.stateCount).filter { state in
            stable[concept]!.allSatisfy { $0.contains(state) }
        }
    }

    public func isEquilibrium(_ concept: StabilityConcept, state: Int) -> Bool {
        stable[concept]!.allSatisfy { $0.contains(state) }
    }
}
