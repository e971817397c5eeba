import Foundation

/// Replays a branch many times from starting scenarios drawn from the seeds' uncertainty.
///
///     let monteCarlo = MonteCarlo(world: world, branch: branch, seed: 42, workers: 2)
///     let result = try monteCarlo.run(10_000)   // nil if cancelled
///
/// Each run draws its start with its own generator, `SplitMix64(seed:stream: run)`, and replays
/// the branch's commands through a fresh ``Interpreter``: the same code as typing them, with
/// each command lexed and checked once for all runs. Runs
/// are dealt out in batches; between batches the caller's thread reports progress and checks
/// for cancellation. Run `r` writes only its own slots, so the result is the same for any
/// number of workers.
public struct MonteCarlo: Sendable {
    public var world: World
    public var branch: Branch
    public var seed: UInt64
    public var workers: Int
    public var sampler: ScenarioSampler

    /// A replayed command failed on a drawn scenario.
    public struct Failure: Error, Sendable {
        public var run: Int
        public var command: String
        public var message: String
    }

    public init(world: World, branch: Branch, seed: UInt64, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                sampler: ScenarioSampler = ScenarioSampler()) {
        self.world = world
        self.branch = branch
        self.seed = seed
        self.workers = max(1, workers)
        self.sampler = sampler
    }

    /// Runs `count` replays; returns nil if `isCancelled` turned true first.
    public func run(_ count: Int, isCancelled: () -> Bool = { false },
                    progress: (_ done: Int) -> Void = { _ in }) throws(Failure) -> SimulationResult? {
        let baseline = branch.baseline
        let cells = baseline.actors.count * baseline.issues.count
        let issueCount = baseline.issues.count
        let commands = try prepareSteps()
        let bands = baseline.issues.map { id in world.seeds.issues.first { $0.id == id }?.bands ?? [] }
        let slots = RunSlots(runs: count, cells: cells, issues: issueCount, workers: workers)
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
                        let final = try replay(run, commands)
                        for cell in 0..<cells { slots.positions[run * cells + cell] = final.positions[cell] }
                        for issue in 0..<issueCount {
                            slots.settlements[run * issueCount + issue] = final.forecast(issue: issue).expected
                        }
                        let outcomes = SettlementOutcome.record(final, bands: bands)
                        for k in 0...issueCount { slots.deals[run * (issueCount + 1) + k] = outcomes[k] }
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
            finalPositions: Array(slots.positions), settlements: Array(slots.settlements), deals: Array(slots.deals),
            bandBounds: bands.map { $0.map(\.lower) })
    }

    /// Every step's command, parsed, lexed and checked once for all runs.
    func prepareSteps() throws(Failure) -> [(text: String, command: PreparedCommand)] {
        var commands: [(text: String, command: PreparedCommand)] = []
        for (index, step) in branch.steps.enumerated() {
            do throws(Diagnostic) {
                guard let invocation = try ScriptParser.parseLine(step.command, file: "step \(index + 1)", lineNumber: 1) else {
                    continue
                }
                commands.append((step.command, try CommandCatalog.standard.prepare(invocation)))
            } catch {
                throw Failure(run: 0, command: step.command, message: DiagnosticRenderer.render(error))
            }
        }
        return commands
    }

    /// One run: draw a start, then perform every step's command on it, as typing them would.
    func replay(_ run: Int, _ commands: [(text: String, command: PreparedCommand)]) throws(Failure) -> Scenario {
        var random = SplitMix64(seed: seed, stream: UInt64(run))
        let start = sampler.sample(branch.baseline, using: &random)
        var session = Session()
        session.begin(world, scenario: start, snapshotDate: branch.snapshotDate)
        let errors = ErrorSink()
        var console = Console(write: { _ in }, writeError: { errors.text += $0 })
        console.discardsOutput = true
        let interpreter = Interpreter(session: session, console: console)
        for (text, command) in commands {
            do {
                try interpreter.perform(command)
            } catch {
                interpreter.report(error)
                throw Failure(run: run, command: text, message: errors.text)
            }
        }
        return interpreter.session.branch!.scenario
    }

    /// Output slots shared by the workers; each run and each worker writes only its own.
    private struct RunSlots: @unchecked Sendable {
        let positions: UnsafeMutableBufferPointer<Double>
        let settlements: UnsafeMutableBufferPointer<Double>
        let deals: UnsafeMutableBufferPointer<Int16>
        let failures: UnsafeMutableBufferPointer<Failure?>

        init(runs: Int, cells: Int, issues: Int, workers: Int) {
            positions = .allocate(capacity: runs * cells)
            settlements = .allocate(capacity: runs * issues)
            deals = .allocate(capacity: runs * (issues + 1))
            deals.initialize(repeating: SettlementOutcome.notModelled)
            failures = .allocate(capacity: workers)
            positions.initialize(repeating: 0)
            settlements.initialize(repeating: 0)
            failures.initialize(repeating: nil)
        }

        func release() {
            positions.deallocate()
            settlements.deallocate()
            deals.deallocate()
            _ = failures.deinitialize()
            failures.deallocate()
        }
    }

    /// Collects a replay's error text.
    private final class ErrorSink {
        var text = ""
    }
}
