/// A conflict in the Graph Model for Conflict Resolution: options, who controls each, which
/// combinations cannot happen, and every decision maker's preferences.
///
///     let conflict = Conflict(options: [.init(name: "P1 silent"), .init(name: "P2 silent")],
///                             decisionMakers: [p1, p2])
///     let graph = try conflict.graph()
///     StabilityAnalysis(graph: graph).equilibria(.nash)  // [0], GMCR+'s state 1
public struct Conflict: Sendable, Hashable {
    public var options: [ConflictOption]
    public var decisionMakers: [DecisionMaker]
    /// Each pattern marks every state where it holds as infeasible.
    public var infeasibles: [OptionPattern]

    /// Most options a conflict may have: the solver enumerates 2^options candidate states.
    public static let maximumOptions = 16
    /// Most feasible states: reachability matrices are states² bits per decision maker.
    public static let maximumStates = 4096
    /// Most prioritisation statements per decision maker (their weights are powers of two).
    public static let maximumStatements = 60

    public init(options: [ConflictOption], decisionMakers: [DecisionMaker], infeasibles: [OptionPattern] = []) {
        self.options = options
        self.decisionMakers = decisionMakers
        self.infeasibles = infeasibles
    }

    /// The feasible option vectors in GMCR+'s order: option 1 is the least significant bit
    /// and states are numbered from 1 in increasing order of that value.
    public func feasibleValues() throws(ConflictError) -> [Int] {
        guard options.count <= Conflict.maximumOptions else {
            throw ConflictError(.tooManyOptions, "a conflict may have at most \(Conflict.maximumOptions) options, found \(options.count)")
        }
        let values = (0..<(1 << options.count)).filter { value in !infeasibles.contains { $0.holds(in: value) } }
        guard !values.isEmpty else { throw ConflictError(.noFeasibleState, "every state is infeasible") }
        guard values.count <= Conflict.maximumStates else {
            throw ConflictError(.tooManyStates, "the conflict has \(values.count) feasible states; at most \(Conflict.maximumStates) are supported")
        }
        return values
    }

    /// The graph of moves and preferences, checked.
    public func graph() throws(ConflictError) -> ConflictGraph {
        try ConflictGraph(self)
    }
}

/// Why a conflict cannot be analysed.
public struct ConflictError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable {
        case tooManyOptions, tooManyStates, noFeasibleState, noDecisionMaker, optionOutOfRange
        case optionSharedByDecisionMakers, tooManyStatements, rankingUnknownState, rankingRepeatsState
        case rankingMissesState, unknownState
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
