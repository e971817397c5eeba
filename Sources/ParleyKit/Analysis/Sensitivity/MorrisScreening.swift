/// Morris's elementary-effects screening (Morris 1991): many inputs varying at once, over the
/// ranges the Monte Carlo draws from.
///
///     let screening = MorrisScreening(world: world, branch: branch, target: target, seed: 42)
///     let result = try screening.run()   // μ*, μ and σ per input; nil if cancelled
///
/// Each of `trajectories` paths starts at a random point of a grid of `levels` levels per
/// input (0, 1/(p−1), …, 1 of each input's range) and moves one input at a time, in a random
/// order, by Δ = ⌊p/2⌋/(p−1) (up, or down where up would leave the range). An input's
/// elementary effect is the change in the target over that step divided by Δ: points of the
/// target per whole range. μ* is the mean of their absolute values (how much the input
/// matters), μ their mean, σ their standard deviation (large beside μ*: the effect depends on
/// the other inputs, through interaction or curvature). Structural choices are not ranges
/// and are left out. Path `t` draws from `SplitMix64(seed:stream: t)`; every point is laid out
/// before any is evaluated, and point `k` writes only its own slot, so the result depends on
/// the seed alone. Inputs are sorted by id first, so the actors' order does not change it.
public struct MorrisScreening: Sendable {
    public var world: World
    public var branch: Branch
    public var target: SensitivityTarget
    public var inputs: [SensitivityInput]
    public var trajectories: Int
    public var levels: Int
    public var seed: UInt64
    public var workers: Int
    /// As ``SensitivityAnalysis``'s: from this many points, copies per worker.
    var copiesFrom = 100

    public static let defaultTrajectories = 10
    public static let defaultLevels = 4

    public init(world: World, branch: Branch, target: SensitivityTarget, inputs: [SensitivityInput]? = nil,
                trajectories: Int = defaultTrajectories, levels: Int = defaultLevels, seed: UInt64,
                workers: Int = CPUAffinity.usableCount) {
        self.world = world
        self.branch = branch
        self.target = target
        self.inputs = (inputs ?? SensitivityInput.all(world: world, branch: branch))
            .filter { !$0.isStructural }.sorted { $0.id < $1.id }
        self.trajectories = max(1, trajectories)
        self.levels = max(2, levels)
        self.seed = seed
        self.workers = max(1, workers)
    }

    /// The step, as a share of each input's range.
    public var delta: Double { Double(levels / 2) / Double(levels - 1) }

    /// Every path's points, as levels per input, and which input each step moved.
    func design() -> (points: [[Double]], moved: [Int], signs: [Double]) {
        let k = inputs.count, top = Double(levels - 1)
        var points: [[Double]] = [], moved: [Int] = [], signs: [Double] = []
        for path in 0..<trajectories {
            var random = SplitMix64(seed: seed, stream: UInt64(path))
            var point = (0..<k).map { _ in Double(min(levels - 1, Int(random.nextUnit() * Double(levels)))) / top }
            var order = Array(0..<k)
            for i in stride(from: k - 1, to: 0, by: -1) {
                order.swapAt(i, min(i, Int(random.nextUnit() * Double(i + 1))))
            }
            points.append(point)
            for input in order {
                let sign: Double = point[input] + delta <= 1 + 1e-12 ? 1 : -1
                point[input] = max(0, min(1, point[input] + sign * delta))
                points.append(point)
                moved.append(input)
                signs.append(sign)
            }
        }
        return (points, moved, signs)
    }

    public func run(isCancelled: () -> Bool = { false },
                    progress: (_ done: Int, _ of: Int) -> Void = { _, _ in }) throws(SensitivityFailure) -> MorrisResult? {
        let (points, moved, signs) = design()
        let replay = SensitivityReplay(world: world, branch: branch, targets: [target], inputs: inputs)
        let slots = RunSlots<Double>(count: points.count)
        let finished = try replay.perform(
            points.count, workers: workers, copiesFrom: copiesFrom,
            isCancelled: isCancelled, progress: { progress($0, points.count) }
        ) { replay, run throws(SensitivityFailure) in
            let point = points[run]
            slots[run] = try replay.values(point.indices.lazy.map { ($0, point[$0]) },
                                           failing: "a Morris point (path \(run / (point.count + 1) + 1))", level: 0.5)[0]
        }
        guard finished else { return nil }
        var effects = Array(filling: [Double](), count: inputs.count)
        var undefined = Array(filling: 0, count: inputs.count)
        let k = inputs.count
        for path in 0..<trajectories {
            for step in 0..<k {
                let before = slots[path * (k + 1) + step], after = slots[path * (k + 1) + step + 1]
                let input = moved[path * k + step]
                guard let before, let after else {
                    undefined[input] += 1
                    continue
                }
                effects[input].append((after - before) / (signs[path * k + step] * delta))
            }
        }
        let rows = inputs.indices.map { MorrisResult.Row(input: inputs[$0], effects: effects[$0], undefined: undefined[$0]) }
        return MorrisResult(target: target, branch: branch.name, steps: branch.steps.count, date: branch.scenario.date,
                            trajectories: trajectories, levels: levels, delta: delta, seed: seed,
                            evaluations: points.count, rows: MorrisResult.ranked(rows))
    }
}
