import Foundation
import Testing
@testable import ParleyKit

/// `settlement.yaml`: the loader's checks, exact messages, and the bundled file's verdicts.
@Suite("Settlement seeds")
struct SettlementSeedsTests {
    static let file = "settlement.yaml"
    static let valid = """
        package: [territory, summit]
        issues:
          territory: {signatories: [RU, UA], estimate: "Both armies."}
          summit: {signatories: [RU, UA], estimate: "Both leaders."}
        snapshots:
          2025-03-19:
            horizon: 180d
            no-deal:
              territory: {value: 55, estimate: "Facts."}
              summit: {value: 10, source: {doc: doc-a.txt, quote: "the leaders spoke", supports: direction, credibility: 3}}
            expectations:
              RU:
                territory: {value: 75, estimate: "Moscow expects gains."}
            costs:
              RU: {value: 4, estimate: "Low."}
              UA: {value: 10, estimate: "High."}

        """

    func fixture() -> SeedFixture {
        var fixture = SeedFixture()
        fixture.files[Self.file] = Self.valid
        return fixture
    }

    @Test("a valid file loads and feeds the scenario")
    func validLoads() throws {
        let seeds = try fixture().load()
        let settlement = try #require(seeds.settlement)
        #expect(settlement.signatories["territory"] == ["RU", "UA"])
        #expect(settlement.package == ["territory", "summit"])
        let terms = try #require(settlement.terms(on: seeds.latest.date))
        #expect(terms.horizon.days == 180 && terms.costs["UA"]?.value == 10)
        let world = World(seeds: seeds, catalog: EventCatalog(types: []), directory: "seeds")
        let scenario = world.scenario(at: seeds.latest)
        // UA has no expectation listed, so it expects the facts on the ground.
        #expect(scenario.settlement.expected(actor: 1, issue: 0) == 55)
        #expect(scenario.settlement.expected(actor: 0, issue: 0) == 75)
        let territory = try #require(scenario.settle(issue: 0))
        #expect(territory.ranges.map(\.lower) == [71, 0] && territory.ranges.map(\.upper) == [100, 65])
        #expect(!territory.hasDeal)
    }

    @Test("red lines, carried estimates and the ± of each term")
    func redLinesCarriedAndSpreads() throws {
        var fixture = fixture()
        fixture.edit(Self.file, "      UA: {value: 10, estimate: \"High.\"}\n",
                     "      UA: {value: 10, estimate: \"High.\"}\n    red-lines:\n      UA:\n"
                         + "        territory: {source: {doc: doc-a.txt, quote: \"the leaders spoke\", supports: direction, credibility: 4}}\n")
        let seeds = try fixture.load()
        let terms = try #require(seeds.settlement?.terms(on: seeds.latest.date))
        #expect(terms.redLines["UA"]?["territory"] != nil && terms.redLines["RU"] == nil)
        // An estimate is ±14; a direction citation without `allows:` keeps its floor by grade.
        #expect(terms.spreads.noDeal["territory"] == 14 && terms.spreads.costs["RU"] == 14)
        let world = World(seeds: seeds, catalog: EventCatalog(types: []), directory: "seeds")
        let scenario = world.scenario(at: seeds.latest)
        #expect(scenario.settlement.isRedLine(actor: 1, issue: 0) && !scenario.settlement.isRedLine(actor: 0, issue: 0))
        #expect(scenario.settlement.expectationUncertainty[1 * 2 + 0] == 14)

        var wrong = self.fixture()
        wrong.edit(Self.file, "      UA: {value: 10, estimate: \"High.\"}\n",
                   "      UA: {value: 10, estimate: \"High.\"}\n    red-lines:\n      UA: {summit: {estimate: \"Kyiv.\"}}\n")
        wrong.edit(Self.file, "summit: {signatories: [RU, UA]", "summit: {signatories: [RU]")
        #expect(wrong.messages() == ["UA does not sign summit, so it has no red line there"])
    }

    @Test("a folder without the file loads with no settlement model")
    func optional() throws {
        #expect(try SeedFixture().load().settlement == nil)
    }

