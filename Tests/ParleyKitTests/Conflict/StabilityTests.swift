import Foundation
import Testing
@testable import ParleyKit

/// The Graph Model solver against the worked examples and against the definitions.
@Suite("GMCR stability")
struct StabilityTests {
    func equilibria(_ analysis: StabilityAnalysis) -> [String: [Int]] {
        Dictionary(uniqueKeysWithValues: StabilityConcept.allCases.map { ($0.rawValue, analysis.equilibria($0).map { $0 + 1 }) })
    }

    @Test("worked examples give exactly the published equilibria", arguments: [
        ("dilemma", ["nash": [1], "gmr": [1, 4], "smr": [1, 4], "seq": [1, 4]]),
        ("chicken", ["nash": [2, 3], "gmr": [2, 3, 4], "smr": [2, 3, 4], "seq": [2, 3]]),
        ("escalation", ["nash": [7, 8], "gmr": [1, 7, 8, 10], "smr": [1, 7, 8, 10], "seq": [7, 8]]),
    ])
    func workedExamples(name: String, expected: [String: [Int]]) throws {
        for rule in SanctionRule.allCases {
            #expect(equilibria(try ConflictFixtures.analysis(name, rule: rule)) == expected, "\(name) under \(rule)")
        }
    }

    @Test("states are numbered as GMCR+ numbers them")
    func numbering() throws {
        let graph = try ConflictFixtures.analysis("escalation").graph
        // Options 1 and 2 both Y is infeasible, so values 3, 7, 11 and 15 are skipped.
        #expect(graph.values == [0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14])
        #expect((0..<graph.stateCount).map(graph.optionText(of:)).prefix(4) == ["NNNN", "YNNN", "NYNN", "NNYN"])
    }

    @Test("an irreversible option only moves forward")
    func irreversible() throws {
        let graph = try ConflictFixtures.analysis("escalation").graph
        // A's moves from state 2 (A escalated): never back to state 1, never to conceding with it.
        #expect(graph.moves[0].members(ofRow: 1).isEmpty)
        #expect(graph.moves[0].members(ofRow: 0) == [1, 2])
    }

    @Test("prioritised preferences weigh statement k of m by 2^(m−k)")
    func prioritisation() throws {
        let graph = try ConflictFixtures.analysis("dilemma").graph
        #expect(graph.payoffs[0] == [1, 0, 3, 2])
        #expect(graph.ranking(of: 0) == [[3], [4], [1], [2]])
    }

    @Test("the matrix solver agrees with a search over move sequences on random conflicts")
    func agreesWithDefinitions() throws {
        for seed in 1...60 as ClosedRange<UInt64> {
            let conflict = ConflictFixtures.random(options: 3 + Int(seed % 4), makers: 2 + Int(seed % 3), seed: seed)
            guard let graph = try? conflict.graph() else { continue }
            for rule in SanctionRule.allCases {
                let analysis = StabilityAnalysis(graph: graph, rule: rule)
                for concept in StabilityConcept.allCases {
                    for maker in 0..<graph.decisionMakerCount {
                        for state in 0..<graph.stateCount {
                            let expected = ConflictFixtures.bruteForce(graph, rule: rule, concept: concept, maker: maker, state: state)
                            #expect(analysis.isStable(concept, maker: maker, state: state) == expected,
                                    "seed \(seed) \(rule) \(concept) maker \(maker) state \(state + 1)")
                        }
                    }
                }
            }
        }
    }

    func condition(_ option: Int, _ taken: Bool) -> OptionPattern { OptionPattern([OptionCondition(option: option, taken: taken)]) }

    @Test("one move by one opponent is weaker than one move by each")
    func singleVersusOnce() throws {
        // D1 gains by o1; only D2 and D3 moving together (YYY) hurt it.
        let makers = [
            DecisionMaker(name: "D1", options: [0], preferences: .prioritised([
                PreferenceStatement([condition(1, false), condition(2, false)]), PreferenceStatement([condition(0, true)])])),
            DecisionMaker(name: "D2", options: [1], preferences: .prioritised([])),
            DecisionMaker(name: "D3", options: [2], preferences: .prioritised([])),
        ]
        let graph = try Conflict(options: (0..<3).map { ConflictOption(name: "o\($0)") }, decisionMakers: makers).graph()
        #expect(StabilityAnalysis(graph: graph, rule: .literature).isStable(.gmr, maker: 0, state: 0))
        #expect(StabilityAnalysis(graph: graph, rule: .once).isStable(.gmr, maker: 0, state: 0))
        #expect(!StabilityAnalysis(graph: graph, rule: .single).isStable(.gmr, maker: 0, state: 0))
    }

    @Test("the literature lets an opponent move again after another has moved")
    func literatureVersusOnce() throws {
        // D3 can take o4 only after D2 took o2, and D2 can take o3 only after that: D2, D3, D2.
        let makers = [
            DecisionMaker(name: "D1", options: [0], preferences: .prioritised([
                PreferenceStatement([condition(2, false)]), PreferenceStatement([condition(0, true)])])),
            DecisionMaker(name: "D2", options: [1, 2], preferences: .prioritised([])),
            DecisionMaker(name: "D3", options: [3], preferences: .prioritised([])),
        ]
        let infeasibles = [OptionPattern([OptionCondition(option: 3, taken: true), OptionCondition(option: 1, taken: false)]),
                           OptionPattern([OptionCondition(option: 2, taken: true), OptionCondition(option: 3, taken: false)])]
        let graph = try Conflict(options: (0..<4).map { ConflictOption(name: "o\($0)") }, decisionMakers: makers,
                                 infeasibles: infeasibles).graph()
        #expect(StabilityAnalysis(graph: graph, rule: .literature).isStable(.gmr, maker: 0, state: 0))
        #expect(!StabilityAnalysis(graph: graph, rule: .once).isStable(.gmr, maker: 0, state: 0))
    }
}
