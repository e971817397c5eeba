import Foundation
import Testing
@testable import ParleyKit

@Suite("simulate")
struct SimulateTests {
    /// The tour's main branch: a round, an ultimatum, and the lapse that fires sanctions.
    static func tour(workers: Int) -> Transcript {
        let t = Transcript()
        t.interpreter.simulationWorkers = workers
        #expect(t.interpreter.loadAtStart(nil))
        #expect(t.run("apply round participants=RU,UA mediator=TR"))
        #expect(t.run("apply ultimatum by=US target=RU days=50d issue=ceasefire threat=sanctions"))
        #expect(t.run("advance 8w"))
        t.out = ""
        return t
    }

    @Test func sameSeedSameResultWhateverTheThreadCount() throws {
        var results: [SimulationResult] = []
        var texts: [String] = []
        for workers in [1, 2, 3] {
            let t = Self.tour(workers: workers)
            #expect(t.run("simulate 150 seed=42"))
            results.append(try #require(t.interpreter.session.results.latest(SimulationResult.self)?.value))
            texts.append(t.out)
        }
        #expect(results[0] == results[1])
        #expect(results[0] == results[2])
        #expect(texts[0] == texts[1] && texts[0] == texts[2])
        // The draws are real: runs differ from each other.
        #expect(Set(results[0].consensus.values).count > 100)
    }

    @Test func seedDefaultsToSetSeedAndOtherSeedsDiffer() throws {
        let a = Self.tour(workers: 2)
        #expect(a.run("set seed 9"))
        #expect(a.run("simulate 40"))
        let b = Self.tour(workers: 1)
        #expect(b.run("simulate 40 seed=9"))
        let c = Self.tour(workers: 1)
        #expect(c.run("simulate 40 seed=10"))
        #expect(a.interpreter.session.results.latest(SimulationResult.self)?.value == b.interpreter.session.results.latest(SimulationResult.self)?.value)
        #expect(a.interpreter.session.results.latest(SimulationResult.self)?.value != c.interpreter.session.results.latest(SimulationResult.self)?.value)
    }

    @Test func runsWithoutUncertaintyReproduceTheBranch() throws {
        let t = Self.tour(workers: 2)
        let branch = try #require(t.interpreter.session.branch)
        let world = try #require(t.interpreter.session.world)
        // No spread, no jitter and one reading per value: every replay must land exactly where the branch did.
        var quiet = branch
        quiet.baseline.uncertainties = quiet.baseline.uncertainties.map { _ in 0 }
        let result = try #require(try MonteCarlo(world: world, branch: quiet, seed: 1, workers: 2,
                                                 sampler: ScenarioSampler(salienceJitter: 0, capabilityJitter: 0, readingRule: .main)).run(4))
        for run in 0..<4 {
            #expect(result.finalPositions[run] == branch.scenario.positions)
        }
    }

    @Test func cancellationKeepsNothing() {
        let t = Self.tour(workers: 2)
        t.interpreter.console.isCancelled = { true }
        #expect(!t.run("simulate 1000"))
        #expect(t.interpreter.session.results.latest(SimulationResult.self)?.value == nil)
        // D25: Ctrl-C is not a mistake in the line, so no location and no caret.
        #expect(t.err == "simulate stopped by Ctrl-C; no result kept.\n")
    }

    @Test func progressIsReportedAndCleared() {
        let t = Self.tour(workers: 2)
        var lines: [String] = []
        var clearedBeforeReport = false
        t.interpreter.console.progress = { lines.append($0) }
        let write = t.interpreter.console.write
        t.interpreter.console.write = { text in
            if text.contains("Simulated") { clearedBeforeReport = lines.last == "" }
            write(text)
        }
        #expect(t.run("simulate 200"))
        #expect(lines.first?.hasPrefix("simulate: ") == true)
        #expect(lines.contains("simulate: 100% (200 of 200 runs); Ctrl-C stops"))
        #expect(lines.last == "")
        // D9: the report never starts on the progress line.
        #expect(clearedBeforeReport)
    }

    @Test func badCountsAndSeedsAreRefused() {
        let t = Self.tour(workers: 1)
        #expect(!t.run("simulate 0"))
        #expect(!t.run("simulate 100001"))
        #expect(!t.run("simulate 2.5"))
        #expect(!t.run("simulate 10 seed=-1"))
        #expect(!t.run("simulate 10 sed=1"))
        #expect(t.err == """
            <stdin>:1:10: error: N must be a whole number from 1 to 100000
            simulate 0
                     ^
            <stdin>:1:10: error: N must be a whole number from 1 to 100000
            simulate 100001
                     ^~~~~~
            <stdin>:1:10: error: N must be a whole number from 1 to 100000
            simulate 2.5
                     ^~~
            <stdin>:1:13: error: seed must be a whole number from 0 to 18446744073709551615
            simulate 10 seed=-1
                        ^~~~~~~
            <stdin>:1:13: error: unknown key 'sed' for 'simulate'; did you mean 'seed'?
            simulate 10 sed=1
                        ^~~~~

            """)
    }

    @Test func jsonCarriesPercentilesAndHistograms() throws {
        let t = Self.tour(workers: 2)
        #expect(t.run("simulate 50 seed=4 --json"))
        #expect(t.out.hasPrefix("{\"runs\": 50, \"seed\": 4, \"branch\": \"main\", \"steps\": 3, \"start\": \"2025-07-23\", \"end\": \"2025-09-17\", \"positions\": [\n  {\"actor\": \"RU\", \"issue\": \"ceasefire\", \"p10\": "))
        let histograms = t.out.split(separator: "\n").filter { $0.contains("\"histogram\": [") }
        #expect(histograms.count == 8)
        let result = try #require(t.interpreter.session.results.latest(SimulationResult.self)?.value)
        #expect(result.consensusHistogram(issue: 0).reduce(0, +) == 50)
    }

    @Test func percentilesInterpolate() {
        #expect(Percentile.of(sorted: [1, 2, 3, 4], 50) == 2.5)
        #expect(Percentile.of(sorted: [0, 10], 10) == 1)
        #expect(Percentile.of(sorted: [7], 90) == 7)
    }

    @Test func streamsDependOnlyOnSeedAndRun() {
        var a = ParleyKit.SplitMix64(seed: 5, stream: 3)
        var b = ParleyKit.SplitMix64(seed: 5, stream: 3)
        var c = ParleyKit.SplitMix64(seed: 5, stream: 4)
        let x = (0..<4).map { _ in a.next() }
        #expect(x == (0..<4).map { _ in b.next() })
        #expect(x != (0..<4).map { _ in c.next() })
    }
}
