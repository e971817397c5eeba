import Foundation

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
        let (consensus, measureValues) = records.collected()
        let tally = records.merged()
        var result = SimulationResult(
            seed: seed, branch: branch.name, steps: branch.steps.count, runs: count, startDate: baseline.date,
            endDate: branch.scenario.date, actors: baseline.actors, issues: baseline.issues,
            finalPositionRows: Grid(rows: positions.count / max(1, cells), columns: cells, values: positions),
            consensus: consensus, sketches: tally.sketches,
            measures: measures, measureValues: measureValues, deals: Array(records.deals),
            bandBounds: bands.map { $0.map(\.lower) }, bandLabels: bands.map { $0.map(\.label) })
        if !conditions.isEmpty { result.conditions = conditions }
        (result.measureSketches, result.measureNones, result.measureHolding) = (tally.measureSketches, tally.nones, tally.holding)
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
                                 exactRunLimit: exactRunLimit, positions: positions, workers: workers)
        // Worker 0 (this thread) reads the originals; every other worker its own copies, once
        // there are runs enough to repay making them (a few milliseconds).
        let original = RunInput(baseline: baseline, moves: branch.moves, catalog: world.catalog, sampler: sampler, bands: bands)
        let copies = workers > 1 && count >= copiesFrom
        let finished: Bool
        do throws(Failure) {
            // Each other worker makes its copies on its own thread, while worker 0 is already running.
            finished = try ParallelRuns(workers: workers, chunk: Self.chunk).perform(
                count, isCancelled: isCancelled, progress: progress,
                workspace: { worker in (input: worker == 0 || !copies ? original : original.unshared(), worker: worker) }
            ) { [self] workspace, run throws(Failure) in
                let input = workspace.input
                let (drawn, final) = try replay(run, input)
                var values: [Double] = []
                if !measures.isEmpty {
                    let scope = MeasureScope(world: world, baseline: drawn, scenario: final)
                    // None (no deal space) is kept as NaN. Resolved beforehand, so only a scenario
                    // without the names fails, and it too reads as NaN.
                    values = measures.map { (try? $0.value(in: scope)) ?? .nan }
                }
                records.record(run: run, final: final, measures: values, bands: input.bands, worker: workspace.worker)
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
        /// (equal by construction; kept shared if it did not encode or decode). With no moves no
        /// run reads the catalog, so it is not copied (that took most of the copying's few ms).
        func unshared() -> RunInput {
            let encoded = moves.isEmpty ? nil : try? CompactEncoder.encode(catalog)
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
    /// run adds to its worker's own sketches (measures too, with their none and condition
    /// counts), which are merged at the end: adding counts is exact and order-free, so the
    /// totals are the same however the runs were shared. One set shared under a lock made the
    /// workers wait for each other and pass its cache lines back and forth on every run.
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
        /// Above the exact limit, per worker; worker `w` writes only slot `w`, made on its own
        /// thread at its first run.
        let tallies: RunSlots<Tally>
        let measureRanges: [ClosedRange<Double>]
        let conditions: [Condition?]
        /// Every run's settlement codes (``SettlementOutcome``), kept whatever the number of runs.
        let deals: UnsafeMutableBufferPointer<Int16>

        init(runs: Int, shape: Grid, issues: Int, measures ranges: [ClosedRange<Double>], conditions: [Condition?],
             exactRunLimit: Int, positions: UnsafeMutableBufferPointer<Double>, workers: Int) {
            let measureCount = ranges.count
            self.conditions = conditions
            measureRanges = ranges
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
            tallies = RunSlots(count: exact ? 0 : max(1, workers))
        }

        /// `bands` are the worker's own (a shared array's reference count would bounce between cores).
        func record(run: Int, final: Scenario, measures values: [Double], bands: [[Band]], worker: Int) {
            if exact {
                for (index, value) in values.enumerated() { measures[run * measureCount + index] = value }
            } else if !values.isEmpty {
                tallies.update(worker, default: newTally) { $0.add(measures: values, conditions: conditions) }
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
            tallies.update(worker, default: newTally) { $0.add(final) }
        }

        /// A worker's tally, made at its first run (by the worker, so in memory near it).
        private func newTally() -> Tally {
            Tally(cells: cells, issues: issues, measures: measureRanges)
        }

        /// Every worker's tally merged (worker by worker; the order changes nothing), or an
        /// empty one when every value was kept.
        func merged() -> Tally {
            var total = Tally(cells: exact ? 0 : cells, issues: exact ? 0 : issues, measures: exact ? [] : measureRanges)
            for worker in 0..<tallies.count { if let tally = tallies[worker] { total.merge(tally) } }
            return total
        }

        func collected() -> (consensus: Grid, measures: Grid) {
            let kept = exact ? runs : 0
            return (Grid(rows: kept, columns: issues, values: Array(consensus)),
                    Grid(rows: kept, columns: measureCount, values: Array(measures)))
        }

        func release() {
            consensus.deallocate()
            measures.deallocate()
            deals.deallocate()
        }
    }

    /// One worker's sketches above the exact limit: every final position and consensus, and per
    /// measure its values that were not none, how many runs it was none in, and how many met
    /// its condition.
    struct Tally {
        var sketches: [QuantileSketch]
        var measureSketches: [QuantileSketch]
        var nones: [Int]
        var holding: [Int]

        init(cells: Int, issues: Int, measures: [ClosedRange<Double>]) {
            sketches = Array(filling: QuantileSketch(), count: cells + issues)
            measureSketches = measures.map { QuantileSketch(range: $0) }
            nones = Array(filling: 0, count: measures.count)
            holding = nones
        }

        mutating func add(_ final: Scenario) {
            let cells = final.positions.values.count
            final.positions.values.withUnsafeBufferPointer { values in
                for cell in 0..<cells { sketches[cell].add(values[cell]) }
            }
            for issue in 0..<(sketches.count - cells) { sketches[cells + issue].add(final.consensusValue(issue: issue)) }
        }

        mutating func add(measures values: [Double], conditions: [Condition?]) {
            for (index, value) in values.enumerated() {
                if value.isNaN { nones[index] += 1 } else { measureSketches[index].add(value) }
                if let condition = conditions[index], condition.holds(value.isNaN ? nil : (value * 10).rounded() / 10) {
                    holding[index] += 1
                }
            }
        }

        mutating func merge(_ other: Tally) {
            for k in sketches.indices { sketches[k].merge(other.sketches[k]) }
            for k in measureSketches.indices { measureSketches[k].merge(other.measureSketches[k]) }
            for k in nones.indices {
                nones[k] += other.nones[k]
                holding[k] += other.holding[k]
            }
        }
    }
}
