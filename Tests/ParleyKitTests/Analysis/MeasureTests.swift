import Testing
@testable import ParleyKit
import ParleyTestSupport

@Suite("the measure language")
struct MeasureTests {
    @Test func parsesEveryForm() throws {
        #expect(try MeasureParser.parse("RU.territory") == .position(actor: "RU", issue: "territory"))
        #expect(try MeasureParser.parse("forecast.humanitarian") == .consensus(issue: "humanitarian"))
        #expect(try MeasureParser.parse("Consensus.humanitarian") == .consensus(issue: "humanitarian"))
        #expect(try MeasureParser.parse("gap(RU, UA).ceasefire") == .gap("RU", "UA", issue: "ceasefire"))
        #expect(try MeasureParser.parse("moved(RU)") == .moved("RU", issue: nil))
        #expect(try MeasureParser.parse("moved(RU).territory") == .moved("RU", issue: "territory"))
        #expect(try MeasureParser.parse("drift(2025-06-03)") == .drift("2025-06-03"))
    }

    @Test func badFormsSayWhatIsExpected() {
        #expect(throws: MeasureParser.Failure(message: "gap needs two actors and an issue: gap(A,B).ISSUE", offset: 0, length: 9)) {
            try MeasureParser.parse("gap(RU).x")
        }
        #expect(throws: MeasureParser.Failure(message: "expected ACTOR.ISSUE, forecast.ISSUE or gap(A,B).ISSUE", offset: 0, length: 2)) {
            try MeasureParser.parse("RU")
        }
        #expect(throws: MeasureParser.Failure(message: "expected a number after '>='", offset: 16, length: 3)) {
            try Condition.parse("RU.territory >= abc")
        }
    }

    @Test func conditionsCompare() throws {
        let condition = try Condition.parse("gap(RU,UA).ceasefire<30")
        #expect(condition.measure == .gap("RU", "UA", issue: "ceasefire"))
        #expect(condition.comparison == .less && condition.bound == 30)
        #expect(condition.holds(29.9) && !condition.holds(30))
        #expect(try Condition.parse("RU.territory >= 80").comparison == .atLeast)
    }

    @Test func namesResolveToIdsAndUnknownOnesAreNamed() throws {
        let world = ParleyFixtures.world()
        #expect(try Measure.gap("russia", "ua", issue: "ceasefire").resolved(in: world.seeds) == .gap("RU", "UA", issue: "ceasefire"))
        #expect(throws: MeasureError.noSnapshot("2025-01-01")) { try Measure.drift("2025-01-01").resolved(in: world.seeds) }
        do {
            _ = try Measure.position(actor: "XX", issue: "territory").resolved(in: world.seeds)
            Issue.record("XX is not an actor")
        } catch {
            guard case .unknownActor("XX", let known) = error else { Issue.record("wrong error \(error)"); return }
            #expect(known.contains("RU"))
        }
    }

    @Test func valuesReadTheScenario() throws {
        let world = ParleyFixtures.world()
        let start = world.scenario(at: world.seeds.latest)
        var now = start
        let ru = start.actorIndex("RU")!, ua = start.actorIndex("UA")!, territory = start.issueIndex("territory")!
        now.positions[ru, territory] -= 4
        let scope = MeasureScope(world: world, baseline: start, scenario: now)
        #expect(try Measure.position(actor: "RU", issue: "territory").value(in: scope) == now.positions[ru, territory])
        #expect(try Measure.gap("RU", "UA", issue: "territory").value(in: scope)
                == abs(now.positions[ru, territory] - now.positions[ua, territory]))
        #expect(try Measure.moved("RU", issue: nil).value(in: scope) == 4)
        #expect(try Measure.consensus(issue: "territory").value(in: scope) == now.consensus(issue: territory).expected)
        let latest = world.seeds.latest.date.description
        #expect(try Measure.drift(latest).value(in: MeasureScope(world: world, baseline: start, scenario: start)) == 0)
    }

    @Test func eventFormulasShareTheGapName() throws {
        let world = ParleyFixtures.world()
        let scenario = world.scenario(at: world.seeds.latest)
        let applier = EventApplier(catalog: world.catalog, step: 1)
        let scope = applier.formulaScope(arguments: ["between": .ids(["RU", "UA"]), "issue": .ids(["territory"])],
                                         scenario: scenario, baseline: nil)
        let formula = try Formula.parse("gap(between, issue)")
        let measured = try Measure.gap("RU", "UA", issue: "territory")
            .value(in: MeasureScope(world: world, baseline: scenario, scenario: scenario))
        #expect(try formula.evaluate(in: scope) == measured)
    }

    @Test func simulateCountsRunsWhereAConditionHolds() throws {
        let t = Transcript()
        t.interpreter.simulationWorkers = 2
        #expect(t.interpreter.loadAtStart(nil))
        #expect(t.run("apply round participants=RU,UA mediator=TR"))
        #expect(t.run("simulate 40 seed=3 measure=\"RU.humanitarian >= 0\""))
        let result = try #require(t.interpreter.session.results.latest(SimulationResult.self)?.value)
        #expect(result.runsHolding(0) == 40)
        #expect(t.out.contains(">= 0 held in 40 of 40 runs (1.00)\n"))
        #expect(!t.run("simulate 40 measure=RU.terr"))
        #expect(t.err.contains("error: unknown issue 'terr'"))
    }
}
