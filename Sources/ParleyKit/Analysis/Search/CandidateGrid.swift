/// Every event a search tries, built from the catalog's own declarations: each type with its
/// parameters over a small grid, filtered by the type's role rules.
///
///     let grid = CandidateGrid(catalog: world.catalog, actors: scenario.actors, issues: scenario.issues)
///     grid.candidates.count   // every combination the roles allow
///
/// The grid per parameter kind (nothing here names an event type):
/// - `actor`: every actor;
/// - `actors`: every set of `k` actors when a role rule asks for at least `k` (`{least: 2, of:
///   between}`), every single actor otherwise; and the declared default;
/// - `issue`: every issue; `issues`: the default and every single issue;
/// - `event`: every other type that takes what this one passes it (an ultimatum's threat);
/// - `number` and `days` with a range `[lo, hi]`: `lo + q·(hi − lo)` for `q` = ¼, ½, 1, and the
///   default; whole numbers when the default and the range's ends are whole (turns, days);
/// - a number whose default carries a `basis:` (an uptake) is the catalog's calibration, not a
///   choice about the event, and stays at its default.
/// Combinations that break a role rule (`{distinct: [by, target]}`) are dropped.
public struct CandidateGrid: Sendable {
    public var candidates: [SearchCandidate]
    /// Combinations the role rules refused, over every type.
    public var refusedByRoles: Int
    /// Parameters held at their default, as `type.parameter`.
    public var heldAtDefault: [String]

    /// The shares of a range the grid tries, besides the default.
    public static let rangeShares: [Double] = [0.25, 0.5, 1]

    public init(catalog: EventCatalog, actors: [String], issues: [String], using: [String]? = nil) {
        var candidates: [SearchCandidate] = []
        var refused = 0
        var held: [String] = []
        for type in catalog.types where using.map({ $0.contains(type.id) }) ?? true {
            let grids = type.parameters.map { parameter in
                let values = Self.values(for: parameter, of: type, catalog: catalog, actors: actors, issues: issues)
                if parameter.basis != nil || (values.count == 1 && Self.isNumeric(parameter)) {
                    held.append("\(type.id).\(parameter.name)")
                }
                return values
            }
            let order = type.parameters.map(\.name)
            // Every combination, the first parameter varying slowest; each dictionary is built
            // once (merging one parameter at a time built every partial one too).
            var choice = Array(repeating: 0, count: grids.count)
            let total = grids.reduce(1) { $0 * $1.count }
            var current = grids.map { $0.first ?? .number(0) }
            for _ in 0..<total {
                for index in grids.indices { current[index] = grids[index][choice[index]] }
                // Read by name from the few parameters in place: hashing the names costs more.
                let argument = { (name: String) in order.firstIndex(of: name).map { current[$0] } }
                if Self.obeysRoles(type, argument) {
                    var arguments = [String: EventArgument](minimumCapacity: grids.count)
                    for index in grids.indices { arguments[order[index]] = current[index] }
                    candidates.append(SearchCandidate(type: type.id, arguments: arguments, order: order,
                                                      effort: Self.effort(type, argument)))
                } else {
                    refused += 1
                }
                var digit = grids.count - 1
                while digit >= 0 {
                    choice[digit] += 1
                    if choice[digit] < grids[digit].count { break }
                    choice[digit] = 0
                    digit -= 1
                }
            }
        }
        self.candidates = candidates
        self.refusedByRoles = refused
        self.heldAtDefault = held
    }

    static func isNumeric(_ parameter: Parameter) -> Bool {
        parameter.kind == .number || parameter.kind == .days
    }

