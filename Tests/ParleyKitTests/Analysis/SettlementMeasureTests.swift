import Testing
@testable import ParleyKit
import ParleyTestSupport

/// The settlement model's measures in the shared language: `settle.*` (which may be none) and
/// `deal.*` (1 or 0), and conditions with `none` as a bound.
@Suite("settlement measures")
struct SettlementMeasureTests {
    @Test func parsesTheSettlementForms() throws {
        #expect(try MeasureParser.parse("settle.ceasefire") == .nash(issue: "ceasefire"))
        #expect(try MeasureParser.parse("Settle.humanitarian.WIDTH") == .dealWidth(issue: "humanitarian"))
        #expect(try MeasureParser.parse("settle.package") == .packageMargin)
        #expect(try MeasureParser.parse("deal.territory") == .deal(issue: "territory"))
        #expect(try MeasureParser.parse("deal.Package") == .packageDeal)
        #expect(Measure.dealWidth(issue: "humanitarian").description == "settle.humanitarian.width")
        #expect(Measure.packageDeal.description == "deal.package")
        #expect(throws: MeasureParser.Failure(message: "expected ACTOR.ISSUE, forecast.ISSUE or gap(A,B).ISSUE", offset: 0, length: 14)) {
            try MeasureParser.parse("settle.a.depth")
        }
        #expect(throws: MeasureParser.Failure(message: "expected ACTOR.ISSUE, forecast.ISSUE or gap(A,B).ISSUE", offset: 0, length: 12)) {
            try MeasureParser.parse("deal.a.width")
        }
    }

    @Test func noneIsABoundOnlyWhereAMeasureCanBeNone() throws {
        let condition = try Condition.parse("settle.ceasefire != none")
        #expect(condition.measure == .nash(issue: "ceasefire") && condition.bound == nil)
        #expect(condition.boundText == "none" && condition.description == "settle.ceasefire != none")
        #expect(condition.holds(55) && !condition.holds(nil))
        let equal = try Condition.parse("settle.package==NONE")
        #expect(equal.holds(nil) && !equal.holds(0))
        #expect(!(try Condition.parse("settle.ceasefire > 50")).holds(nil))
        #expect(try Condition.parse("settle.x.width == none").measure == .dealWidth(issue: "x"))
        #expect(throws: MeasureParser.Failure(message: "only settle.ISSUE, settle.ISSUE.width and settle.package can be none",
                                              offset: 16, length: 4)) {
            try Condition.parse("RU.territory == none")
        }
        #expect(throws: MeasureParser.Failure(message: "only settle.ISSUE, settle.ISSUE.width and settle.package can be none",
                                              offset: 18, length: 4)) {
            try Condition.parse("deal.ceasefire != none")
        }
        #expect(throws: MeasureParser.Failure(message: "'none' can only be compared with == or !=", offset: 19, length: 4)) {
            try Condition.parse("settle.ceasefire > none")
        }
    }

    @Test func resolvesOnlyWhatSettlementYamlModels() throws {
        let world = ParleyFixtures.world()
        let settlement = try #require(world.seeds.settlement)
        let signed = try #require(world.seeds.issues.first { settlement.signatories[$0.id]?.isEmpty == false })
        #expect(try Measure.nash(issue: signed.id.uppercased()).resolved(in: world.seeds) == .nash(issue: signed.id))
        #expect(try Measure.packageMargin.resolved(in: world.seeds) == .packageMargin)
        let unsigned = try #require(world.seeds.issues.first { settlement.signatories[$0.id]?.isEmpty != false })
        #expect(throws: MeasureError.noSignatories(unsigned.id, written: unsigned.id)) {
            try Measure.deal(issue: unsigned.id).resolved(in: world.seeds)
        }
        #expect(MeasureError.noSignatories("sanctions", written: "x").message == "sanctions has no signatories in settlement.yaml")
        var bare = world.seeds
        bare.settlement = nil
        #expect(throws: MeasureError.noPackage) { try Measure.packageDeal.resolved(in: bare) }
        #expect(MeasureError.noPackage.message == "settlement.yaml names no package of issues")
        do {
            _ = try Measure.dealWidth(issue: "teritory").resolved(in: world.seeds)
            Issue.record("teritory is not an issue")
        } catch {
            guard case .unknownIssue("teritory", let known) = error else { Issue.record("wrong error \(error)"); return }
            #expect(known.contains("territory"))
        }
    }

    @Test func valuesAreTheModelsAnswersAndNoneWhereThereIsNoDeal() throws {
        let world = ParleyFixtures.world()
        var sawNone = false, sawDeal = false
        for snapshot in world.seeds.snapshots {
            let scenario = world.scenario(at: snapshot)
            let scope = MeasureScope(world: world, baseline: scenario, scenario: scenario)
            for (index, issue) in scenario.issues.enumerated() {
                guard let settled = scenario.settle(issue: index) else { continue }
                #expect(try Measure.nash(issue: issue).value(in: scope) == settled.nash)
                #expect(try Measure.dealWidth(issue: issue).value(in: scope) == settled.width)
                #expect(try Measure.deal(issue: issue).value(in: scope) == (settled.hasDeal ? 1 : 0))
                if settled.hasDeal { sawDeal = true } else {
                    sawNone = true
                    #expect(try Measure.nash(issue: issue).value(in: scope) == nil)
                    #expect(try Measure.dealWidth(issue: issue).value(in: scope) == 0)
                }
            }
            let package = try #require(scenario.settlePackage())
            #expect(try Measure.packageMargin.value(in: scope) == (package.hasDeal ? package.margin : nil))
            #expect(try Measure.packageDeal.value(in: scope) == (package.hasDeal ? 1 : 0))
        }
        // The seeds hold both answers, so both are exercised.
        #expect(sawNone && sawDeal)
    }

    @Test func simulateReadsASettlementMeasureAndCountsNone() throws {
        let t = Transcript()
        t.interpreter.simulationWorkers = 2
        #expect(t.interpreter.loadAtStart(nil))
        #expect(t.run("simulate 30 seed=2 measure=\"settle.ceasefire == none\""))
        let result = try #require(t.interpreter.session.results.latest(SimulationResult.self)?.value)
        let nones = result.measureNoneCount(0)
        #expect(result.runsHolding(0) == nones)
        let ceasefire = try #require(result.issues.firstIndex(of: "ceasefire"))
        #expect(nones == (0..<30).count { result.deals[$0 * (result.issues.count + 1) + ceasefire] == SettlementOutcome.noDeal })
        #expect(t.out.contains("== none held in \(nones) of 30 runs"))
        #expect(!t.run("simulate 10 measure=deal.us-ru-summit"))
        #expect(t.err.contains("error: us-ru-summit has no signatories in settlement.yaml"))
    }
}
