import Foundation
import Synchronization

/// Replays a branch many times from starting scenarios drawn from the seeds' uncertainty.
///
///     let monteCarlo = MonteCarlo(world: world, branch: branch, seed: 42, workers: 2)
///     let result = try monteCarlo.run(10_000)   // nil if cancelled
///
/// Each run draws its start with its own generator, `SplitMix64(seed:stream: run)`, and replays
/// the branch's moves on it with ``Scenario/replaying(_:catalog:model:)``: the code the commands
/// perform a move with, without the trace no run reads. Runs are shared among the workers by ``ParallelRuns`` (each
/// takes the next run when it finishes one); run `r` writes only its own slots, or adds to
/// order-free sketches, so the result is the same for any number of workers.
public struct MonteCarlo: Sendable {
    public var world: World
    public var branch: Branch
    public var seed: UInt64
    public var workers: Int
    public var sampler: ScenarioSampler
    /// Measures read at the end of every run (resolved to the world's ids), besides positions
    /// and the coalition consensus.
    public var measures: [Measure]
    /// Per measure, a condition to count the runs it holds in (`simulate … measure="M >= 80"`);
    /// empty or nil for none. Above ``exactRunLimit`` runs the count is kept as they finish.
    public var conditions: [Condition?] = []
    /// Up to this many runs every value is kept; above it, sketches (see ``SimulationResult``).
    public var exactRunLimit = SimulationResult.exactRunLimit
    /// From this many runs, workers other than the first work on copies of their own of what
    /// every run reads (making them takes a few milliseconds); the results are the same either way.
    var copiesFrom = 200

    /// A replayed move failed on a drawn scenario.
    public struct Failure: Error, Sendable, Hashable {
        /// 0 for the first run.
        public var run: Int
        /// The failing step's command, as typed.
        public var command: String
        /// Why, with a code: `reason.isInfeasible` when the drawn values could not take the move.
        public var reason: EventApplier.Failure
    }

    public init(world: World, branch: Branch, seed: UInt64, workers: Int = CPUAffinity.usableCount,
                sampler: ScenarioSampler = ScenarioSampler(), measures: [Measure] = []) {
        self.world = world
        self.measures = measures
        self.branch = branch
        self.seed = seed
        self.workers = max(1, workers)
        // Contested seed values are sampled unless the caller chose readings itself.
        self.sampler = sampler.contested.isEmpty ? sampler.reading(world, branch) : sampler
    }

    /// Runs `count` replays; returns nil if `isCancelled` turned true first.
    public func run(_ count: Int, isCancelled: () -> Bool = { false },
                    progress: (_ done: Int) -> Void = { _ in }) throws(Failure) -> SimulationResult? {
        let baseline = branch.baseline
        let bands = baseline.issues.map { id in world.seeds.issues.first { $0.id == id }?.bands ?? [] }
        let cells = baseline.positions.values.count
        var outcome: Result<RunRecords?, Failure> = .success(nil)
        // Each run's final positions go straight into the result's array, written by the worker
        // that ran it: copying them afterwards would fault in megabytes of fresh pages on one core.
        let positions = [Double](unsafeUninitializedCapacity: count <= exactRunLimit ? count * cells : 0) { buffer, initialized in
            // Plain numbers, each written by its run; the array is dropped unless every run ended.
            initialized = buffer.count
            do throws(Failure) {
                outcome = .success(try runAll(count, bands: bands, positions: buffer, isCancelled: isCancelled, progress: progress))
            } catch {
                outcome = .failure(error)
            }
        }
        guard let records = try outcome.get() else { return nil }
        defer { records.release() }
        let (consensus, sketches, measureValues) = records.collected()
        var result = SimulationResult(
            seed: seed, branch: branch.name, steps: branch.steps.count, runs: count, startDate: baseline.date,
            endDate: branch.scenario.date, actors: baseline.actors, issues: baseline.issues,
            finalPositionRows: Grid(rows: positions.count / max(1, cells), columns: cells, values: positions),
            consensus: consensus, sketches: sketches,
            measures: measures, measureValues: measureValues, deals: Array(records.deals),
            bandBounds: bands.map { $0.map(\.lower) }, bandLabels: bands.map { $0.map(\.label) })
        if !conditions.isEmpty { result.conditions = conditions }
        (result.measureSketches, result.measureNones, result.measureHolding) = records.measureSketches.withLock { $0 }
        result.percentileTable = PercentileTable(result, workers: workers)
        return result
    }

