/// Finds, for each seed value alone, the smallest change that reaches a goal with no new events,
/// and ranks them by how the change compares with the value's ±.
///
///     let found = try SeedChangeSearch(goal: goal, branch: branch, catalog: world.catalog, workers: 2).run()
///     found.requirements.first?.input   // the value that would have to move least, by its ±
///
/// Inputs: every position (its ± is the seeds' uncertainty; the ideal moves with it), every
/// salience (the actor's other saliences rescaled so the row keeps its total; ± is simulate's
/// 10%), every capability (± 10%), and for each signatory its expected no-deal outcome on the
/// issues it signs and its cost of continuing (the seeds declare no ± for these). Each value
/// is changed in the branch's baseline, the branch's own steps are replayed, and the goal is
/// read. Per direction the value is tried at ten even steps to the end of its range, then the
/// first step that meets the goal is bisected against the one before it, twelve times: a goal
/// met only between two steps is missed, and that is said in the notes.
public struct SeedChangeSearch: Sendable {
    public var goal: SearchGoal
    public var branch: Branch
    public var catalog: EventCatalog
    public var workers: Int
    /// From this many runs of a branch with moves, workers other than the first read copies of
    /// their own; the results are the same either way.
    var copiesFrom = 100

    static let steps = 10
    static let bisections = 12
    /// simulate's jitter on saliences and capabilities, used as their ±.
    static let jitter = 0.1

    public init(goal: SearchGoal, branch: Branch, catalog: EventCatalog, workers: Int = CPUAffinity.usableCount) {
        self.goal = goal
        self.branch = branch
        self.catalog = catalog
        self.workers = max(1, workers)
    }

    /// One value a run changes.
    struct Input: Sendable {
        var kind: SeedRequirement.Kind
        var actor: Int
        var issue: Int?
        var value: Double
        var range: ClosedRange<Double>
        var spread: Double?
    }

