/// One event type's part of a ``CandidateGrid``: every combination of its parameters' values,
/// numbered with the first parameter varying slowest, so any stretch of them can be made alone.
///
///     let combinations = TypeCombinations(type: summit, values: grids)
///     let (made, refused) = combinations.candidates(0..<combinations.count)
///
/// The role rules and the effort are read from the values by position, not through a
/// dictionary per combination: the grid is built on one core before a search's runs start.
struct TypeCombinations: Sendable {
    let type: EventType
    /// Per parameter, in the catalog's order, the values tried.
    let values: [[EventArgument]]
    let order: [String]
    let count: Int
    private let rules: [Rule]
    /// The graded parameters: position, range start and end, in the catalog's order.
    private let graded: [(index: Int, lower: Double, upper: Double)]

    private enum Rule {
        case distinct([Int])
        case least(Int, of: Int?)
        case only(Set<String>, of: [Int])
    }

    init(type: EventType, values: [[EventArgument]]) {
        self.type = type
        self.values = values
        order = type.parameters.map(\.name)
        count = values.reduce(1) { $0 * $1.count }
        let order = order
        let positions = { (names: [String]) in names.compactMap { order.firstIndex(of: $0) } }
        rules = type.roles.map { rule in
            switch rule.kind {
            case .distinct(let names): .distinct(positions(names))
            case .least(let count, let name): .least(count, of: order.firstIndex(of: name))
            case .only(let allowed, let names): .only(Set(allowed), of: positions(names))
            }
        }
        graded = type.parameters.enumerated().compactMap { index, parameter in
            guard CandidateGrid.isNumeric(parameter), parameter.basis == nil, let range = parameter.range,
                  range.upperBound > range.lowerBound else { return nil }
            return (index, range.lowerBound, range.upperBound)
        }
    }

    /// The candidates among combinations `range`, in order, and how many the roles refused.
    func candidates(_ range: Range<Int>) -> (made: [SearchCandidate], refused: Int) {
        guard !range.isEmpty else { return ([], 0) }
        var choice = Array(filling: 0, count: values.count)
        var rest = range.lowerBound
        for digit in values.indices.reversed() {
            choice[digit] = rest % values[digit].count
            rest /= values[digit].count
        }
        var current = values.indices.map { values[$0][choice[$0]] }
        var made: [SearchCandidate] = []
        made.reserveCapacity(range.count)
        var refused = 0
        var ids: [String] = []
        for _ in range {
            for index in values.indices { current[index] = values[index][choice[index]] }
            if obeysRoles(current, scratch: &ids) {
                made.append(SearchCandidate(type: type.id, order: order, values: current, effort: effort(current)))
            } else {
                refused += 1
            }
            var digit = values.count - 1
            while digit >= 0 {
                choice[digit] += 1
                if choice[digit] < values[digit].count { break }
                choice[digit] = 0
                digit -= 1
            }
        }
        return (made, refused)
    }

    /// ``CandidateGrid/obeysRoles(_:_:)`` on values by position.
    private func obeysRoles(_ current: [EventArgument], scratch ids: inout [String]) -> Bool {
        func add(_ index: Int) { if case .ids(let named) = current[index] { ids.append(contentsOf: named) } }
        for rule in rules {
            ids.removeAll(keepingCapacity: true)
            switch rule {
            case .distinct(let indices):
                indices.forEach(add)
                for (index, id) in ids.enumerated() where ids[(index + 1)...].contains(id) { return false }
            case .least(let count, let index):
                if let index { add(index) }
                if ids.count < count { return false }
            case .only(let allowed, let indices):
                indices.forEach(add)
                if !ids.allSatisfy(allowed.contains) { return false }
            }
        }
        return true
    }

    /// ``CandidateGrid/effort(_:_:)`` on values by position: the same sum in the same order.
    private func effort(_ current: [EventArgument]) -> Double {
        graded.reduce(0.0) { total, parameter in
            guard case .number(let value) = current[parameter.index] else { return total }
            return total + (value - parameter.lower) / (parameter.upper - parameter.lower)
        }
    }
}
