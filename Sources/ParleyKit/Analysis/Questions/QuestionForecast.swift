import Synchronization

/// The Monte Carlo behind a question: in how many runs a condition holds at a date.
///
///     let forecast = QuestionForecast(world: world, branch: branch, condition: condition, date: date, seed: 1)
///     let holding = try forecast.run(1000)   // nil if cancelled
///
/// Each run draws its start exactly as `simulate` does with the same seed (run `r` from
/// `SplitMix64(seed:stream: r)` through the same ``ScenarioSampler``, contested readings
/// included), replays the branch's moves, then advances to the date as `advance` does
/// (scheduled events due by then fire, capability recovers), and tests the condition there, on
/// the date. With ``anytime`` it tests at every point from the branch's date up to the date
/// instead: now, after each scheduled event that falls due (the clock moved to each in turn,
/// which ends exactly where one advance does), and on the date. Positions change only at events,
/// so for positions, gaps and deal spaces that is every point; a capability-weighted measure
/// (the coalition consensus, a Nash point) also drifts with capability recovery between events
/// and is tested only at those moments. Runs are shared by ``ParallelRuns``; each adds one to an
/// order-free count, so the answer is the same on any number of cores.
public struct QuestionForecast: Sendable {
    public var world: World
    public var branch: Branch
    /// With the world's ids.
    public var condition: Condition
    public var date: CalendarDate
    public var seed: UInt64
    public var workers: Int
    public var sampler: ScenarioSampler
    /// Test at every point up to the date, not only on it.
    public var anytime = false

    public init(world: World, branch: Branch, condition: Condition, date: CalendarDate, seed: UInt64,
                workers: Int = CPUAffinity.usableCount, sampler: ScenarioSampler = ScenarioSampler()) {
        self.world = world
        self.branch = branch
        self.condition = condition
        self.date = date
        self.seed = seed
        self.workers = max(1, workers)
        self.sampler = sampler.contested.isEmpty ? sampler.reading(world, branch) : sampler
    }

    /// Runs `count` runs and returns how many met the condition; nil if cancelled first.
    public func run(_ count: Int, isCancelled: () -> Bool = { false },
                    progress: (_ done: Int) -> Void = { _ in }) throws(MonteCarlo.Failure) -> Int? {
        let tally = Tally()
        let finished = try ParallelRuns(workers: workers).perform(count, isCancelled: isCancelled, progress: progress) {
            [self] run throws(MonteCarlo.Failure) in
            if try holds(in: run) { tally.hits.wrappingAdd(1, ordering: .relaxed) }
        }
        return finished ? tally.hits.load(ordering: .relaxed) : nil
    }

    /// Whether the condition holds at the date in run `run`.
    public func holds(in run: Int) throws(MonteCarlo.Failure) -> Bool {
        var random = SplitMix64(seed: seed, stream: UInt64(run))
        let start = sampler.sample(branch.baseline, using: &random)
        var now: Scenario
        do throws(ReplayFailure) {
            now = try start.replaying(branch.moves, catalog: world.catalog)
        } catch {
            throw MonteCarlo.Failure(run: run, command: branch.steps[error.moveIndex].command, reason: error.failure)
        }
        if anytime {
            if holds(start, now) { return true }
            while let next = now.scheduled.map(\.date).filter({ $0 <= date }).min() {
                now = try advance(now, to: next, run: run)
                if holds(start, now) { return true }
            }
        }
        return holds(start, try advance(now, to: date, run: run))
    }

    private func advance(_ scenario: Scenario, to day: CalendarDate, run: Int) throws(MonteCarlo.Failure) -> Scenario {
        do throws(EventApplier.Failure) {
            return try scenario.performing(.advance(to: day), catalog: world.catalog, step: branch.steps.count + 1).scenario
        } catch {
            throw MonteCarlo.Failure(run: run, command: "advance \(date)", reason: error)
        }
    }

    /// The condition in `scenario`, compared as shown, to one decimal, as `expect` and
    /// `simulate measure=` compare; none as none.
    private func holds(_ start: Scenario, _ scenario: Scenario) -> Bool {
        let scope = MeasureScope(world: world, baseline: start, scenario: scenario)
        // Resolved beforehand, so only a scenario without the names fails; that run does not count.
        let value: Double?
        do throws(MeasureError) {
            value = try condition.measure.value(in: scope)
        } catch {
            return false
        }
        return condition.holds(value.map { ($0 * 10).rounded() / 10 })
    }

    private final class Tally: Sendable {
        let hits = Atomic<Int>(0)
    }
}