    /// The values tried for one parameter, in a fixed order (the default first).
    static func values(for parameter: Parameter, of type: EventType, catalog: EventCatalog,
                       actors: [String], issues: [String]) -> [EventArgument] {
        var values: [EventArgument] = []
        func add(_ value: EventArgument) { if !values.contains(value) { values.append(value) } }
        // A default list is put in the scenario's order, so it is the same value as the grid's.
        switch parameter.defaultValue {
        case .ids(let ids)? where parameter.kind == .actors:
            if ids.allSatisfy(actors.contains) { add(.ids(actors.filter(ids.contains))) }
        case .ids(let ids)? where parameter.kind == .issues:
            if ids.allSatisfy(issues.contains) { add(.ids(issues.filter(ids.contains))) }
        case let value?: add(value)
        case nil: break
        }
        switch parameter.kind {
        case .actor:
            actors.forEach { add(.ids([$0])) }
        case .actors:
            let least = type.roles.compactMap { rule -> Int? in
                if case .least(let count, let name) = rule.kind, name == parameter.name { count } else { nil }
            }.max() ?? 1
            subsets(of: actors, size: least).forEach { add(.ids($0)) }
        case .issue, .issues:
            issues.filter { parameter.among?.contains($0) ?? true }.forEach { add(.ids([$0])) }
        case .event:
            let passed = type.effects.compactMap { effect -> [String]? in
                if case .schedule(let event, _, _, let arguments) = effect.kind, event == parameter.name {
                    Array(arguments.keys)
                } else { nil }
            }.flatMap { $0 }
            for other in catalog.types where other.id != type.id && passed.allSatisfy({ other.parameter(named: $0) != nil }) {
                add(.ids([other.id]))
            }
        case .number, .days:
            guard parameter.basis == nil, let range = parameter.range else { break }
            let whole = parameter.kind == .days || ([range.lowerBound, range.upperBound]
                + (parameter.defaultValue.flatMap { if case .number(let v) = $0 { [v] } else { nil } } ?? []))
                .allSatisfy { $0 == $0.rounded() }
            for share in rangeShares {
                let point = range.lowerBound + share * (range.upperBound - range.lowerBound)
                add(.number(whole ? point.rounded() : point))
            }
        }
        return values
    }

    /// Every `size`-element subset of `items`, in lexicographic order of their positions.
    static func subsets(of items: [String], size: Int) -> [[String]] {
        guard size > 0, size <= items.count else { return [] }
        var result: [[String]] = []
        func extend(_ chosen: [String], from start: Int) {
            if chosen.count == size { result.append(chosen); return }
            for index in start..<items.count { extend(chosen + [items[index]], from: index + 1) }
        }
        extend([], from: 0)
        return result
    }

    /// The type's role rules, as `apply` checks them.
    static func obeysRoles(_ type: EventType, _ arguments: [String: EventArgument]) -> Bool {
        obeysRoles(type) { arguments[$0] }
    }

    static func obeysRoles(_ type: EventType, _ argument: (String) -> EventArgument?) -> Bool {
        func ids(_ name: String) -> [String] { if case .ids(let ids)? = argument(name) { ids } else { [] } }
        for rule in type.roles {
            switch rule.kind {
            case .distinct(let names):
                // A handful of ids: pairwise, without building a set for every candidate.
                let all = names.flatMap(ids)
                for (index, id) in all.enumerated() where all[(index + 1)...].contains(id) { return false }
            case .least(let count, let name):
                if ids(name).count < count { return false }
            case .only(let allowed, let names):
                if !names.flatMap(ids).allSatisfy(allowed.contains) { return false }
            }
        }
        return true
    }

    /// The sum of each graded parameter's share of its range.
    static func effort(_ type: EventType, _ arguments: [String: EventArgument]) -> Double {
        effort(type) { arguments[$0] }
    }

    static func effort(_ type: EventType, _ argument: (String) -> EventArgument?) -> Double {
        type.parameters.reduce(0.0) { total, parameter in
            guard isNumeric(parameter), parameter.basis == nil, let range = parameter.range,
                  range.upperBound > range.lowerBound, case .number(let value)? = argument(parameter.name) else { return total }
            return total + (value - range.lowerBound) / (range.upperBound - range.lowerBound)
        }
    }
}
