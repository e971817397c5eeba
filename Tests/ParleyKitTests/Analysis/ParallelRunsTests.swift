import Foundation
import Synchronization
import Testing
@testable import ParleyKit

@Suite("ParallelRuns and the quantile sketch")
struct ParallelRunsTests {
    struct Failed: Error, Equatable { var run: Int }

    /// Counts how often each run was done.
    final class Tally: @unchecked Sendable {
        let counts: UnsafeMutableBufferPointer<Int>
        init(_ count: Int) { counts = .allocate(capacity: count); counts.initialize(repeating: 0) }
        deinit { counts.deallocate() }
    }

    @Test(arguments: [1, 2, 3, 5], [1, 4])
    func everyRunIsDoneExactlyOnce(workers: Int, chunk: Int) throws {
        let tally = Tally(1000)
        var reported: [Int] = []
        let finished = ParallelRuns(workers: workers, chunk: chunk).perform(1000, progress: { reported.append($0) }) { run in
            tally.counts[run] += 1
        }
        #expect(finished)
        #expect(tally.counts.allSatisfy { $0 == 1 })
        #expect(reported.last == 1000)
        #expect(reported == reported.sorted())
    }

    /// Each worker makes one workspace, on its own thread, and every run it does gets it.
    @Test(arguments: [1, 2, 3])
    func eachWorkerKeepsOneWorkspace(workers: Int) throws {
        let tally = Tally(600)
        let made = Atomic<Int>(0)
        let finished = ParallelRuns(workers: workers, chunk: 3).perform(600, workspace: { worker in
            made.wrappingAdd(1, ordering: .relaxed)
            return (worker: worker, runs: 0)
        }) { (workspace: inout (worker: Int, runs: Int), run: Int) in
            workspace.runs += 1
            tally.counts[run] = workspace.worker + 1
        }
        #expect(finished)
        #expect(tally.counts.allSatisfy { (1...workers).contains($0) })
        #expect((1...workers).contains(made.load(ordering: .relaxed)))
    }

