import Foundation
@testable import ParleyKit

/// The worked examples and a brute-force reading of the definitions to check the solver against.
enum ConflictFixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/gmcr")

    static func path(_ name: String) -> String { directory.appendingPathComponent("\(name).gmcr").path }

    static func analysis(_ name: String, rule: SanctionRule = .literature) throws -> StabilityAnalysis {
        StabilityAnalysis(graph: try GMCRFile.load(contentsOf: path(name), file: "\(name).gmcr").graph(), rule: rule)
    }

    /// A random conflict: `options` options dealt to `makers` decision makers, some
    /// irreversible, a few infeasible pairs, and prioritised preferences.
    static func random(options: Int, makers: Int, seed: UInt64) -> Conflict {
        var random = SplitMix64(seed: seed)
        let directions: [ConflictOption.Direction] = [.both, .both, .both, .forward, .backward]
        let optionList = (0..<options).map { ConflictOption(name: "o\($0)", direction: directions.randomElement(using: &random)!) }
        var owned = [[Int]](repeating: [], count: makers)
        for option in 0..<options { owned[option < makers ? option : Int.random(in: 0..<makers, using: &random)].append(option) }
        func condition() -> OptionCondition {
            OptionCondition(option: Int.random(in: 0..<options, using: &random), taken: Bool.random(using: &random))
        }
        let infeasibles = (0..<Int.random(in: 0...2, using: &random)).map { _ in OptionPattern([condition(), condition()]) }
            .filter { $0.conditions[0].option != $0.conditions[1].option }
        let decisionMakers = (0..<makers).map { index in
            let statements = (0..<Int.random(in: 1...4, using: &random)).map { _ in
                PreferenceStatement((0..<Int.random(in: 1...2, using: &random)).map { _ in OptionPattern([condition()]) })
            }
            return DecisionMaker(name: "D\(index)", options: owned[index], preferences: .prioritised(statements))
        }
        return Conflict(options: optionList, decisionMakers: decisionMakers, infeasibles: infeasibles)
    }

    /// Stability straight from the definitions, with sanctions found by explicit search over
    /// move sequences (state, last mover) rather than by closing matrices.
    static func bruteForce(_ graph: ConflictGraph, rule: SanctionRule, concept: StabilityConcept, maker: Int, state: Int) -> Bool {
        let payoff = graph.payoffs[maker]
        let moves = { (who: Int, from: Int) in graph.moves[who].members(ofRow: from) }
        let ups = moves(maker, state).filter { payoff[$0] > payoff[state] }
        if ups.isEmpty { return true }
        if concept == .nash { return false }
        let opponents = (0..<graph.decisionMakerCount).filter { $0 != maker }
        func step(_ who: Int, _ from: Int, improving: Bool) -> [Int] {
            moves(who, from).filter { !improving || graph.payoffs[who][$0] > graph.payoffs[who][from] }
        }
        func reach(_ start: Int, improving: Bool) -> Set<Int> {
            var found = Set<Int>()
            switch rule {
            case .literature:
                var seen = Set<[Int]>()
                var queue = opponents.flatMap { who in step(who, start, improving: improving).map { [$0, who] } }
                while let next = queue.popLast() {
                    guard seen.insert(next).inserted else { continue }
                    found.insert(next[0])
                    for who in opponents where who != next[1] {
                        queue += step(who, next[0], improving: improving).map { [$0, who] }
                    }
                }
            case .once:
                func extend(_ from: Int, used: Set<Int>) {
                    for who in opponents where !used.contains(who) {
                        for target in step(who, from, improving: improving) {
                            found.insert(target)
                            extend(target, used: used.union([who]))
                        }
                    }
                }
                extend(start, used: [])
            case .single:
                for who in opponents { found.formUnion(step(who, start, improving: improving)) }
            }
            return found
        }
        return ups.allSatisfy { first in
            let sanctions = reach(first, improving: concept == .seq).filter { payoff[$0] <= payoff[state] }
            if concept == .smr {
                return sanctions.contains { second in moves(maker, second).allSatisfy { payoff[$0] <= payoff[state] } }
            }
            return !sanctions.isEmpty
        }
    }
}
