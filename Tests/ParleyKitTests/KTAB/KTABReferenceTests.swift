import Foundation
import Testing
@testable import ParleyKit

/// The engine against KTAB's own `smpc` trajectories: every position at every turn within 0.01
/// (on the 0–100 scale), and the same number of turns.
@Suite("KTAB reference trajectories")
struct KTABReferenceTests {
    static let datasets = [
        "dummyData_3Dim", "SOE-Pol-Comp", "SOE-Policy", "SOE-Competitive", "dummyData_6Dim",
        "dummyData-a040", "dummyData-a080",
    ]

    @Test("matches KTAB at every turn", arguments: datasets)
    func matchesReference(dataset: String) throws {
        let scenario = try KTABScenario.load(contentsOf: EngineFixtures.scenarioPath(dataset))
        let run = try KTABTrajectory.run(scenario)
        let reference = try String(contentsOfFile: EngineFixtures.referencePath(dataset), encoding: .utf8)
        let rows = reference.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",") }
        let referenceTurns = rows.map { Int($0[0])! }.max()!
        #expect(run.turnCount == referenceTurns, "stop turn")
        #expect(rows.count == (referenceTurns + 1) * scenario.actors.count * scenario.dimensionNames.count)
        let actorIndex = Dictionary(uniqueKeysWithValues: scenario.actors.enumerated().map { ($1.name, $0) })
        var worst = 0.0
        for row in rows {
            let turn = Int(row[0])!
            guard turn <= run.turnCount else { continue }
            let actor = try #require(actorIndex[String(row[1])])
            let issue = Int(row[2])!
            let expected = Double(row[3])!
            let actual = run.position(turn: turn, actor: actor, issue: issue) * 100
            worst = max(worst, abs(actual - expected))
            #expect(abs(actual - expected) <= 0.01, "turn \(turn) \(row[1]) dim \(issue): \(actual) vs \(expected)")
        }
        #expect(worst <= 0.01)
    }

    @Test("ktab output is the reference file, byte for byte")
    func byteIdenticalOutput() throws {
        for dataset in ["dummyData_3Dim", "dummyData_6Dim", "SOE-Pol-Comp"] {
            let text = try KTABTrajectory.csv(forFile: EngineFixtures.scenarioPath(dataset))
            let reference = try String(contentsOfFile: EngineFixtures.referencePath(dataset), encoding: .utf8)
            #expect(text == reference, "\(dataset)")
        }
    }

    @Test("the 160-actor scenario (no reference) converges inside the unit cube")
    func largestScenario() throws {
        let scenario = try KTABScenario.load(contentsOf: EngineFixtures.scenarioPath("dummyData-a160"))
        let run = try KTABTrajectory.run(scenario)
        #expect(run.turnCount >= 2 && run.turnCount <= 100)
        #expect(run.ending == .converged)
        for turn in 0...run.turnCount {
            #expect(run.positions(turn: turn).allSatisfy { $0 >= 0 && $0 <= 1 })
        }
    }
}
