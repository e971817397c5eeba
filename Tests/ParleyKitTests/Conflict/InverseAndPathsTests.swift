import Foundation
import Testing
@testable import ParleyKit

/// Status-quo paths and inverse analysis on the worked examples.
@Suite("GMCR paths and inverse")
struct InverseAndPathsTests {
    @Test("from mutual silence the dilemma can only fall to mutual confession")
    func dilemmaPaths() throws {
        let analysis = try ConflictFixtures.analysis("dilemma")
        let paths = StatusQuoPaths(analysis, from: 3, concept: .nash)
        #expect(paths.routes.map(\.equilibrium) == [0])
        #expect(paths.routes[0].steps == [.init(maker: 0, state: 2), .init(maker: 1, state: 0)])
        #expect(paths.unreachable.isEmpty)
    }

    @Test("an equilibrium as status quo stays put")
    func restingStatusQuo() throws {
        let paths = StatusQuoPaths(try ConflictFixtures.analysis("escalation"), from: 6, concept: .nash)
        #expect(paths.routes == [.init(equilibrium: 6, steps: [])])
        #expect(paths.unreachable == [7])
    }

    @Test("mutual silence becomes a Nash equilibrium once each prisoner ranks it first")
    func dilemmaInverse() throws {
        let inverse = InverseAnalysis(try ConflictFixtures.analysis("dilemma"), state: 3, concept: .nash)
        #expect(inverse.isEquilibriumAfter)
        // Prisoner 1 ranks 3 > 4 > 1 > 2; it must stop preferring state 3 (it confesses alone).
        #expect(inverse.changes[0].rankBefore == 2)
        #expect(inverse.changes[0].rankAfter == 1)
        #expect(inverse.changes[0].levelWith == [2])
        #expect(inverse.changes[0].passes == [])
        #expect(inverse.changes[1].levelWith == [1])
    }

    @Test("no change is asked where the state is already stable")
    func alreadyStable() throws {
        let inverse = InverseAnalysis(try ConflictFixtures.analysis("dilemma"), state: 3, concept: .gmr)
        #expect(inverse.changes.allSatisfy { !$0.isNeeded })
        #expect(inverse.isEquilibriumAfter)
    }

    @Test("inverse always reaches an equilibrium on random conflicts")
    func randomInverse() throws {
        for seed in 1...30 as ClosedRange<UInt64> {
            guard let graph = try? ConflictFixtures.random(options: 4, makers: 3, seed: seed).graph() else { continue }
            let analysis = StabilityAnalysis(graph: graph)
            for concept in StabilityConcept.allCases {
                for state in 0..<graph.stateCount {
                    let inverse = InverseAnalysis(analysis, state: state, concept: concept)
                    #expect(inverse.isEquilibriumAfter, "seed \(seed) \(concept) state \(state + 1)")
                    if analysis.isEquilibrium(concept, state: state) { #expect(inverse.changes.allSatisfy { !$0.isNeeded }) }
                }
            }
        }
    }
}
