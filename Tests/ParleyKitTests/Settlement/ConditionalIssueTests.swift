import Foundation
import Testing
@testable import ParleyKit

/// An issue conditional on the package (`conditional: {ISSUE: {on: package}}`): the loader's
/// checks word for word, and one verdict for `settle`, the measures and `simulate`'s record.
@Suite("Settlement: an issue conditional on the package")
struct ConditionalIssueTests {
    static let file = SettlementSeedsTests.file
    static let condition = "    conditional:\n      summit: {on: package, estimate: \"Moscow meets only to sign.\"}\n"

    func fixture(_ entry: String = Self.condition) -> SeedFixture {
        var fixture = SettlementSeedsTests().fixture()
        fixture.files[Self.file]! += entry
        return fixture
    }

    func rendered(_ fixture: SeedFixture) -> String {
        DiagnosticRenderer.render(DiagnosticList(fixture.problems()))
    }

    @Test("a condition loads per snapshot, with its evidence, and reaches the scenario")
    func loads() throws {
        let seeds = try fixture().load()
        let terms = try #require(seeds.settlement?.terms(on: seeds.latest.date))
        #expect(terms.conditionalOnPackage.keys.sorted() == ["summit"])
        let world = World(seeds: seeds, catalog: EventCatalog(types: []), directory: "seeds")
        let scenario = world.scenario(at: seeds.latest)
        #expect(scenario.settlement.isConditionalOnPackage(scenario.issueIndex("summit")!))
        #expect(!scenario.settlement.isConditionalOnPackage(scenario.issueIndex("territory")!))
    }

