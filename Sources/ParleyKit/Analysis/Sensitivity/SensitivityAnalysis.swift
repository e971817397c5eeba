/// One-at-a-time sensitivity: each input across its range while every other stays as seeded,
/// the branch replayed from its start each time, and the inputs ranked by how far they move
/// each target.
///
///     let analysis = SensitivityAnalysis(world: world, branch: branch, targets: [target])
///     let results = try analysis.run()   // one ranked result per target; nil if cancelled
///
/// Every evaluation replays the branch's moves with ``Scenario/replaying(_:catalog:model:)`` on
/// the changed start (and catalog), through ``ParallelRuns``; evaluation `e` writes only its own
/// slots, so the result is the same on any number of cores. Inputs are named by ids and sorted,
/// and ties in the ranking break by id, so the actors' order does not matter either.
public struct SensitivityAnalysis: Sendable {
    public var world: World
    public var branch: Branch
    public var targets: [SensitivityTarget]
    public var inputs: [SensitivityInput]
    public var workers: Int
    /// From this many evaluations of a branch with moves, workers other than the first replay on
    /// copies of their own (``SensitivityReplay/unshared()``, a few milliseconds to make);
    /// the results are the same either way.
    var copiesFrom = 100

    public init(world: World, branch: Branch, targets: [SensitivityTarget], inputs: [SensitivityInput]? = nil,
                workers: Int = CPUAffinity.usableCount) {
        self.world = world
        self.branch = branch
        self.targets = targets
        self.inputs = inputs ?? SensitivityInput.all(world: world, branch: branch)
        self.workers = max(1, workers)
    }

    /// What is evaluated: the seeded start, then each input's low end and (for a range, not a
    /// structural choice, whose high end is the seeded setting) its high end.
    var evaluations: [(input: Int?, level: Double)] {
        [(nil, 0)] + inputs.indices.flatMap { i in
            inputs[i].isStructural ? [(Optional(i), 0.0)] : [(Optional(i), 0.0), (Optional(i), 1.0)]
        }
    }

    /// Runs every evaluation; nil if `isCancelled` turned true first.
    public func run(isCancelled: () -> Bool = { false },
                    progress: (_ done: Int, _ of: Int) -> Void = { _, _ in }) throws(SensitivityFailure) -> [SensitivityResult]? {
        let plan = evaluations
        let replay = SensitivityReplay(world: world, branch: branch, targets: targets, inputs: inputs)
        let width = targets.count
        let slots = RunSlots<Double>(count: plan.count * width)
        let finished = try replay.perform(
            plan.count, workers: workers, copiesFrom: copiesFrom,
            isCancelled: isCancelled, progress: { progress($0, plan.count) }
        ) { replay, run throws(SensitivityFailure) in
            let (index, level) = plan[run]
            let values = try replay.values(index.map { [($0, level)] } ?? [], failing: index.map { replay.inputs[$0].id },
                                           level: level)
            for (t, value) in values.enumerated() { slots[run * width + t] = value }
        }
        guard finished else { return nil }
        // Where each input's ends landed in the plan.
        var lowSlot = Array(filling: 0, count: inputs.count), highSlot = Array(filling: 0, count: inputs.count)
        for (run, (index, level)) in plan.enumerated() {
            guard let index else { continue }
            if level == 0 { lowSlot[index] = run } else { highSlot[index] = run }
        }
        return targets.indices.map { t in
            let base = slots[t]
            let rows = inputs.indices.map { i in
                SensitivityResult.Row(input: inputs[i], atLow: slots[lowSlot[i] * width + t],
                                      atHigh: inputs[i].isStructural ? base : slots[highSlot[i] * width + t], base: base)
            }
            return SensitivityResult(target: targets[t], branch: branch.name, steps: branch.steps.count,
                                     date: branch.scenario.date, base: base, rows: SensitivityResult.ranked(rows))
        }
    }
}
