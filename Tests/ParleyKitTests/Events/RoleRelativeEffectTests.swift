import Foundation
import Testing
@testable import ParleyKit

/// Regressions for the engine audit's section 5: effects that moved the wrong actor or the
/// wrong way once the roles were filled by someone other than the catalog's authors expected.
@Suite("Role-relative effects")
struct RoleRelativeEffectTests {
    /// Halt-talks used to move the walker toward 100 on ceasefire: Kyiv toward Moscow's terms.
    @Test func haltTalksMovesAwayFromTheOtherSideWhoeverWalksOut() {
        for (walker, other) in [("UA", "RU"), ("RU", "UA")] {
            let f = EventFixture()
            let gap = abs(f.stance(walker, "ceasefire") - f.stance(other, "ceasefire"))
            #expect(f.run("apply halt-talks by=\(walker) from=\(other)"))
            #expect(abs(f.stance(walker, "ceasefire") - f.stance(other, "ceasefire")) >= gap)
            if walker == "UA" { #expect(f.stance("UA", "ceasefire") <= EventFixture().stance("UA", "ceasefire")) }
        }
    }

    /// A strike on Kyiv made Kyiv keener on a leaders' meeting (away from Moscow's low stance).
    @Test func aStrikeLeavesTheLeadersMeetingAloneAndHardensAwayFromTheStriker() {
        let f = EventFixture()
        let before = f.scenario
        let gap = abs(f.stance("UA", "ceasefire") - f.stance("RU", "ceasefire"))
        #expect(f.run("apply strike by=RU target=UA scale=1"))
        for issue in before.issues where issue != "ceasefire" {
            #expect(f.stance("UA", issue) == before.position(actor: before.actorIndex("UA")!, issue: before.issueIndex(issue)!))
        }
        #expect(abs(f.stance("UA", "ceasefire") - f.stance("RU", "ceasefire")) > gap)
    }

    /// `ultimatum by=RU target=UA issue=territory threat=strike` moved Russia on sanctions
    /// and aid; now the issuer hardens only where its threat bears (a strike: ceasefire).
    @Test func anUltimatumHardensTheIssuerOnlyWhereItsThreatBears() {
        let f = EventFixture()
        let sanctions = f.stance("RU", "sanctions"), aid = f.stance("RU", "military-aid")
        let gap = abs(f.stance("RU", "ceasefire") - f.stance("UA", "ceasefire"))
        #expect(f.run("apply ultimatum by=RU target=UA issue=territory threat=strike"))
        #expect(f.stance("RU", "sanctions") == sanctions)
        #expect(f.stance("RU", "military-aid") == aid)
        #expect(abs(f.stance("RU", "ceasefire") - f.stance("UA", "ceasefire")) > gap)
        #expect(f.t.out.contains("scheduled: strike on 2025-09-11 unless conceded(UA, RU, territory) >= 10\n"))
    }

    /// Moscow hardening after two strikes counted as compliance (it had "moved" 10 points).
    @Test func hardeningIsNotCompliance() {
        let f = EventFixture()
        #expect(f.run("apply ultimatum by=US target=RU days=50d"))
        #expect(f.run("apply strike by=UA target=RU scale=1"))
        #expect(f.run("apply strike by=UA target=RU scale=1"))
        #expect(f.run("advance 50d"))
        #expect(f.t.out.contains("sanctions fired (scheduled by ultimatum)"))
    }

    @Test func concededMeasuresMovementTowardTheIssuersDemand() throws {
        var scenario = Scenario(date: CalendarDate(year: 2025, month: 7, day: 1)!, actors: ["RU", "US"], issues: ["ceasefire"],
                                capabilities: [90, 85], positions: [90, 20], saliences: [0.5, 0.5])
        let applier = EventApplier(catalog: EventCatalog(types: []), step: 1)
        let baseline = scenario.positions
        let condition = try Formula.parse("conceded(RU, US, ceasefire)")
        scenario.positions[0] = 75
        #expect(try condition.evaluate(in: applier.formulaScope(arguments: [:], scenario: scenario, baseline: baseline)) == 15)
        scenario.positions[0] = 100
        #expect(try condition.evaluate(in: applier.formulaScope(arguments: [:], scenario: scenario, baseline: baseline)) == -10)
    }

    /// A round on territory still moved humanitarian stances and the mediator's summit stance.
    @Test func aRoundMovesOnlyItsTopicsAndNeverTheMediator() {
        let f = EventFixture()
        let before = f.scenario
        #expect(f.run("apply round participants=RU,UA mediator=TR topics=territory"))
        for actor in before.actors {
            for issue in before.issues where issue != "territory" {
                #expect(f.stance(actor, issue) == before.position(actor: before.actorIndex(actor)!, issue: before.issueIndex(issue)!))
            }
        }
        #expect(f.stance("TR", "territory") == before.position(actor: before.actorIndex("TR")!, issue: before.issueIndex("territory")!))
    }

    @Test func aMediatorCannotBeAParticipant() {
        let f = EventFixture()
        #expect(!f.run("apply round participants=RU,UA mediator=RU"))
        #expect(f.t.err == """
            <stdin>:1:41: error: participants and mediator both name RU: a mediator is not a party to the talks it hosts; did you mean 'mediator=TR'?
            apply round participants=RU,UA mediator=RU
                                                    ^~

            """)
        #expect(f.steps == 0)
    }

    /// `spread(between, issue) <= 25` failed for every truce between Moscow and Kyiv, so every
    /// truce lapsed into a walkout. Now it lapses only if the sides drew apart during it.
    @Test func aTruceLapsesOnlyWhenTheSidesDrawApartDuringIt() {
        let quiet = EventFixture()
        #expect(quiet.run("apply truce between=RU,UA days=30d"))
        #expect(quiet.run("advance 30d"))
        #expect(quiet.t.out.contains("halt-talks skipped: widened(RU,UA, ceasefire) <= 0 held"))
        let broken = EventFixture()
        #expect(broken.run("apply truce between=RU,UA days=30d"))
        #expect(broken.run("apply strike by=RU target=UA scale=1"))
        #expect(broken.run("advance 30d"))
        #expect(broken.t.out.contains("halt-talks fired (scheduled by truce)"))
    }

    /// Five packages took capability to 0.94^5 of itself for ever; now losses fade.
    @Test func capabilityLossesRecover() {
        let f = EventFixture()
        let start = f.capability("RU")
        #expect(f.run("apply sanctions by=EU,US target=RU severity=1"))
        let hit = f.capability("RU")
        #expect(hit < start)
        #expect(f.run("advance 365d"))
        #expect(abs((start - f.capability("RU")) - (start - hit) / 2) < 1e-9)
        #expect(f.t.out.contains("RU  capability"))
    }

    /// Five packages took Moscow's sanctions salience past its territory salience.
    @Test func salienceShiftsKeepTheTotalAndTheAgendasOrder() {
        let f = EventFixture()
        let issues = f.scenario.issues
        let before = issues.map { f.salience("RU", $0) }
        for _ in 0..<5 { #expect(f.run("apply sanctions by=EU,US target=RU severity=1")) }
        let after = issues.map { f.salience("RU", $0) }
        #expect(abs(after.reduce(0, +) - before.reduce(0, +)) < 1e-12)
        let top = before.max()!
        #expect(after[issues.firstIndex(of: "sanctions")!] <= top + 1e-12)
        let others = issues.indices.filter { issues[$0] != "sanctions" }
        for a in others { for b in others where before[a] > before[b] { #expect(after[a] > after[b]) } }
    }

    /// D22: a salience that moved because another rose said "A public deadline raises the stakes".
    @Test func explainGivesTheSideEffectItsOwnReason() {
        let f = EventFixture()
        #expect(f.run("apply ultimatum by=US target=RU issue=ceasefire"))
        #expect(f.run("explain RU territory"))
        #expect(f.t.out.contains("ultimatum, salience effect on ceasefire"))
        #expect(f.t.out.contains("the actor's total attention is kept"))
        #expect(!f.t.out.contains("A public deadline raises the stakes"))
    }
}

/// The model's knife-edges are said where they bite.
@Suite("Knife-edge notes")
struct KnifeEdgeNoteTests {
    @Test func turnsSaysWhyMoscowDidNotMove() {
        let f = EventFixture()
        #expect(f.run("turns"))
        #expect(f.t.out.contains("note: RU did not move with saliences totalling 1. In SMP a challenge to an actor whose\nsaliences total σ pays only if the challenger's chance of prevailing exceeds 1 - 1/(2σ)"))
    }

    @Test func forecastFlagsNearlyEqualOptions() {
        let f = EventFixture()
        #expect(f.run("turns"))
        #expect(f.run("forecast territory"))
        #expect(f.t.out.contains("are within a point but count as\ntwo options that split their support"))
    }
}