    @Test("'on' names only the package, with a suggestion, at its place")
    func onlyThePackage() {
        let fixture = fixture("    conditional:\n      summit: {on: pakage, estimate: \"Moscow meets only to sign.\"}\n")
        #expect(rendered(fixture) == """
            seeds/settlement.yaml:18:20: error: 'on' takes package (the issues the package bargains over together), not 'pakage'; did you mean 'package'?
                  summit: {on: pakage, estimate: "Moscow meets only to sign."}
                               ^~~~~~

            """)
    }

    @Test("an issue outside the package, a file with no package, an unknown key and no evidence")
    func refused() {
        var outside = fixture()
        outside.edit(Self.file, "package: [territory, summit]", "package: [territory]")
        #expect(rendered(outside) == """
            seeds/settlement.yaml:18:7: error: summit is not in the package, so its deal cannot be conditional on it
                  summit: {on: package, estimate: "Moscow meets only to sign."}
                  ^~~~~~

            """)
        var none = fixture()
        none.edit(Self.file, "package: [territory, summit]\n", "")
        #expect(none.messages() == ["missing required key 'package' in the settlement file"])
        let unknown = fixture("    conditional:\n      summit: {on: package, because: x, estimate: \"Moscow meets only to sign.\"}\n")
        #expect(unknown.messages() == ["unknown key 'because' in the condition on summit"])
        let bare = fixture("    conditional:\n      summit: {on: package}\n")
        #expect(bare.messages() == ["the condition on summit has no provenance: give 'source:' with 'doc:' and 'quote:', or 'estimate:'"])
        #expect(bare.problems().first?.location == SourceLocation(file: "seeds/settlement.yaml", line: 18, column: 15))
        let unknownIssue = fixture("    conditional:\n      sumit: {on: package, estimate: \"x\"}\n")
        #expect(unknownIssue.messages() == ["unknown issue 'sumit'; did you mean 'summit'?"])
    }

    /// The July state: the ceasefire has a deal space alone, the package none.
    func july() throws -> (World, Scenario, Int) {
        let world = try World.load(directory: SeedLocator.bundled()!)
        let scenario = world.scenario(at: try #require(world.seeds.snapshots.first { $0.date == CalendarDate(parsing: "2025-07-23") }))
        return (world, scenario, scenario.issueIndex("ceasefire")!)
    }

    @Test("July: the ceasefire's own deal space waits on a package with no deal, in every reading")
    func julyBlocked() throws {
        let (world, scenario, ceasefire) = try july()
        #expect(scenario.settlement.isConditionalOnPackage(ceasefire))
        #expect(scenario.packageHasDeal() == false)
        let result = try #require(scenario.settle(issue: ceasefire))
        guard case .blockedByPackage(let lower, let upper, let nash) = result.outcome else {
            Issue.record("expected the package to block the ceasefire, got \(result.outcome)")
            return
        }
        #expect(Figures.points(lower) == "26.0" && Figures.points(upper) == "100.0" && Figures.points(nash) == "65.0")
        #expect(!result.hasDeal && result.nash == nil && result.width == 0 && result.alone?.nash == nash)
        let scope = MeasureScope(world: world, baseline: scenario, scenario: scenario)
        func value(_ text: String) throws -> Double? { try MeasureParser.parse(text).resolved(in: world.seeds).value(in: scope) }
        #expect(try value("deal.ceasefire") == 0 && value("settle.ceasefire") == nil && value("settle.ceasefire.width") == 0)
        // simulate's record says the same.
        let bands = scenario.issues.map { id in world.seeds.issues.first { $0.id == id }?.bands ?? [] }
        #expect(SettlementOutcome.record(scenario, bands: bands)[ceasefire] == SettlementOutcome.noDeal)
        // Humanitarian is not conditional: its deal stands whatever the package says.
        #expect(try #require(scenario.settle(issue: scenario.issueIndex("humanitarian")!)).hasDeal)
    }

    @Test("with a deal on the package the conditional issue keeps its own deal space")
    func packageOpens() throws {
        var (world, scenario, ceasefire) = try july()
        // Set the red lines aside: the package then has a deal (the margin settle --package shows).
        scenario.settlement.redLines = scenario.settlement.redLines.map { _ in false }
        #expect(scenario.packageHasDeal() == true)
        let result = try #require(scenario.settle(issue: ceasefire))
        #expect(result.hasDeal && result.isConditionalOnPackage)
        #expect(result.nash == result.alone?.nash && result.width == 74)
        let issue = try #require(world.seeds.issue(named: "ceasefire"))
        #expect(SettlementText.verdict(result, issue: issue).hasSuffix(", conditional on the package, which has a deal"))
    }

    @Test("the text says what blocks, once, and the deal space on its own beneath")
    func wording() throws {
        let (world, scenario, ceasefire) = try july()
        let result = try #require(scenario.settle(issue: ceasefire))
        let issue = try #require(world.seeds.issue(named: "ceasefire"))
        let package = scenario.settlePackage()
        #expect(SettlementText.verdict(result, issue: issue, package: package)
            == "no deal: conditional on the package, which has none (gap 8.0; blocks RU, UA)")
        #expect(SettlementText.alone(result, issue: issue)
            == "on its own: deal 26.0–100.0 (width 74.0), Nash point 65.0 (conditional ceasefire: terms met first)")
    }

    @Test("simulate's record agrees with settle on every issue and the package of drawn scenarios",
          arguments: ["2025-03-19", "2025-06-03", "2025-07-23"])
    func recordAgrees(date: String) throws {
        let world = try World.load(directory: SeedLocator.bundled()!)
        let baseline = world.scenario(at: try #require(world.seeds.snapshots.first { $0.date == CalendarDate(parsing: date) }))
        let bands = baseline.issues.map { id in world.seeds.issues.first { $0.id == id }?.bands ?? [] }
        let sampler = ScenarioSampler()
        var deals = 0
        for run in 0..<120 {
            var random = ParleyKit.SplitMix64(seed: 11, stream: UInt64(run))
            let drawn = sampler.sample(baseline, using: &random)
            let codes = SettlementOutcome.record(drawn, bands: bands)
            guard let package = drawn.settlePackage() else { Issue.record("no package"); return }
            if abs(package.margin) > 1e-6 { #expect((codes.last == 0) == package.hasDeal, "run \(run)") }
            if package.hasDeal { deals += 1 }
            for issue in drawn.issues.indices {
                let settled = try #require(drawn.settle(issue: issue))
                let expected = settled.nash.map { nash in Int16(bands[issue].indices.last { bands[issue][$0].lower <= nash } ?? 0) }
                let name = drawn.issues[issue]
                #expect(codes[issue] == (expected ?? SettlementOutcome.noDeal), "run \(run), \(name)")
            }
        }
        // Both verdicts occur, so both of the quick decision's tests are exercised.
        #expect(deals > 0 && deals < 120, "package deals in \(deals) of 120 runs on \(date)")
    }
}

@Suite("Deal space across issues: the cheap exact tests")
struct PackageCertificateTests {
    @Test("a sign the cheap tests give is the full search's", arguments: Array(1...60) as [UInt64])
    func agreesWhenDecided(seed: UInt64) {
        let issues = 1 + Int(seed % 5)
        let signatories = seed % 2 == 0
            ? RedLineTests.holding(2 + Int(seed % 4), issues: issues, seed: seed + 9100)
            : SettlementFixtures.signatories(2 + Int(seed % 4), issues: issues, seed: seed + 9100, costScale: 30)
        let noDeal = Array(repeating: 50.0, count: issues)
        let full = PackageSearch.settle(issues: (0..<issues).map { "i\($0)" }, noDeal: noDeal, signatories: signatories)
        let problem = ConeProblem(signatories: signatories.sorted { $0.actor < $1.actor }, issueCount: issues)
        guard abs(full.margin) > 1e-6, !problem.cones.isEmpty else { return }
        let start = problem.startingPoint(noDeal: noDeal.map { $0 / 100 })
        if let decided = problem.certifiedSign(candidates: [start]) { #expect(decided == full.hasDeal) }
        #expect(PackageSearch.hasDeal(noDeal: noDeal, signatories: signatories) == full.hasDeal)
    }

    @Test("two red lines on an issue with a gap are decided without the barrier; so is an open package")
    func decidesTheCommonCases() {
        let ru = Signatory(actor: "RU", ideal: [90, 80], saliences: [0.3, 0.2], expectedNoDeal: [75, 80], cost: 4, weight: 60,
                           redLines: [true, false])
        let ua = Signatory(actor: "UA", ideal: [5, 20], saliences: [0.3, 0.2], expectedNoDeal: [45, 20], cost: 8, weight: 40,
                           redLines: [true, false])
        let closed = ConeProblem(signatories: [ru, ua], issueCount: 2)
        #expect(closed.certifiedSign(candidates: [closed.startingPoint(noDeal: [0.6, 0.5])]) == false)
        var easy = [ru, ua]
        for index in easy.indices { easy[index].redLines = [false, false]; easy[index].cost = 60 }
        let open = ConeProblem(signatories: easy, issueCount: 2)
        #expect(open.certifiedSign(candidates: [open.startingPoint(noDeal: [0.6, 0.5])]) == true)
    }
}

@Suite("Deal space across issues: the cheap gap bound")
struct PackageGapBoundTests {
    @Test("never more than the full search's gap, and exact on July's red lines", arguments: Array(1...30) as [UInt64])
    func boundsTheGap(seed: UInt64) {
        let issues = 1 + Int(seed % 4)
        let signatories = RedLineTests.holding(2 + Int(seed % 3), issues: issues, seed: seed + 4400)
        let noDeal = Array(repeating: 50.0, count: issues)
        let full = PackageSearch.settle(issues: (0..<issues).map { "i\($0)" }, noDeal: noDeal, signatories: signatories)
        #expect(PackageSearch.gapAtLeast(noDeal: noDeal, signatories: signatories) <= max(0, -full.margin) + 1e-6)
    }

    @Test("July: the bound is the package's gap of 8.0")
    func july() throws {
        let world = try World.load(directory: SeedLocator.bundled()!)
        let scenario = world.scenario(at: try #require(world.seeds.snapshots.first { $0.date == CalendarDate(parsing: "2025-07-23") }))
        #expect(Figures.points(try #require(scenario.packageGapAtLeast())) == "8.0")
    }
}
