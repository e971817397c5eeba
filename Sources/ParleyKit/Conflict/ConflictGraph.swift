/// A conflict's states, each decision maker's unilateral moves between them, and its payoffs.
///
///     let graph = try conflict.graph()
///     graph.optionText(of: 0)       // "NN": state 1, option 1 first
///     graph.moves[0].row(0)         // where decision maker 1 can move from state 1
///
/// States are 0-based indices here; GMCR+ numbers them from 1 (`number = index + 1`).
public struct ConflictGraph: Sendable {
    public let conflict: Conflict
    /// The option vector of each state (bit k = option k + 1 is Y), increasing.
    public let values: [Int]
    /// Per decision maker: row s is every state it can reach from s in one unilateral move.
    public let moves: [StateMatrix]
    /// Per decision maker: a score per state, higher preferred (equal scores are ties).
    public internal(set) var payoffs: [[Int]]

    public var stateCount: Int { values.count }
    public var decisionMakerCount: Int { conflict.decisionMakers.count }

    init(_ conflict: Conflict) throws(ConflictError) {
        self.conflict = conflict
        let values = try conflict.feasibleValues()
        self.values = values
        guard !conflict.decisionMakers.isEmpty else {
            throw ConflictError(.noDecisionMaker, "a conflict needs at least one decision maker")
        }
        var owner = [Int?](filling: nil, count: conflict.options.count)
        for (index, maker) in conflict.decisionMakers.enumerated() {
            for option in maker.options {
                guard conflict.options.indices.contains(option) else {
                    throw ConflictError(.optionOutOfRange, "decision maker '\(maker.name)' controls option \(option), but there are \(conflict.options.count) options (0-based)")
                }
                if let other = owner[option], other != index {
                    throw ConflictError(.optionSharedByDecisionMakers, "option '\(conflict.options[option].name)' is controlled by both '\(conflict.decisionMakers[other].name)' and '\(maker.name)'")
                }
                owner[option] = index
            }
        }
        var indexOfValue = [Int](filling: -1, count: 1 << conflict.options.count)
        for (index, value) in values.enumerated() { indexOfValue[value] = index }
        var forwardMask = 0, backwardMask = 0
        for (index, option) in conflict.options.enumerated() {
            switch option.direction {
            case .both: break
            case .forward: forwardMask |= 1 << index
            case .backward: backwardMask |= 1 << index
            }
        }
        moves = conflict.decisionMakers.map { maker in
            let mask = maker.options.reduce(0) { $0 | 1 << $1 }
            var matrix = StateMatrix(states: values.count)
            for (index, value) in values.enumerated() {
                // Every non-empty subset of the maker's options, flipped at once.
                var change = mask
                while change != 0 {
                    let permitted = change & forwardMask & value == 0 && change & backwardMask & ~value == 0
                    if permitted, case let target = indexOfValue[value ^ change], target >= 0 {
                        matrix.insert(row: index, target)
                    }
                    change = (change - 1) & mask
                }
            }
            return matrix
        }
        var payoffs: [[Int]] = []
        for maker in conflict.decisionMakers {
            payoffs.append(try Self.payoffs(of: maker, values: values))
        }
        self.payoffs = payoffs
    }

    static func payoffs(of maker: DecisionMaker, values: [Int]) throws(ConflictError) -> [Int] {
        switch maker.preferences {
        case .prioritised(let statements):
            guard statements.count <= Conflict.maximumStatements else {
                throw ConflictError(.tooManyStatements, "decision maker '\(maker.name)' has \(statements.count) preference statements; at most \(Conflict.maximumStatements) are supported")
            }
            let m = statements.count
            return values.map { value in
                statements.enumerated().reduce(0) { score, item in
                    item.element.holds(in: value) ? score + 1 << (m - 1 - item.offset) : score
                }
            }
        case .ranking(let tiers):
            var payoff = [Int?](filling: nil, count: values.count)
            for (tier, states) in tiers.enumerated() {
                for number in states {
                    guard (1...values.count).contains(number) else {
                        throw ConflictError(.rankingUnknownState, "the ranking of '\(maker.name)' names state \(number), but the states are 1 to \(values.count)")
                    }
                    guard payoff[number - 1] == nil else {
                        throw ConflictError(.rankingRepeatsState, "the ranking of '\(maker.name)' names state \(number) twice")
                    }
                    payoff[number - 1] = tiers.count - tier
                }
            }
            if let missing = payoff.firstIndex(where: { $0 == nil }) {
                throw ConflictError(.rankingMissesState, "the ranking of '\(maker.name)' leaves out state \(missing + 1)")
            }
            return payoff.map { $0! }
        }
    }

    /// "NYN…": option 1 first, as GMCR+ writes a state.
    public func optionText(of state: Int) -> String {
        String((0..<conflict.options.count).map { (values[state] >> $0) & 1 == 1 ? "Y" : "N" })
    }

    /// The state with this option vector, if it is feasible.
    public func state(withValue value: Int) -> Int? {
        var low = 0, high = values.count
        while low < high {
            let mid = (low + high) / 2
            if values[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < values.count && values[low] == value ? low : nil
    }

    /// Row s: the moves of decision maker `maker` from s that it strictly prefers.
    public func improvements(of maker: Int) -> StateMatrix {
        improvements(of: maker, payoff: payoffs[maker])
    }

    func improvements(of maker: Int, payoff: [Int]) -> StateMatrix {
        var result = StateMatrix(states: stateCount)
        for state in 0..<stateCount {
            for target in moves[maker].members(ofRow: state) where payoff[target] > payoff[state] {
                result.insert(row: state, target)
            }
        }
        return result
    }

    /// The decision makers' ranking of states, best first, as 1-based state numbers in tiers.
    public func ranking(of maker: Int) -> [[Int]] {
        Dictionary(grouping: 0..<stateCount, by: { payoffs[maker][$0] })
            .sorted { $0.key > $1.key }
            .map { $0.value.sorted().map { $0 + 1 } }
    }
}
