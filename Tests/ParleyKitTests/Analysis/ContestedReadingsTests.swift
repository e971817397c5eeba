import Testing
@testable import ParleyKit

@Suite("Sampling contested seed values")
struct ContestedReadingsTests {
    static func july() throws -> (World, Branch) {
        let t = Transcript()
        #expect(t.interpreter.loadAtStart(nil))
        #expect(t.run("load at=2025-07-23"))
        return (try #require(t.interpreter.session.world), try #require(t.interpreter.session.branch))
    }

    @Test func readingsComeFromTheSnapshotWithTheirOwnSpread() throws {
        let (world, branch) = try Self.july()
        let contested = ContestedReadings(world: world, branch: branch)
        // The July snapshot reads three positions in more than one way.
        #expect(contested.cells.count == 3)
        let ru = try #require(branch.baseline.actorIndex("RU")), ceasefire = try #require(branch.baseline.issueIndex("ceasefire"))
        let cell = try #require(contested.cells.first { $0.index == ru * branch.baseline.issues.count + ceasefire })
        #expect(cell.readings.map(\.value) == [65, 88, 82])
        #expect(cell.readings[0].spread == branch.baseline.uncertainties[ru, ceasefire])
        // 88 from a C source at credibility 2 that allows 75–100: ±13 covers the range.
        #expect(cell.readings[1].spread == 13)
    }

    @Test func theAnalystsReadingOnlyReproducesTheOldDraws() throws {
        let (world, branch) = try Self.july()
        let plain = ScenarioSampler(readingRule: .main)
        let sampled = ScenarioSampler().reading(world, branch)
        let contested = Set(sampled.contested.cells.map(\.index))
        var moved = 0
        for run in 0..<200 {
            var a = ParleyKit.SplitMix64(seed: 3, stream: UInt64(run)), b = ParleyKit.SplitMix64(seed: 3, stream: UInt64(run))
            let old = plain.sample(branch.baseline, using: &a)
            let new = sampled.sample(branch.baseline, using: &b)
            // Everything but the contested positions is drawn exactly as before.
            for cell in old.positions.values.indices where !contested.contains(cell) {
                #expect(old.positions.values[cell] == new.positions.values[cell])
            }
            #expect(old.saliences == new.saliences && old.capabilities == new.capabilities)
            moved += contested.filter { old.positions.values[$0] != new.positions.values[$0] }.count
        }
        // Each of 3 cells takes another reading in about 2 runs of 3 (two alternatives of three readings, or one of two).
        #expect(moved > 200 && moved < 450)
    }

    @Test func readingsAreEquallyLikely() throws {
        let (world, branch) = try Self.july()
        let sampler = ScenarioSampler(salienceJitter: 0, capabilityJitter: 0).reading(world, branch)
        var quiet = branch.baseline
        quiet.uncertainties = quiet.uncertainties.map { _ in 0 }
        var zero = sampler
        zero.contested.cells = zero.contested.cells.map { cell in
            var cell = cell
            cell.readings = cell.readings.map { ContestedReadings.Reading(value: $0.value, spread: 0) }
            return cell
        }
        let ru = try #require(quiet.actorIndex("RU")), ceasefire = try #require(quiet.issueIndex("ceasefire"))
        var counts: [Double: Int] = [:]
        for run in 0..<3000 {
            var random = ParleyKit.SplitMix64(seed: 11, stream: UInt64(run))
            counts[zero.sample(quiet, using: &random).positions[ru, ceasefire], default: 0] += 1
        }
        #expect(Set(counts.keys) == [65, 88, 82])
        for count in counts.values { #expect(abs(count - 1000) < 90) }
    }

    @Test func simulateSamplesThemAndSaysSoAndReadingsMainTurnsItOff() throws {
        let t = Transcript()
        #expect(t.interpreter.loadAtStart(nil))
        #expect(t.run("simulate 60 seed=2 readings=main"))
        let main = try #require(t.interpreter.session.results.latest(SimulationResult.self)?.value)
        #expect(t.run("simulate 60 seed=2"))
        let equal = try #require(t.interpreter.session.results.latest(SimulationResult.self)?.value)
        #expect(main != equal)
        #expect(!t.run("simulate 10 readings=grades"))
        #expect(t.err == """
            <stdin>:1:22: error: readings= takes equal or main, not 'grades'
            simulate 10 readings=grades
                                 ^~~~~~

            """)
    }

    @Test func sameOnAnyNumberOfCores() throws {
        var results: [SimulationResult] = []
        for workers in [1, 2, 3] {
            let t = Transcript()
            t.interpreter.simulationWorkers = workers
            #expect(t.interpreter.loadAtStart(nil))
            #expect(t.run("simulate 90 seed=5"))
            results.append(try #require(t.interpreter.session.results.latest(SimulationResult.self)?.value))
        }
        #expect(results[0] == results[1] && results[0] == results[2])
    }
}
