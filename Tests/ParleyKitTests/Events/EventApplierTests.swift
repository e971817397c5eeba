import Testing
@testable import ParleyKit

/// What each effect kind does to a scenario, on a small hand-made catalog: the arithmetic in
/// docs/MODEL.md's effect table, the clamps and renormalisations, and the trace it leaves.
@Suite("effect semantics")
struct EventApplierTests {
    static let catalogText = """
        types:
          - id: squeeze
            description: capability scaled and shifted
            cameo: "163"
            goldstein: -8.0
            parameters:
              - {name: target, type: actor, default: A, summary: who}
              - {name: severity, type: number, default: 0.5, range: [0, 1], summary: how hard}
            effects:
              - kind: capability
                actors: target
                scale: "1 + severity"
                shift: 10
                rationale: test
          - id: attention
            description: salience shifted
            cameo: "010"
            goldstein: 0
            parameters:
              - {name: who, type: actors, default: [A], summary: who}
              - {name: amount, type: number, default: 0.5, range: [-1, 1], summary: how much}
            effects:
              - kind: salience
                actors: who
                issues: [x]
                shift: amount
                rationale: test
          - id: pull
            description: positions moved toward an actor and toward each other
            cameo: "036"
            goldstein: 4
            parameters:
              - {name: mover, type: actors, default: [B, C], summary: who moves}
              - {name: leader, type: actor, default: A, summary: toward whom}
            effects:
              - kind: position
                actors: mover
                issues: [x]
                toward: leader
                by: 0.5
                rationale: half way to the leader
              - kind: position
                actors: mover
                issues: [y]
                toward: mover
                by: 0.5
                rationale: half way toward the other movers
          - id: listen
            description: accommodation set
            cameo: "040"
            goldstein: 1
            parameters:
              - {name: who, type: actors, default: [A], summary: who listens}
              - {name: to, type: actors, default: [B, C], summary: to whom}
              - {name: weight, type: number, default: 0.7, range: [0, 1], summary: how much}
            effects:
              - kind: accommodation
                actors: who
                toward: to
                weight: weight
                rationale: test
          - id: memo
            description: uncertainty scaled
            cameo: "046"
            goldstein: 7
            parameters:
              - {name: by, type: actors, default: [A], summary: who}
            effects:
              - kind: uncertainty
                actors: by
                issues: all
                scale: 0.5
                rationale: test
          - id: talks
            description: bargaining with partial uptake
            cameo: "043"
            goldstein: 2.8
            parameters:
              - {name: between, type: actors, default: [A, B], summary: who}
            effects:
              - kind: bargain
                actors: between
                issues: [x]
                turns: 1
                uptake: 0.5
                rationale: half the bargain at once
          - id: deadline
            description: schedules a squeeze unless A and B are close
            cameo: "139"
            goldstein: -7
            parameters:
              - {name: days, type: days, default: 10, range: [1, 100], summary: when}
              - {name: pair, type: actors, default: [A, B], summary: who must come close}
              - {name: on, type: issue, default: x, summary: on what}
              - {name: victim, type: actor, default: B, summary: who is squeezed}
            effects:
              - kind: schedule
                event: squeeze
                after: days
                unless: "gap(pair, on) <= 5"
                arguments: {target: victim}
                rationale: test
        """

    static let catalog: EventCatalog = {
        do throws(DiagnosticList) {
            return try EventCatalogLoader.load(file: "test.yaml", text: catalogText, actors: ["A", "B", "C"], issues: ["x", "y"])
        } catch {
            fatalError(DiagnosticRenderer.render(error))
        }
    }()

    /// A: 80 on x, 40 on y; B: 20, 60; C: 50, 100. Saliences 0.5/0.3, 0.4/0.4, 0.2/0.2.
    static func scenario() -> Scenario {
        Scenario(date: CalendarDate(year: 2025, month: 7, day: 1)!, actors: ["A", "B", "C"], issues: ["x", "y"],
                 capabilities: [60, 40, 20], positions: [80, 40, 20, 60, 50, 100],
                 saliences: [0.5, 0.3, 0.4, 0.4, 0.2, 0.2], uncertainties: [10, 4, 6, 6, 2, 8])
    }

    func apply(_ id: String, _ arguments: [String: EventArgument] = [:], to scenario: Scenario = scenario()) throws -> MoveOutcome {
        let type = try #require(Self.catalog.type(named: id))
        var complete = arguments
        for parameter in type.parameters where complete[parameter.name] == nil { complete[parameter.name] = parameter.defaultValue }
        return try scenario.performing(.apply(event: id, arguments: complete), catalog: Self.catalog, step: 1)
    }

    @Test func capabilityScalesThenShiftsAndClampsAt100() throws {
        let outcome = try apply("squeeze", ["severity": .number(0.5)])
        #expect(outcome.scenario.capabilities == [100, 40, 20])   // 60 · 1.5 + 10 = 100
        let again = try apply("squeeze", ["severity": .number(1)])
        #expect(again.scenario.capabilities[0] == 100)             // 60 · 2 + 10 clamps to 100
        #expect(outcome.trace.map(\.quantity) == [.capability])
        #expect(outcome.trace[0].before == 60 && outcome.trace[0].after == 100)
        #expect(outcome.summary == "squeeze target=A severity=0.5")
    }

