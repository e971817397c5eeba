import Foundation
import Testing
@testable import ParleyKit

/// Events reach the no-deal point: the `no-deal`, `expectation` and `cost` effects.
@Suite("Settlement effects")
struct SettlementEffectTests {
    /// Two signatories on one issue: A at 90, B at 10, facts at 50, A expecting 70.
    static func scenario() -> Scenario {
        var scenario = Scenario(date: CalendarDate(year: 2025, month: 7, day: 1)!, actors: ["A", "B", "C"], issues: ["land"],
                                capabilities: [60, 40, 20], positions: [90, 10, 50], saliences: [0.5, 0.5, 0.5])
        var terms = SettlementTerms.none(actors: 3, issues: 1)
        terms.signatories = [[0, 1]]
        terms.noDeal = [50]
        terms.expectations = [70, 50, 50]
        terms.ownExpectation = [true, false, false]
        terms.costs = [4, 10, 0]
        scenario.settlement = terms
        return scenario
    }

    static func apply(_ effects: [Effect.Kind], by: String = "A", to scenario: inout Scenario) throws -> [TraceEntry] {
        let type = EventType(id: "test", description: "a test event", cameo: "190", goldstein: 0,
                             parameters: [Parameter(name: "by", kind: .actor, summary: "who"),
                                          Parameter(name: "from", kind: .actor, summary: "whom")],
                             effects: effects.map { Effect(kind: $0, rationale: "because") })
        let other = by == "A" ? "B" : "A"
        return try EventApplier(catalog: EventCatalog(types: [type]), step: 1)
            .apply(type, arguments: ["by": .ids([by]), "from": .ids([other])], to: &scenario)
    }

    @Test("the facts move toward the named side's ideal, and whoever expected the facts follows them")
    func noDealMovesTowardTheActor() throws {
        for (by, goal) in [("A", 90.0), ("B", 10.0)] {
            var scenario = Self.scenario()
            let trace = try Self.apply([.noDeal(issues: .ids(["land"]), toward: .parameter("by"), by: .number(0.25))], by: by, to: &scenario)
            #expect(scenario.settlement.noDeal[0] == 50 + 0.25 * (goal - 50))
            // B had no expectation of its own: it still expects the facts. A keeps its 70.
            #expect(scenario.settlement.expected(actor: 1, issue: 0) == scenario.settlement.noDeal[0])
            #expect(scenario.settlement.expected(actor: 0, issue: 0) == 70)
            #expect(trace.map(\.quantity) == [.noDeal] && trace.first?.actor == "facts")
        }
    }

    @Test("an expectation moves toward the named side; a non-signatory has none to move")
    func expectationMoves() throws {
        var scenario = Self.scenario()
        let trace = try Self.apply([.expectation(actors: .all, issues: .all, toward: .parameter("by"), by: .number(0.5))], to: &scenario)
        #expect(scenario.settlement.expected(actor: 0, issue: 0) == 80)
        #expect(scenario.settlement.expected(actor: 1, issue: 0) == 70)
        #expect(scenario.settlement.expected(actor: 2, issue: 0) == 50)
        #expect(trace.map(\.actor) == ["A", "B"])
        // B's expectation is now its own: the facts moving no longer carries it.
        _ = try Self.apply([.noDeal(issues: .all, toward: .parameter("from"), by: .number(0.5))], to: &scenario)
        #expect(scenario.settlement.expected(actor: 1, issue: 0) == 70)
    }

    @Test("a cost shift adds points, never below zero, and reaches the deal space")
    func costShift() throws {
        var scenario = Self.scenario()
        let before = try #require(scenario.settle(issue: 0))
        _ = try Self.apply([.cost(actors: .parameter("by"), shift: .number(6)), .cost(actors: .parameter("from"), shift: .number(-30))],
                           to: &scenario)
        #expect(scenario.settlement.costs == [10, 0, 0])
        let after = try #require(scenario.settle(issue: 0))
        // A's reach grew by 6 and B's shrank by 10: A signs 6 points lower, B 10 points less high.
        #expect(after.ranges[0].lower == before.ranges[0].lower - 6)
        #expect(after.ranges[1].upper == before.ranges[1].upper - 10)
    }

    @Test("the catalog's front change moves the bundled facts toward whoever gains")
    func frontChangeOnTheBundledSeeds() {
        for (gainer, loser) in [("RU", "UA"), ("UA", "RU")] {
            let f = EventFixture(at: "2025-07-23")
            let territory = f.scenario.issueIndex("territory")!
            let facts = f.scenario.settlement.noDeal[territory]
            let ideal = f.scenario.ideals[f.scenario.actorIndex(gainer)!, territory]
            #expect(f.run("apply front-change by=\(gainer) from=\(loser) extent=1"))
            let moved = f.scenario.settlement.noDeal[territory] - facts
            #expect(abs(moved - 0.1 * (ideal - facts)) < 1e-9)
            #expect(f.run("settle territory"))
            #expect(f.t.out.contains("no deal now: \(Figures.points(facts + moved))"))
        }
    }

    @Test("sanctions raise the target's cost of continuing; relief lowers it")
    func sanctionsAndReliefCost() {
        let f = EventFixture(at: "2025-07-23")
        let ru = f.scenario.actorIndex("RU")!
        let cost = f.scenario.settlement.costs[ru]
        #expect(f.run("apply sanctions by=EU target=RU severity=1"))
        #expect(f.scenario.settlement.costs[ru] == cost + 2)
        #expect(f.run("apply ease-sanctions by=US target=RU extent=1"))
        #expect(f.scenario.settlement.costs[ru] == cost)
    }

    @Test("the catalog refuses a no-deal effect toward a point of the scale")
    func towardAPointIsRefused() {
        let text = EventCatalogTests.minimal + """
                  - kind: no-deal
                    issues: [territory]
                    toward: 100
                    by: 0.1
                    rationale: Toward Moscow's end.

            """
        #expect(EventCatalogTests().errors(text) == """
            events.yaml:16:17: error: the no-deal point moves toward or away from actors (a parameter such as 'target'), not a point of the scale; did you mean 'target'?
                    toward: 100
                            ^~~

            """)
    }
}