    @Test("unknown names are reported with suggestions")
    func unknownNames() {
        var fixture = fixture()
        fixture.edit(Self.file, "  territory: {signatories: [RU, UA]", "  teritory: {signatories: [RU, UAA]")
        #expect(fixture.messages() == [
            "unknown issue 'teritory'; did you mean 'territory'?",
            "package issue territory has no signatories under 'issues'",
            "RU does not sign territory, so it has no expectation there",
        ])
        var actor = self.fixture()
        actor.edit(Self.file, "signatories: [RU, UA], estimate: \"Both armies.\"", "signatories: [RU, UAA], estimate: \"Both armies.\"")
        #expect(actor.messages() == ["unknown actor 'UAA'; did you mean 'UA'?"])
    }

    @Test("an expectation of a non-signatory, a missing cost and a missing no-deal point")
    func missingAndMisplaced() {
        var fixture = fixture()
        fixture.edit(Self.file, "  RU: {value: 4, estimate: \"Low.\"}\n", "")
        fixture.edit(Self.file, "      summit: {value: 10, source: {doc: doc-a.txt, quote: \"the leaders spoke\", supports: direction, credibility: 3}}\n", "")
        fixture.edit(Self.file, "    expectations:\n      RU:", "    expectations:\n      RU:\n        summit: {value: 1, estimate: \"x\"}\n      TR:")
        let problems = fixture.problems()
        #expect(problems.map(\.message) == [
            "the terms of 2025-03-19 give no no-deal point for summit",
            "unknown actor 'TR'",
            "the terms of 2025-03-19 give no cost of continuing for RU",
        ])
        #expect(problems.first?.location == SourceLocation(file: "seeds/settlement.yaml", line: 9, column: 7))
    }

    @Test("values out of range, a bad horizon and a date with no snapshot")
    func badValues() {
        var fixture = fixture()
        fixture.edit(Self.file, "horizon: 180d", "horizon: soon")
        fixture.edit(Self.file, "{value: 55,", "{value: 155,")
        fixture.edit(Self.file, "UA: {value: 10,", "UA: {value: -1,")
        #expect(fixture.messages() == [
            "horizon 'soon' is not a duration such as 180d or 26w",
            "no-deal point of territory 155 is outside 0–100",
            "UA's cost of continuing -1 is outside 0–100",
        ])
        var dated = self.fixture()
        dated.edit(Self.file, "  2025-03-19:", "  2025-03-20:")
        #expect(dated.messages() == [
            "no snapshot dated 2025-03-20 in 'seeds/snapshots'; did you mean '2025-03-19'?",
            "no settlement terms for snapshot 2025-03-19",
        ])
    }

    @Test("a citation may not come from a document dated after the snapshot")
    func noLookAhead() {
        var fixture = fixture()
        fixture.files["sources.yaml"]! += """
              - file: doc-b.txt
                title: Document B
                date: 2025-06-01
                kind: wire-report
                reliability: C
                reason: A test document.

            """
        fixture.edit(Self.file, "summit: {value: 10, source: {doc: doc-a.txt,", "summit: {value: 10, source: {doc: doc-b.txt,")
        #expect(fixture.messages() == [
            "snapshot 2025-03-19 cites 'doc-b.txt', dated 2025-06-01, after it; mark the citation 'retrospective:' with why the stance already held on 2025-03-19",
        ])
    }

    /// The issue's test on the bundled state: the verdicts follow from the seeds' values.
    @Test("bundled seeds: no deal on territory and neutrality at every snapshot, a deal on humanitarian")
    func bundledVerdicts() throws {
        let world = try World.load(directory: SeedLocator.bundled()!)
        for snapshot in world.seeds.snapshots {
            let scenario = world.scenario(at: snapshot)
            func verdict(_ id: String) throws -> IssueSettlement { try #require(scenario.settle(issue: scenario.issueIndex(id)!)) }
            #expect(try !verdict("territory").hasDeal, "territory on \(snapshot.date)")
            #expect(try !verdict("neutrality").hasDeal, "neutrality on \(snapshot.date)")
            #expect(try verdict("humanitarian").width > 20, "humanitarian on \(snapshot.date)")
            // Both leaders' meetings are modelled: each has the two leaders as signatories.
            #expect(try verdict("us-ru-summit").signatories.map(\.actor) == ["RU", "US"])
            #expect(try verdict("ru-ua-summit").signatories.map(\.actor) == ["RU", "UA"])
            // Where both sides hold territory as a red line, its gap closes the package too.
            let territory = scenario.issueIndex("territory")!
            let both = ["RU", "UA"].allSatisfy { scenario.settlement.isRedLine(actor: scenario.actorIndex($0)!, issue: territory) }
            if both { #expect(scenario.settlePackage()?.hasDeal == false, "package on \(snapshot.date)") }
        }
    }
}
