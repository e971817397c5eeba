import Foundation
import Synchronization

/// Replays a branch many times from starting scenarios drawn from the seeds' uncertainty.
///
///     let monteCarlo = MonteCarlo(world: world, branch: branch, seed: 42, workers: 2)
///     let result = try monteCarlo.run(10_000)   // nil if cancelled
///
/// Each run draws its start with its own generator, `SplitMix64(seed:stream: run)`, and replays
/// the branch's commands through a fresh ``Interpreter``: the same code as typing them, with
/// each command lexed and checked once for all runs. Runs are shared among the workers by
/// ``ParallelRuns`` (each takes the next run when it finishes one); run `r` writes only its own
/// slots, or adds to order-free sketches, so the result is the same for any number of workers.
public struct MonteCarlo: Sendable {
    public var world: World
    public var branch: Branch
    public var seed: UInt64
    public var workers: Int
    public var sampler: ScenarioSampler
    /// Up to this many runs every value is kept; above it, sketches (see ``SimulationResult``).
    public var exactRunLimit = SimulationResult.exactRunLimit

    /// A replayed command failed on a drawn scenario.
    public struct Failure: Error, Sendable {
        public var run: Int
        public var command: String
        public var message: String
    }

    public init(world: World, branch: Branch, seed: UInt64, workers: Int = CPUAffinity.usableCount,
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
        let commands = try prepareSteps()
        let bands = baseline.issues.map { id in world.seeds.issues.first { $0.id == id }?.bands ?? [] }
        let records = RunRecords(runs: count, cells: baseline.actors.count * baseline.issues.count,
                                 issues: baseline.issues.count, exactRunLimit: exactRunLimit, bands: bands)
        defer { records.release() }
        let finished = try ParallelRuns(workers: workers).perform(count, isCancelled: isCancelled, progress: progress) {
            [self] run throws(Failure) in
            records.record(run: run, final: try replay(run, commands))
        }
        guard finished else { return nil }
        let (positions, settlements, sketches) = records.collected()
        let deals = Array(records.deals)
        return SimulationResult(
            seed: seed, branch: branch.name, steps: branch.steps.count, runs: count, startDate: baseline.date,
            endDate: branch.scenario.date, actors: baseline.actors, issues: baseline.issues,
            finalPositions: positions, settlements: settlements, sketches: sketches, deals: deals,
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

    /// What the runs found, as they finish in any order. Up to
    /// ``SimulationResult/exactRunLimit`` runs, run `r` writes only its own slots; above it every
    /// run adds to shared sketches under a lock (a few dozen counts, against a replay's
    /// hundred microseconds), whose totals do not depend on the order.
    private final class RunRecords: @unchecked Sendable {
        let cells: Int
        let issues: Int
        let exact: Bool
        let positions: UnsafeMutableBufferPointer<Double>
        let settlements: UnsafeMutableBufferPointer<Double>
        let sketches: Mutex<[QuantileSketch]>
        /// Every run's settlement codes (``SettlementOutcome``), kept whatever the number of runs.
        let deals: UnsafeMutableBufferPointer<Int16>
        let bands: [[Band]]

        init(runs: Int, cells: Int, issues: Int, exactRunLimit: Int, bands: [[Band]]) {
            self.bands = bands
            deals = .allocate(capacity: runs * (issues + 1))
            deals.initialize(repeating: SettlementOutcome.notModelled)
            self.cells = cells
            self.issues = issues
            exact = runs <= exactRunLimit
            positions = .allocate(capacity: exact ? runs * cells : 0)
            settlements = .allocate(capacity: exact ? runs * issues : 0)
            positions.initialize(repeating: 0)
            settlements.initialize(repeating: 0)
            sketches = Mutex(exact ? [] : Array(repeating: QuantileSketch(), count: cells + issues))
        }

        func record(run: Int, final: Scenario) {
            let outcomes = SettlementOutcome.record(final, bands: bands)
            for k in 0...issues { deals[run * (issues + 1) + k] = outcomes[k] }
            if exact {
                for cell in 0..<cells { positions[run * cells + cell] = final.positions[cell] }
                for issue in 0..<issues { settlements[run * issues + issue] = final.forecast(issue: issue).expected }
                return
            }
            let settled = (0..<issues).map { final.forecast(issue: $0).expected }
            sketches.withLock { sketches in
                for cell in 0..<cells { sketches[cell].add(final.positions[cell]) }
                for issue in 0..<issues { sketches[cells + issue].add(settled[issue]) }
            }
        }

        func collected() -> (positions: [Double], settlements: [Double], sketches: [QuantileSketch]) {
            (Array(positions), Array(settlements), sketches.withLock { $0 })
        }

        func release() {
            positions.deallocate()
            settlements.deallocate()
            deals.deallocate()
        }
    }

    /// Collects a replay's error text.
    private final class ErrorSink {
        var text = ""
    }
}
