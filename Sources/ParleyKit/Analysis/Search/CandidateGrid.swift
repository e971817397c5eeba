import Synchronization

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
    public private(set) var candidates: [SearchCandidate]
    /// The types with at least one candidate, in the catalog's order (the candidates' own order).
    public private(set) var types: [String]
    /// Combinations the role rules refused, over every type.
    public var refusedByRoles: Int
    /// Parameters held at their default, as `type.parameter`.
    public var heldAtDefault: [String]

    /// The shares of a range the grid tries, besides the default.
    public static let rangeShares: [Double] = [0.25, 0.5, 1]

    public init(catalog: EventCatalog, actors: [String], issues: [String], using: [String]? = nil,
                workers: Int = CPUAffinity.usableCount) {
        var held: [String] = []
        var types: [TypeCombinations] = []
        for type in catalog.types where using.map({ $0.contains(type.id) }) ?? true {
            let values = type.parameters.map { parameter in
                let values = Self.values(for: parameter, of: type, catalog: catalog, actors: actors, issues: issues)
                if parameter.basis != nil || (values.count == 1 && Self.isNumeric(parameter)) {
                    held.append("\(type.id).\(parameter.name)")
                }
                return values
            }
            types.append(TypeCombinations(type: type, values: values))
        }
        // Stretches of combinations, made on every core and joined in order: the grid is made
        // before a search's runs start, so one core alone would hold the others up.
        var blocks: [(type: Int, range: Range<Int>)] = []
        for (index, type) in types.enumerated() {
            for start in stride(from: 0, to: type.count, by: Self.block) {
                blocks.append((index, start..<min(start + Self.block, type.count)))
            }
        }
        let made = Mutex([(made: [SearchCandidate], refused: Int)?](filling: nil, count: blocks.count))
        let (shared, stretches) = (types, blocks)
        _ = ParallelRuns(workers: workers).perform(blocks.count) { block in
            let part = shared[stretches[block].type].candidates(stretches[block].range)
            made.withLock { $0[block] = part }
        }
        let parts = made.withLock { $0 }.map { $0! }
        candidates = parts.flatMap(\.made)
        self.types = firstSeen(zip(stretches, parts).compactMap { $1.made.isEmpty ? nil : shared[$0.type].type.id })
        refusedByRoles = parts.reduce(0) { $0 + $1.refused }
        heldAtDefault = held
    }

    /// Combinations made at a time.
    static let block = 1_024

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
}