    /// Every run, recorded; nil if cancelled first.
    private func runAll(_ count: Int, bands: [[Band]], positions: UnsafeMutableBufferPointer<Double>,
                        isCancelled: () -> Bool, progress: (_ done: Int) -> Void) throws(Failure) -> RunRecords? {
        let baseline = branch.baseline
        let records = RunRecords(runs: count, shape: baseline.positions, issues: baseline.issues.count,
                                 measures: measures.map { $0.range(issues: baseline.issues.count) },
                                 conditions: measures.indices.map { conditions.indices.contains($0) ? conditions[$0] : nil },
                                 exactRunLimit: exactRunLimit, positions: positions)
        // Worker 0 (this thread) reads the originals; every other worker its own copies, once
        // there are runs enough to repay making them (a few milliseconds).
        let original = RunInput(baseline: baseline, moves: branch.moves, catalog: world.catalog, sampler: sampler, bands: bands)
        let copies = workers > 1 && count >= copiesFrom
        let finished: Bool
        do throws(Failure) {
            // Each other worker makes its copies on its own thread, while worker 0 is already running.
            finished = try ParallelRuns(workers: workers, chunk: Self.chunk).perform(
                count, isCancelled: isCancelled, progress: progress,
                workspace: { worker in worker == 0 || !copies ? original : original.unshared() }
            ) { [self] input, run throws(Failure) in
                let (drawn, final) = try replay(run, input)
                var values: [Double] = []
                if !measures.isEmpty {
                    let scope = MeasureScope(world: world, baseline: drawn, scenario: final)
                    // None (no deal space) is kept as NaN. Resolved beforehand, so only a scenario
                    // without the names fails, and it too reads as NaN.
                    values = measures.map { (try? $0.value(in: scope)) ?? .nan }
                }
                records.record(run: run, final: final, measures: values, bands: input.bands)
            }
        } catch {
            records.release()
            throw error
        }
        guard finished else {
            records.release()
            return nil
        }
        return records
    }

    /// Runs claimed at a time: few enough that the last ones end together, enough that two
    /// workers seldom write neighbouring slots.
    static let chunk = 8

    /// What every run reads, kept per worker (``ParallelRuns/perform(_:isCancelled:progress:workspace:_:)``).
    struct RunInput {
        var baseline: Scenario
        var moves: [Move]
        var catalog: EventCatalog
        var sampler: ScenarioSampler
        /// Per issue, its bands, to code where each run's Nash point fell.
        var bands: [[Band]]

        /// The same input in buffers of its own; the catalog decoded afresh from its encoding
        /// (equal by construction; kept shared if it did not encode or decode).
        func unshared() -> RunInput {
            let encoded = try? CompactEncoder.encode(catalog)
            let catalog = encoded.flatMap { try? CompactDecoder.decode(EventCatalog.self, from: $0) } ?? self.catalog
            return RunInput(baseline: baseline.unshared(), moves: Unshared.array(moves.map(\.unshared)),
                            catalog: catalog, sampler: sampler.unshared(),
                            bands: Unshared.array(bands.map { Unshared.array($0.map(\.unshared)) }))
        }
    }

    /// One run: draw a start, then perform every step's move on it.
    func replay(_ run: Int, _ input: RunInput) throws(Failure) -> (start: Scenario, end: Scenario) {
        var random = SplitMix64(seed: seed, stream: UInt64(run))
        let start = input.sampler.sample(input.baseline, using: &random)
        do throws(ReplayFailure) {
            return (start, try start.replaying(input.moves, catalog: input.catalog))
        } catch {
            throw Failure(run: run, command: branch.steps[error.moveIndex].command, reason: error.failure)
        }
    }

