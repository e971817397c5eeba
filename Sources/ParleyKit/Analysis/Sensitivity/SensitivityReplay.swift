/// One evaluation: the branch replayed from its start with some inputs changed, and the
/// targets read at its end. What the one-at-a-time and Morris analyses both call.
///
///     let replay = SensitivityReplay(world: world, branch: branch, targets: [target], inputs: inputs)
///     let values = try replay.values([(3, 1)])   // [target with input 3 at its high end]
struct SensitivityReplay: Sendable {
    var world: World
    var baseline: Scenario
    var moves: [Move]
    /// Each step's command as typed, to name a failing one.
    var commands: [String]
    var targets: [SensitivityTarget]
    /// What an evaluation may set, by index, and where each sits.
    var inputs: [SensitivityInput]
    var layout: InputLayout

    init(world: World, branch: Branch, targets: [SensitivityTarget], inputs: [SensitivityInput]) {
        self.world = world
        baseline = branch.baseline
        moves = branch.moves
        commands = branch.steps.map(\.command)
        self.targets = targets
        self.inputs = inputs
        layout = InputLayout(inputs, baseline: baseline, catalog: world.catalog)
    }

    /// The targets at the branch's end with, for each `(index, level)`, input `index` at `level`.
    /// `input` names the evaluation should it fail.
    func values(_ levels: some Sequence<(Int, Double)>, failing input: @autoclosure () -> String? = nil,
                level: Double = 0) throws(SensitivityFailure) -> [Double?] {
        let (start, catalog) = layout.applied(levels, to: baseline, catalog: world.catalog)
        let end: Scenario
        do throws(ReplayFailure) {
            end = try start.replaying(moves, catalog: catalog)
        } catch {
            throw SensitivityFailure(input: input(), level: level, command: commands[error.moveIndex], reason: error.failure)
        }
        let scope = MeasureScope(world: world, baseline: start, scenario: end)
        return targets.map { $0.value(in: scope) }
    }

    /// The same replay in buffers of its own, for a worker of ``ParallelRuns`` (made on its own
    /// thread): two workers retaining the same buffers (the catalog's effects, the start's
    /// lists, an input's names) would bounce them between their cores.
    func unshared() -> SensitivityReplay {
        var copy = self
        copy.world = World.Copier(world).copy()
        copy.baseline = baseline.unshared()
        copy.moves = Unshared.array(moves.map(\.unshared))
        copy.targets = Unshared.array(targets.map(\.unshared))
        copy.inputs = Unshared.array(inputs.map(\.unshared))
        copy.layout = layout.unshared()
        return copy
    }
}

extension SensitivityReplay {
    /// Runs `count` evaluations over `workers` (``ParallelRuns``), handing each the replay to
    /// read: worker 0 (the caller's thread) this one, the others copies of their own
    /// (``unshared()``) once there are `copiesFrom` evaluations and moves to replay, enough to
    /// repay making them. False if cancelled first.
    func perform(_ count: Int, workers: Int, copiesFrom: Int,
                 isCancelled: () -> Bool, progress: (_ done: Int) -> Void,
                 _ body: @escaping @Sendable (_ replay: SensitivityReplay, _ run: Int) throws(SensitivityFailure) -> Void
    ) throws(SensitivityFailure) -> Bool {
        let copies = workers > 1 && count >= copiesFrom && !moves.isEmpty
        return try ParallelRuns(workers: workers).perform(
            count, isCancelled: isCancelled, progress: progress,
            workspace: { [self] worker in worker == 0 || !copies ? self : unshared() }
        ) { replay, run throws(SensitivityFailure) in
            try body(replay, run)
        }
    }
}

extension SensitivityTarget {
    var unshared: SensitivityTarget { SensitivityTarget(measure: measure, text: Unshared.string(text)) }
}

extension SensitivityInput {
    /// This input with names of its own (a setting copies every input it sets, each run).
    var unshared: SensitivityInput {
        var copy = self
        if case .magnitude(let name) = kind { copy.kind = .magnitude(Unshared.string(name)) }
        copy.id = Unshared.string(id)
        copy.label = Unshared.string(label)
        copy.phrase = Unshared.string(phrase)
        copy.range = Unshared.string(range)
        if case .cited(let document, let grade, let supports) = evidence {
            copy.evidence = .cited(document: Unshared.string(document), grade: Unshared.string(grade),
                                   supports: Unshared.string(supports))
        } else if case .finding(let work) = evidence {
            copy.evidence = .finding(Unshared.string(work))
        }
        return copy
    }
}
