/// Status-quo analysis: how the conflict can evolve from a state, by unilateral improvements,
/// to the equilibria it can reach.
///
///     let paths = StatusQuoPaths(analysis, from: 0, concept: .nash)
///     paths.routes.first?.steps   // [(maker: 1, state: 3), …], shortest first
///
/// A breadth-first search on the graph of every decision maker's unilateral improvements,
/// stopping at equilibria (where the conflict comes to rest). Each reachable equilibrium gets
/// one shortest path; among equally short ones, the earlier steps go to the earlier decision
/// maker, then to the lower state.
public struct StatusQuoPaths: Sendable {
    /// One step of a path: `maker` moves the conflict to `state` (0-based).
    public struct Step: Sendable, Hashable {
        public var maker: Int
        public var state: Int
    }

    /// A shortest path from the status quo to one equilibrium.
    public struct Route: Sendable, Hashable {
        public var equilibrium: Int
        public var steps: [Step]
    }

    public let start: Int
    public let concept: StabilityConcept
    /// Reachable equilibria in increasing state order (the status quo itself, if it is one, with no steps).
    public let routes: [Route]
    /// Equilibria no path of improvements reaches.
    public let unreachable: [Int]

    public init(_ analysis: StabilityAnalysis, from start: Int, concept: StabilityConcept) {
        self.start = start
        self.concept = concept
        let graph = analysis.graph
        let improvements = (0..<graph.decisionMakerCount).map { graph.improvements(of: $0) }
        var previous = [Step?](filling: nil, count: graph.stateCount)
        var visited = StateSet(capacity: graph.stateCount)
        visited.insert(start)
        var frontier = [start]
        while !frontier.isEmpty {
            var next: [Int] = []
            for state in frontier where !analysis.isEquilibrium(concept, state: state) {
                for maker in 0..<graph.decisionMakerCount {
                    for target in improvements[maker].members(ofRow: state) where !visited.contains(target) {
                        visited.insert(target)
                        previous[target] = Step(maker: maker, state: state)
                        next.append(target)
                    }
                }
            }
            frontier = next
        }
        var routes: [Route] = []
        var unreachable: [Int] = []
        for equilibrium in analysis.equilibria(concept) {
            guard visited.contains(equilibrium) else {
                unreachable.append(equilibrium)
                continue
            }
            var steps: [Step] = []
            var state = equilibrium
            while let step = previous[state] {
                steps.append(Step(maker: step.maker, state: state))
                state = step.state
            }
            routes.append(Route(equilibrium: equilibrium, steps: steps.reversed()))
        }
        self.routes = routes
        self.unreachable = unreachable
    }
}