    final class Slots: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Double?>
        init(_ count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }
        deinit {
            _ = buffer.deinitialize()
            buffer.deallocate()
        }
    }

    public static let notes = [
        "Each seed value was changed alone, with the branch's own steps replayed and no new events; "
            + "values were tried at ten even steps to the end of their range, then bisected: "
            + "a goal met only between two steps, or only by changing several values at once, is not found."
    ]

    /// The requirements, smallest relative to their ± first (values without a declared ± after,
    /// by size); nil if cancelled.
    public func run(isCancelled: () -> Bool = { false }) -> [SeedRequirement]? {
        let base = branch.baseline
        let inputs = Self.inputs(of: base)
        let slots = Slots(inputs.count * 2)
        let original = Reading(goal: goal, catalog: catalog, base: base, moves: branch.moves)
        // Worker 0 (this thread) reads the originals; the others copies of their own, when
        // there are moves enough to replay to repay making them (a few milliseconds).
        let copies = workers > 1 && inputs.count * 2 >= copiesFrom && !original.moves.isEmpty
        let finished = ParallelRuns(workers: workers).perform(
            inputs.count * 2, isCancelled: isCancelled,
            workspace: { worker in worker == 0 || !copies ? original : original.unshared() }
        ) { (reading: inout Reading, run: Int) throws(Never) in
            let (goal, catalog, base, moves) = (reading.goal, reading.catalog, reading.base, reading.moves)
            let input = inputs[run / 2]
            let end = run % 2 == 0 ? input.range.lowerBound : input.range.upperBound
            guard end != input.value else { return }
            func meets(_ value: Double) -> Bool {
                let changed = Self.changed(base, input, to: value)
                guard let final = try? changed.replaying(moves, catalog: catalog),
                      let met = try? goal.isMet(on: final, baseline: changed) else { return false }
                return met
            }
            var previous = input.value
            for step in 1...Self.steps {
                let point = input.value + (end - input.value) * Double(step) / Double(Self.steps)
                if meets(point) {
                    var (low, high) = (previous, point)
                    for _ in 0..<Self.bisections {
                        let middle = (low + high) / 2
                        if meets(middle) { high = middle } else { low = middle }
                    }
                    slots.buffer[run] = high
                    return
                }
                previous = point
            }
        }
        guard finished else { return nil }
        var found: [SeedRequirement] = []
        for (index, input) in inputs.enumerated() {
            let options = [slots.buffer[2 * index], slots.buffer[2 * index + 1]].compactMap { $0 }
            guard let to = options.min(by: { abs($0 - input.value) < abs($1 - input.value) }) else { continue }
            found.append(SeedRequirement(kind: input.kind, actor: base.actors[input.actor],
                                         issue: input.issue.map { base.issues[$0] }, from: input.value, to: to,
                                         spread: input.spread))
        }
        return found.enumerated().sorted { a, b in
            switch (a.element.relative, b.element.relative) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil) where abs(a.element.change) != abs(b.element.change):
                return abs(a.element.change) < abs(b.element.change)
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }

    /// What every run reads, kept per worker.
    struct Reading: Sendable {
        var goal: SearchGoal
        var catalog: EventCatalog
        var base: Scenario
        var moves: [Move]

        /// The same in buffers of its own, made on the worker's thread: two workers retaining
        /// the same buffers would bounce them between their cores.
        func unshared() -> Reading {
            let mine = goal.unshared()
            // The search's catalog is the world's (the command passes world.catalog); any other is copied apart.
            return Reading(goal: mine, catalog: catalog == goal.world.catalog ? mine.world.catalog : catalog.unshared(),
                           base: base.unshared(), moves: Unshared.array(moves.map(\.unshared)))
        }
    }

    /// Every value tried, in a fixed order.
    static func inputs(of scenario: Scenario) -> [Input] {
        var inputs: [Input] = []
        let (actors, issues) = (scenario.actors.indices, scenario.issues.indices)
        for a in actors {
            for d in issues {
                let spread = scenario.uncertainties[a, d]
                inputs.append(Input(kind: .position, actor: a, issue: d, value: scenario.positions[a, d], range: 0...100,
                                    spread: spread > 0 ? spread : nil))
            }
        }
        for a in actors {
            for d in issues where scenario.saliences[a, d] > 0 {
                let value = scenario.saliences[a, d]
                inputs.append(Input(kind: .salience, actor: a, issue: d, value: value, range: 0...scenario.saliences.rowTotal(a),
                                    spread: value * jitter))
            }
        }
        for a in actors {
            inputs.append(Input(kind: .capability, actor: a, issue: nil, value: scenario.capabilities[a], range: 0...100,
                                spread: scenario.capabilities[a] * jitter))
        }
        let terms = scenario.settlement
        var signing = Set<Int>()
        for d in issues {
            for a in terms.signatories[d].sorted() {
                signing.insert(a)
                inputs.append(Input(kind: .expectation, actor: a, issue: d, value: terms.expected(actor: a, issue: d),
                                    range: 0...100, spread: nil))
            }
        }
        for a in signing.sorted() {
            inputs.append(Input(kind: .cost, actor: a, issue: nil, value: terms.costs[a], range: 0...100, spread: nil))
        }
        return inputs
    }

    /// The scenario with one value set to `value`.
    static func changed(_ scenario: Scenario, _ input: Input, to value: Double) -> Scenario {
        var changed = scenario
        let a = input.actor
        switch input.kind {
        case .position:
            let d = input.issue!
            changed.ideals[a, d] += value - changed.positions[a, d]
            changed.positions[a, d] = value
        case .salience:
            let d = input.issue!
            let total = scenario.saliences.rowTotal(a)
            let rest = total - scenario.saliences[a, d]
            for other in scenario.issues.indices where other != d {
                changed.saliences[a, other] = rest > 0 ? scenario.saliences[a, other] * (total - value) / rest : 0
            }
            changed.saliences[a, d] = value
        case .capability:
            changed.capabilities[a] = value
            changed.capabilityBaseline[a] = value
        case .expectation:
            changed.settlement.expectations[a * scenario.issues.count + input.issue!] = value
        case .cost:
            changed.settlement.costs[a] = value
        }
        return changed
    }
}
