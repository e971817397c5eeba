import Foundation
import Testing
@testable import ParleyKit

/// A replay without a trace must reach exactly the scenario the traced commands reach: every
/// bundled scenario's branches, from their own start and from starts drawn as `simulate`
/// draws them; and the coalition consensus as one number must equal the full one bit for bit.
@Suite("replay without a trace")
struct ReplayWithoutTraceTests {
    static let scripts = ["hindcast-2025", "judgement-round", "judgement-sanctions", "judgement-summit",
                          "teach-istanbul-four", "teach-sanctions-squeeze", "teach-summit", "tour"]

    /// Every branch a bundled scenario builds, with the world it was built in.
    static func branches(of script: String) throws -> (world: World, branches: [Branch]) {
        let t = Transcript()
        #expect(t.interpreter.loadAtStart(nil))
        let path = EventFixture.root.appendingPathComponent("scenarios/\(script).parley").path
        t.interpreter.keepGoing = true
        _ = t.interpreter.run(script: try String(contentsOfFile: path, encoding: .utf8), file: script)
        let world = try #require(t.interpreter.session.world)
        return (world, t.interpreter.session.branches)
    }

    /// The moves performed one by one with their traces, as the commands perform them.
    static func traced(_ moves: [Move], from start: Scenario, catalog: EventCatalog) throws -> (Scenario, [TraceEntry]) {
        var scenario = start
        var trace: [TraceEntry] = []
        for (index, move) in moves.enumerated() {
            let outcome = try scenario.performing(move, catalog: catalog, step: index + 1)
            scenario = outcome.scenario
            trace += outcome.trace
        }
        return (scenario, trace)
    }

    @Test(arguments: scripts)
    func theUntracedReplayReachesTheTracedScenario(_ script: String) throws {
        let (world, branches) = try Self.branches(of: script)
        #expect(!branches.isEmpty)
        for branch in branches where !branch.moves.isEmpty {
            let untraced = try branch.baseline.replaying(branch.moves, catalog: world.catalog)
            let (traced, trace) = try Self.traced(branch.moves, from: branch.baseline, catalog: world.catalog)
            #expect(untraced == traced, "\(script), branch \(branch.name)")
            #expect(untraced == branch.scenario, "\(script), branch \(branch.name)")
            // The commands' own trace is the one the traced path builds.
            #expect(trace == branch.steps.flatMap(\.trace), "\(script), branch \(branch.name)")

            let sampler = ScenarioSampler().reading(world, branch)
            for draw in 0..<12 {
                var random = ParleyKit.SplitMix64(seed: 7, stream: UInt64(draw))
                let start = sampler.sample(branch.baseline, using: &random)
                // A drawn start can make a move infeasible; then both ways must fail alike.
                let untraced = Result { () throws(ReplayFailure) in try start.replaying(branch.moves, catalog: world.catalog) }
                let traced = Result { try Self.traced(branch.moves, from: start, catalog: world.catalog).0 }
                switch (untraced, traced) {
                case (.success(let a), .success(let b)):
                    #expect(a == b, "\(script), branch \(branch.name), draw \(draw)")
                case (.failure(let a), .failure(let b)):
                    #expect(a.failure == (b as? EventApplier.Failure), "\(script), draw \(draw)")
                default:
                    Issue.record("\(script), branch \(branch.name), draw \(draw): one way failed, the other did not")
                }
            }
        }
    }

    @Test func oneMoveUntracedEqualsThePerformedScenario() throws {
        let (world, branches) = try Self.branches(of: "tour")
        let branch = try #require(branches.first)
        var scenario = branch.baseline
        for (index, move) in branch.moves.enumerated() {
            let performed = try scenario.performing(move, catalog: world.catalog, step: index + 1)
            #expect(try scenario.replaying(move, catalog: world.catalog) == performed.scenario)
            scenario = performed.scenario
        }
        // A bargaining move too, which the tour's steps may not include.
        let turns = try scenario.performing(.turns(nil), catalog: world.catalog, step: 9)
        #expect(!turns.trace.isEmpty)
        #expect(try scenario.replaying(.turns(nil), catalog: world.catalog) == turns.scenario)
    }

    @Test(arguments: scripts)
    func theConsensusValueIsTheFullConsensusBitForBit(_ script: String) throws {
        let (world, branches) = try Self.branches(of: script)
        for branch in branches {
            let sampler = ScenarioSampler().reading(world, branch)
            var scenarios = [branch.baseline, branch.scenario]
            for draw in 0..<8 {
                var random = ParleyKit.SplitMix64(seed: 11, stream: UInt64(draw))
                let start = sampler.sample(branch.baseline, using: &random)
                scenarios.append(start)
                if let end = try? start.replaying(branch.moves, catalog: world.catalog) { scenarios.append(end) }
            }
            for scenario in scenarios {
                for issue in scenario.issues.indices {
                    let full = scenario.consensus(issue: issue).expected
                    #expect(scenario.consensusValue(issue: issue).bitPattern == full.bitPattern,
                            "\(script), \(scenario.issues[issue])")
                }
            }
        }
    }

    @Test func theConsensusValueHandlesSharedStancesAndIndifferentActors() {
        let date = CalendarDate(year: 2025, month: 7, day: 23)!
        // Two actors share a stance (one option for both); one cares about nothing.
        var scenario = Scenario(date: date, actors: ["A", "B", "C", "D"], issues: ["x", "y"],
                                capabilities: [40, 30, 20, 10], positions: [80, 10, 80, 10, 20, 60, 55, 55],
                                saliences: [0.5, 0.5, 0.3, 0.2, 0.5, 0.5, 0, 0])
        for issue in 0..<2 {
            #expect(scenario.consensusValue(issue: issue).bitPattern == scenario.consensus(issue: issue).expected.bitPattern)
        }
        // Everyone at one stance: one option, certain.
        scenario.positions = Grid(rows: 4, columns: 2, repeating: 35)
        #expect(scenario.consensusValue(issue: 1) == 35)
        #expect(scenario.consensus(issue: 1).expected == 35)
        // A capability the model refuses: no options, so 0 both ways.
        scenario.capabilities[0] = .infinity
        #expect(scenario.consensus(issue: 0).options.isEmpty)
        #expect(scenario.consensusValue(issue: 0) == 0)
    }
}