    /// What the runs found, as they finish in any order. Up to
    /// ``SimulationResult/exactRunLimit`` runs, run `r` writes only its own slots; above it every
    /// run adds to shared sketches under a lock (a few dozen counts, against a replay's
    /// hundred microseconds), whose totals do not depend on the order; measures too, with
    /// their none and condition counts.
    private final class RunRecords: @unchecked Sendable {
        let runs: Int
        let cells: Int
        let issues: Int
        let measureCount: Int
        let exact: Bool
        /// Run-major: run `r`'s final positions at `r · cells` (the caller's buffer, empty
        /// above the exact limit).
        let positions: UnsafeMutableBufferPointer<Double>
        let consensus: UnsafeMutableBufferPointer<Double>
        let measures: UnsafeMutableBufferPointer<Double>
        let sketches: Mutex<[QuantileSketch]>
        /// Above the exact limit: per measure its sketch (values that were not none), how many
        /// runs it was none in, and how many met its condition.
        let measureSketches: Mutex<(sketches: [QuantileSketch], nones: [Int], holding: [Int])>
        let conditions: [Condition?]
        /// Every run's settlement codes (``SettlementOutcome``), kept whatever the number of runs.
        let deals: UnsafeMutableBufferPointer<Int16>

        init(runs: Int, shape: Grid, issues: Int, measures ranges: [ClosedRange<Double>], conditions: [Condition?],
             exactRunLimit: Int, positions: UnsafeMutableBufferPointer<Double>) {
            let measureCount = ranges.count
            self.conditions = conditions
            deals = .allocate(capacity: runs * (issues + 1))
            deals.initialize(repeating: SettlementOutcome.notModelled)
            self.runs = runs
            self.cells = shape.values.count
            self.issues = issues
            self.measureCount = measureCount
            exact = runs <= exactRunLimit
            self.positions = positions
            consensus = .allocate(capacity: exact ? runs * issues : 0)
            measures = .allocate(capacity: exact ? runs * measureCount : 0)
            consensus.initialize(repeating: 0)
            measures.initialize(repeating: 0)
            sketches = Mutex(exact ? [] : Array(repeating: QuantileSketch(), count: cells + issues))
            measureSketches = Mutex(exact ? ([], [], []) : (ranges.map { QuantileSketch(range: $0) },
                                                            Array(repeating: 0, count: measureCount),
                                                            Array(repeating: 0, count: measureCount)))
        }

        /// `bands` are the worker's own (a shared array's reference count would bounce between cores).
        func record(run: Int, final: Scenario, measures values: [Double], bands: [[Band]]) {
            if exact {
                for (index, value) in values.enumerated() { measures[run * measureCount + index] = value }
            } else if !values.isEmpty {
                measureSketches.withLock { kept in
                    for (index, value) in values.enumerated() {
                        if value.isNaN { kept.nones[index] += 1 } else { kept.sketches[index].add(value) }
                        if let condition = conditions[index], condition.holds(value.isNaN ? nil : (value * 10).rounded() / 10) {
                            kept.holding[index] += 1
                        }
                    }
                }
            }
            let outcomes = SettlementOutcome.record(final, bands: bands)
            for k in 0...issues { deals[run * (issues + 1) + k] = outcomes[k] }
            if exact {
                final.positions.values.withUnsafeBufferPointer { values in
                    precondition(values.count == cells, "a move changed the number of actors or issues")
                    for cell in 0..<cells { positions[run * cells + cell] = values[cell] }
                }
                for issue in 0..<issues { consensus[run * issues + issue] = final.consensusValue(issue: issue) }
                return
            }
            let expected = (0..<issues).map { final.consensusValue(issue: $0) }
            sketches.withLock { sketches in
                for cell in 0..<cells { sketches[cell].add(final.positions.values[cell]) }
                for issue in 0..<issues { sketches[cells + issue].add(expected[issue]) }
            }
        }

        func collected() -> (consensus: Grid, sketches: [QuantileSketch], measures: Grid) {
            let kept = exact ? runs : 0
            return (Grid(rows: kept, columns: issues, values: Array(consensus)),
                    sketches.withLock { $0 }, Grid(rows: exact ? runs : 0, columns: measureCount, values: Array(measures)))
        }

        func release() {
            consensus.deallocate()
            measures.deallocate()
            deals.deallocate()
        }
    }
}