    @Test func salienceShiftsKeepingTheRowTotal() throws {
        let outcome = try apply("attention", ["amount": .number(0.1)])
        // A's row: 0.5 + 0.1 on x; y makes room so the total stays 0.8: 0.3 · 0.2 / 0.3.
        #expect(abs(outcome.scenario.saliences[0, 0] - 0.6) < 1e-12)
        #expect(abs(outcome.scenario.saliences[0, 1] - 0.2) < 1e-12)
        #expect(outcome.scenario.saliences.row(1) == Self.scenario().saliences.row(1))
        // The other issue's change is traced too, as the row's, not the effect's own.
        #expect(outcome.trace.filter { $0.quantity == .salience }.count == 2)
        let lower = try apply("attention", ["amount": .number(-1)])
        #expect(lower.scenario.saliences[0, 0] == 0)               // clamped at 0
        #expect(abs(lower.scenario.saliences[0, 1] - 0.8) < 1e-12) // y takes the whole 0.8
    }

    @Test func positionsMoveTowardAnActorAndTowardEachOther() throws {
        let outcome = try apply("pull")
        let s = outcome.scenario
        #expect(s.positions[1, 0] == 50)    // B: 20 half way to A's 80
        #expect(s.positions[2, 0] == 65)    // C: 50 half way to 80
        #expect(s.positions[0, 0] == 80)    // the leader does not move toward itself
        #expect(s.positions[1, 1] == 80)    // B: 60 half way to C's 100 on y
        #expect(s.positions[2, 1] == 80)    // C: 100 half way to B's 60
        #expect(s.positions[0, 1] == 40)    // A is not a mover
        #expect(s.ideals == s.positions)    // ideals move with positions
        #expect(outcome.trace.filter { $0.quantity == .position }.count == 4)
        #expect(outcome.trace.allSatisfy { $0.reason.isEmpty == false })
    }

    @Test func accommodationIsSetAndARowPastOneIsScaledBack() throws {
        let outcome = try apply("listen")
        // 0.7 toward B and toward C sums to 1.4, so each becomes 0.5.
        #expect(outcome.scenario.accommodation[0, 1] == 0.5)
        #expect(outcome.scenario.accommodation[0, 2] == 0.5)
        #expect(outcome.scenario.accommodation[1, 0] == 0)
        // The trace records the weight as set, before the row is scaled.
        #expect(outcome.trace.map(\.after) == [0.7, 0.7])
    }

    @Test func uncertaintyScales() throws {
        let outcome = try apply("memo")
        #expect(Array(outcome.scenario.uncertainties.row(0)) == [5, 2])
        #expect(Array(outcome.scenario.uncertainties.row(1)) == [6, 6])
    }

    @Test func bargainTakesOnlyTheUptakeAndOnlyAmongTheSeated() throws {
        let start = Self.scenario()
        var full = start
        _ = full.bargain(among: [0, 1], issues: [0], turns: 1, step: 1, cause: "talks")
        let outcome = try apply("talks")
        for actor in 0..<2 {
            let expected = start.positions[actor, 0] + 0.5 * (full.positions[actor, 0] - start.positions[actor, 0])
            #expect(abs(outcome.scenario.positions[actor, 0] - expected) < 1e-9)
        }
        #expect(outcome.scenario.positions[2, 0] == start.positions[2, 0])   // C is not at the table
        #expect(outcome.scenario.positions.row(0)[1] == start.positions[0, 1]) // y is not on the table
        #expect(outcome.trace.contains { $0.cause == "talks, uptake 0.50 of the bargain" })
    }

    @Test func aScheduledEventFiresUnlessItsConditionHolds() throws {
        let scheduled = try apply("deadline")
        let event = try #require(scheduled.scenario.scheduled.first)
        #expect(event.date == CalendarDate(year: 2025, month: 7, day: 11)!)
        #expect(event.type == "squeeze")
        let fired = try scheduled.scenario.performing(.advance(to: CalendarDate(year: 2025, month: 7, day: 20)!),
                                                      catalog: Self.catalog, step: 2)
        #expect(fired.firings.map(\.fired) == [true])
        #expect(fired.scenario.capabilities[1] == 70)   // B: 40 · 1.5 + 10, the default severity
        #expect(fired.scenario.date == CalendarDate(year: 2025, month: 7, day: 20)!)
        #expect(fired.summary == "advance to 2025-07-20; squeeze fired")

        // Bring A and B within 5 points on x before the date: the squeeze is skipped.
        var close = scheduled.scenario
        close.positions[1, 0] = 77
        let skipped = try close.performing(.advance(to: CalendarDate(year: 2025, month: 7, day: 20)!),
                                           catalog: Self.catalog, step: 2)
        #expect(skipped.firings.map(\.fired) == [false])
        #expect(skipped.scenario.capabilities[1] == 40)
        #expect(skipped.scenario.scheduled.isEmpty)
    }

    @Test func anActorTheScenarioLacksIsInfeasible() throws {
        let small = Scenario(date: CalendarDate(year: 2025, month: 7, day: 1)!, actors: ["A", "B"], issues: ["x", "y"],
                             capabilities: [60, 40], positions: [80, 40, 20, 60], saliences: [0.5, 0.3, 0.4, 0.4])
        do {
            _ = try apply("pull", to: small)
            Issue.record("C is not in the scenario")
        } catch let failure as EventApplier.Failure {
            #expect(failure == EventApplier.Failure(.notInScenario, "'C' is not in this scenario"))
            #expect(failure.isInfeasible)
        }
    }
}
