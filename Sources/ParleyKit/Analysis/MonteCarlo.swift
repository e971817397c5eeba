import Foundation

/// Replays a branch many times from starting scenarios drawn from the seeds' uncertainty.
///
///     let monteCarlo = MonteCarlo(world: world, branch: branch, seed: 42, workers: 2)
///     let result = try monteCarlo.run(10_000)   // nil if cancelled
///
/// Each run draws its start with its own generator, `SplitMix64(seed:stream: run)`, and replays
/// the branch's moves on it with ``Scenario/replaying(_:catalog:model:)``, the same function the
/// commands perform a move with. Runs are dealt out in batches; between batches the caller's thread reports progress and checks
/// for cancellation. Run `r` writes only its own slots, so the result is the same for any
/// number of workers.
public struct MonteCarlo: Sendable {
    public var world: World
    public var branch: Branch
    public var seed: UInt64
    public var workers: Int
    public var sampler: ScenarioSampler
    /// Measures read at the end of every run (resolved to the world's ids), besides positions
    /// and the coalition consensus.
    public var measures: [Measure]

    /// A replayed move failed on a drawn scenario.
    public struct Failure: Error, Sendable, Hashable {
        /// 0 for the first run.
        public var run: Int
        /// The failing step's command, as typed.
        public var command: String
        /// Why, with a code: `reason.isInfeasible` when the drawn values could not take the move.
        public var reason: EventApplier.Failure
    }

    public init(world: World, branch: Branch, seed: UInt64, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                sampler: ScenarioSampler = ScenarioSampler(), measures: [Measure] = []) {
        self.world = world
        self.measures = measures
        self.branch = branch
        self.seed = seed
        self.workers = max(1, workers)
        self.sampler = sampler
    }

    /// Runs `count` replays; returns nil if `isCancelled` turned true first.
    public func run(_ count: Int, isCancelled: () -> Bool = { false },
                    progress: (_ done: Int) -> Void = { _ in }) throws(Failure) -> SimulationResult? {
        let baseline = branch.baseline
        let issueCount = baseline.issues.count
        let moves = branch.moves
        let measureCount = measures.count
        let slots = RunSlots(runs: count, shape: baseline.positions, issues: issueCount, measures: measureCount, workers: workers)
        defer { slots.release() }
        // Small enough batches that Ctrl-C and the progress line respond within a moment.
        let batch = workers * 32
        var done = 0
        while done < count {
            if isCancelled() { return nil }
            let end = min(count, done + batch)
            let start = done
            let work: @Sendable (Int) -> Void = { [self] worker in
                var run = start + worker
                while run < end, slots.failures[worker] == nil {
                    do throws(Failure) {
                        let (drawn, final) = try replay(run, moves)
                        slots.positions[run] = final.positions
                        if measureCount > 0 {
                            let scope = MeasureScope(world: world, baseline: drawn, scenario: final)
                            for (index, measure) in measures.enumerated() {
                                // Resolved beforehand, so only a scenario without the names fails.
                                slots.measures[run * measureCount + index] = (try? measure.value(in: scope)) ?? .nan
                            }
                        }
                        for issue in 0..<issueCount {
                            slots.consensus[run * issueCount + issue] = final.consensus(issue: issue).expected
                        }
                    } catch {
                        slots.failures[worker] = error
                    }
                    run += workers
                }
            }
            if workers == 1 {
                work(0)
            } else {
                DispatchQueue.concurrentPerform(iterations: workers, execute: work)
            }
            // The earliest failing run, whichever worker met it.
            if let failure = slots.failures.compactMap({ $0 }).min(by: { $0.run < $1.run }) { throw failure }
            done = end
            progress(done)
        }
        return SimulationResult(
            seed: seed, branch: branch.name, steps: branch.steps.count, runs: count, startDate: baseline.date,
            endDate: branch.scenario.date, actors: baseline.actors, issues: baseline.issues,
            finalPositions: Array(slots.positions),
            consensus: Grid(rows: count, columns: issueCount, values: Array(slots.consensus)),
            measures: measures, measureValues: Grid(rows: count, columns: measureCount, values: Array(slots.measures)))
    }

    /// One run: draw a start, then perform every step's move on it.
    func replay(_ run: Int, _ moves: [Move]) throws(Failure) -> (start: Scenario, end: Scenario) {
        var random = SplitMix64(seed: seed, stream: UInt64(run))
        let start = sampler.sample(branch.baseline, using: &random)
        do throws(ReplayFailure) {
            return (start, try start.replaying(moves, catalog: world.catalog))
        } catch {
            throw Failure(run: run, command: branch.steps[error.moveIndex].command, reason: error.failure)
        }
    }

    /// Output slots shared by the workers; each run and each worker writes only its own.
    private struct RunSlots: @unchecked Sendable {
        let positions: UnsafeMutableBufferPointer<Grid>
        let consensus: UnsafeMutableBufferPointer<Double>
        let measures: UnsafeMutableBufferPointer<Double>
        let failures: UnsafeMutableBufferPointer<Failure?>

        init(runs: Int, shape: Grid, issues: Int, measures measureCount: Int, workers: Int) {
            positions = .allocate(capacity: runs)
            consensus = .allocate(capacity: runs * issues)
            failures = .allocate(capacity: workers)
            positions.initialize(repeating: shape)
            consensus.initialize(repeating: 0)
            measures = .allocate(capacity: runs * measureCount)
            measures.initialize(repeating: 0)
            failures.initialize(repeating: nil)
        }

        func release() {
            _ = positions.deinitialize()
            positions.deallocate()
            consensus.deallocate()
            measures.deallocate()
            _ = failures.deinitialize()
            failures.deallocate()
        }
    }
}