    /// A worker's copies of a run's input equal the originals, in buffers of their own.
    @Test func unsharedCopiesAreEqual() throws {
        let world = try World.load(directory: seedTestsPackageRoot.appendingPathComponent("seeds"), displayName: "seeds")
        let scenario = world.scenario(at: world.seeds.latest)
        let copy = scenario.unshared()
        #expect(copy == scenario)
        #expect(copy.settlement == scenario.settlement)
        copy.positions.values.withUnsafeBufferPointer { mine in
            scenario.positions.values.withUnsafeBufferPointer { theirs in #expect(mine.baseAddress != theirs.baseAddress) }
        }
        let branch = Branch(name: "main", baseline: scenario, snapshotDate: world.seeds.latest.date)
        let sampler = ScenarioSampler().reading(world, branch)
        #expect(sampler.unshared().contested == sampler.contested)
        let move = Move.sequence([.apply(event: "sanctions", arguments: ["by": .ids(["EU"]), "severity": .number(0.5)]), .turns(2)])
        #expect(move.unshared == move)
        // A world's copy: equal, with a catalog and seed lists of its own.
        let worldCopy = World.Copier(world).copy()
        #expect(worldCopy == world)
        worldCopy.catalog.types.withUnsafeBufferPointer { mine in
            world.catalog.types.withUnsafeBufferPointer { theirs in #expect(mine.baseAddress != theirs.baseAddress) }
        }
        worldCopy.seeds.snapshots.withUnsafeBufferPointer { mine in
            world.seeds.snapshots.withUnsafeBufferPointer { theirs in #expect(mine.baseAddress != theirs.baseAddress) }
        }
        let (conflict, theirConflict) = (try #require(worldCopy.seeds.conflict), try #require(world.seeds.conflict))
        conflict.options.withUnsafeBufferPointer { mine in
            theirConflict.options.withUnsafeBufferPointer { theirs in #expect(mine.baseAddress != theirs.baseAddress) }
        }
        // Applied and scheduled events (an ultimatum schedules its deadline) are copied whole.
        let ultimatum = try #require(world.catalog.type(named: "ultimatum"))
        var later = scenario
        _ = try EventApplier(catalog: world.catalog, step: 1).apply(
            ultimatum, arguments: Dictionary(uniqueKeysWithValues: ultimatum.parameters.compactMap { p in p.defaultValue.map { (p.name, $0) } }),
            to: &later)
        #expect(!later.applied.isEmpty && later.unshared() == later)
    }

    @Test(arguments: [1, 2, 4])
    func theEarliestFailureIsThrownWhateverTheTiming(workers: Int) {
        for _ in 0..<5 {
            #expect(throws: Failed(run: 137)) {
                _ = try ParallelRuns(workers: workers).perform(2000) { (run: Int) throws(Failed) in
                    // Later failures often happen first on another worker.
                    if run == 137 { usleep(2000) }
                    if run == 137 || run == 600 || run > 1500 { throw Failed(run: run) }
                }
            }
        }
    }

    @Test func cancellingStopsEarly() {
        let done = Atomic<Int>(0)
        var asked = 0
        let finished = ParallelRuns(workers: 2).perform(100_000, isCancelled: { asked += 1; return asked > 10 }) { _ in
            done.wrappingAdd(1, ordering: .relaxed)
        }
        #expect(!finished)
        #expect(done.load(ordering: .relaxed) < 100_000)
    }

    /// A team given back is lent again to the next call of its size; a call made while it is out
    /// gets one of its own, and of two given back only one is kept. (Size 7: no other test
    /// borrows it, so tests running at once do not take it.)
    @Test func idleTeamsAreKeptAndLentAgain() {
        let first = WorkerTeam.borrow(workerCount: 7)
        first.giveBack()
        let again = WorkerTeam.borrow(workerCount: 7)
        #expect(again === first)
        let second = WorkerTeam.borrow(workerCount: 7)
        #expect(second !== first)
        first.giveBack()
        second.giveBack()  // one of size 7 is kept already: this one stops
        let third = WorkerTeam.borrow(workerCount: 7)
        #expect(third === first)
        let tally = Tally(700)
        _ = ParallelRuns(workers: 7).perform(700) { run in tally.counts[run] += 1 }
        #expect(tally.counts.allSatisfy { $0 == 1 })
        third.stop()
    }

    /// Runs that share work of their own borrow while the outer team is out, and every inner
    /// run is done once.
    @Test(arguments: [2, 3])
    func nestedRunsFinish(workers: Int) {
        let tally = Tally(8 * 300)
        let finished = ParallelRuns(workers: workers).perform(8) { outer in
            _ = ParallelRuns(workers: workers, chunk: 5).perform(300) { inner in tally.counts[outer * 300 + inner] += 1 }
        }
        #expect(finished)
        #expect(tally.counts.allSatisfy { $0 == 1 })
    }

    /// Cancelled before it starts, a call does no run and reports it, however quickly an awake
    /// helper could have done them all (a kept team made that race real).
    @Test(arguments: [1, 2, 3])
    func cancelledFromTheStartDoesNoRun(workers: Int) {
        for _ in 0..<20 {
            let done = Atomic<Int>(0)
            let finished = ParallelRuns(workers: workers).perform(3, isCancelled: { true }) { _ in
                done.wrappingAdd(1, ordering: .relaxed)
            }
            #expect(!finished)
            #expect(done.load(ordering: .relaxed) == 0)
        }
    }

    @Test func theWorkerCountFollowsTheAffinityMask() {
        #expect(CPUAffinity.usableCount >= 1)
        #expect(CPUAffinity.usableCount <= ProcessInfo.processInfo.processorCount)
    }

    @Test func sketchPercentilesAreWithinHalfABinOfTheExactOnes() {
        var random = ParleyKit.SplitMix64(seed: 3, stream: 1)
        for size in [1, 2, 7, 100, 5001] {
            var values: [Double] = []
            var sketch = QuantileSketch()
            for _ in 0..<size {
                let value = min(100, max(0, 50 + 15 * random.nextNormal()))
                values.append(value)
                sketch.add(value)
            }
            values.sort()
            for p in [0.0, 10, 50, 90, 100] {
                #expect(abs(sketch.percentile(p) - Percentile.of(sorted: values, p)) <= QuantileSketch.binWidth / 2 + 1e-12)
            }
            #expect(abs(sketch.mean - values.reduce(0, +) / Double(size)) < 1e-9)
            #expect(sketch.histogram(bins: 20).reduce(0, +) == size)
        }
    }

    @Test func sketchesMergeInAnyOrder() {
        var random = ParleyKit.SplitMix64(seed: 5, stream: 1)
        let values = (0..<3000).map { _ in random.nextUnit() * 100 }
        var whole = QuantileSketch()
        values.forEach { whole.add($0) }
        var a = QuantileSketch(), b = QuantileSketch()
        for (index, value) in values.enumerated() { if index % 3 == 0 { a.add(value) } else { b.add(value) } }
        var ab = a, ba = b
        ab.merge(b)
        ba.merge(a)
        #expect(ab == whole && ba == whole)
        #expect(ab.mean == whole.mean)
    }

    /// Workers on their own copies of the run's input find exactly what one worker finds.
    @Test func workersOnCopiesFindTheSameResult() throws {
        let t = SimulateTests.tour(workers: 1)
        let branch = try #require(t.interpreter.session.branch)
        let world = try #require(t.interpreter.session.world)
        var results: [SimulationResult] = []
        for workers in [1, 2, 3] {
            var monteCarlo = MonteCarlo(world: world, branch: branch, seed: 5, workers: workers)
            monteCarlo.copiesFrom = 0
            results.append(try #require(try monteCarlo.run(90)))
        }
        #expect(results[0] == results[1] && results[0] == results[2])
    }

    /// Above the exact limit the result is sketched, and still the same on any number of cores.
    @Test func sketchedSimulationsAreIdenticalOnAnyNumberOfCores() throws {
        let t = SimulateTests.tour(workers: 1)
        let branch = try #require(t.interpreter.session.branch)
        let world = try #require(t.interpreter.session.world)
        var results: [SimulationResult] = []
        for workers in [1, 2, 3] {
            var monteCarlo = MonteCarlo(world: world, branch: branch, seed: 11, workers: workers)
            monteCarlo.exactRunLimit = 50
            results.append(try #require(try monteCarlo.run(120)))
        }
        #expect(!results[0].isExact && results[0].finalPositions.isEmpty)
        #expect(results[0] == results[1] && results[0] == results[2])
        // And close to the exact figures for the same runs.
        let exact = try #require(try MonteCarlo(world: world, branch: branch, seed: 11, workers: 2).run(120))
        #expect(exact.isExact)
        for issue in 0..<branch.scenario.issues.count {
            let a = exact.consensusPercentiles(issue: issue), b = results[0].consensusPercentiles(issue: issue)
            #expect(abs(a.p50 - b.p50) <= 0.005 + 1e-9 && abs(a.p10 - b.p10) <= 0.005 + 1e-9)
            #expect(abs(exact.consensusMean(issue: issue) - results[0].consensusMean(issue: issue)) < 1e-9)
        }
    }
}
