import Foundation
import Testing
@testable import ParleyKit

/// The evidence rules of docs/SEEDS.md: each new loader check, word for word, and the bundled
/// seeds satisfying every rule.
@Suite("Seeds: evidence rules")
struct EvidenceRulesTests {
    let snapshot = "snapshots/2025-03-19.yaml"

    func rendered(_ fixture: SeedFixture) -> String {
        DiagnosticRenderer.render(DiagnosticList(fixture.problems()))
    }

    @Test("a snapshot citing a later document without 'retrospective:' is refused at the document")
    func lookAhead() {
        var fixture = SeedFixture()
        fixture.files["sources.yaml"]! += "  - {file: doc-b.txt, title: Later, date: 2025-06-01, kind: wire-report, reliability: C, reason: later}\n"
        fixture.edit(snapshot, "{doc: doc-a.txt, quote: \"Moscow claims Crimea\"", "{doc: doc-b.txt, quote: \"Moscow claims Crimea\"")
        #expect(rendered(fixture) == """
            seeds/snapshots/2025-03-19.yaml:9:43: error: snapshot 2025-03-19 cites 'doc-b.txt', dated 2025-06-01, after it; mark the citation 'retrospective:' with why the stance already held on 2025-03-19
                  position: {value: 90, source: {doc: doc-b.txt, quote: "Moscow claims Crimea", supports: value, credibility: 2}}
                                                      ^~~~~~~~~

            """)
        fixture.edit(snapshot, "supports: value, credibility: 2}", "supports: value, credibility: 3, retrospective: \"A standing claim.\"}")
        #expect((try? fixture.load()) != nil)
    }

    @Test("a retrospective citation graded better than 3 (possibly true) is refused at its credibility")
    func retrospectiveCredibility() {
        var fixture = SeedFixture()
        fixture.files["sources.yaml"]! += "  - {file: doc-b.txt, title: Later, date: 2025-06-01, kind: wire-report, reliability: C, reason: later}\n"
        fixture.edit(snapshot, "{doc: doc-a.txt, quote: \"Moscow claims Crimea\", supports: value, credibility: 2}",
                     "{doc: doc-b.txt, quote: \"Moscow claims Crimea\", supports: value, credibility: 2, retrospective: \"Standing.\"}")
        #expect(rendered(fixture) == """
            seeds/snapshots/2025-03-19.yaml:9:115: error: a retrospective citation is credibility 3 (possibly true) or weaker, not 2: 'doc-b.txt' is read back from 2025-06-01 to 2025-03-19
            …0, source: {doc: doc-b.txt, quote: "Moscow claims Crimea", supports: value, credibility: 2, retrospective: "Standing."}}
                                                                                                      ^

            """)
    }

    @Test("'retrospective:' on a document that is not later is refused")
    func retrospectiveOnEarlierDocument() {
        var fixture = SeedFixture()
        fixture.edit(snapshot, "supports: value, credibility: 2}", "supports: value, credibility: 2, retrospective: \"Held before.\"}")
        #expect(fixture.messages() == [
            "'retrospective:' is only for a document dated after the snapshot; 'doc-a.txt' is dated 2025-03-19, on or before 2025-03-19",
        ])
    }

    @Test("a bare carry-over is refused at the estimate")
    func bareCarryOver() {
        var fixture = SeedFixture()
        fixture.edit(snapshot, "{value: 40, estimate: \"A guess.\"}", "{value: 40, estimate: \"Unchanged since March.\"}")
        #expect(rendered(fixture) == """
            seeds/snapshots/2025-03-19.yaml:12:39: error: estimate gives no reasoning at its own date: a kept value needs 'carried: DATE' and why nothing dated since changes it
                  position: {value: 40, estimate: "Unchanged since March."}
                                                  ^~~~~~~~~~~~~~~~~~~~~~~~

            """)
    }

    @Test("'Unchanged' without 'carried:', and a carry that does not match, are refused")
    func carriedChecks() {
        var fixture = SeedFixture()
        fixture.edit(snapshot, "{value: 40, estimate: \"A guess.\"}",
                     "{value: 40, estimate: \"Unchanged: the round left the meeting off the agenda entirely.\"}")
        #expect(fixture.messages() == ["estimate says the value is unchanged; give 'carried: DATE' with the snapshot it keeps"])
        var later = SeedFixture()
        let june = later.files[snapshot]!
            .replacingOccurrences(of: "date: 2025-03-19", with: "date: 2025-06-03")
            .replacingOccurrences(of: "{value: 40, estimate: \"A guess.\"}",
                                  with: "{value: 45, estimate: \"Nothing dated since the call changes Moscow's view.\", carried: 2025-03-19}")
        later.files["snapshots/2025-06-03.yaml"] = june
        #expect(later.messages() == ["RU's summit position is carried from 2025-03-19, where it is 40, not 45"])
        later.files["snapshots/2025-06-03.yaml"] = june.replacingOccurrences(of: "carried: 2025-03-19", with: "carried: 2025-02-01")
        #expect(later.messages() == ["carried from 2025-02-01, but no earlier snapshot has that date (earlier: 2025-03-19)"])
    }

    @Test("a ± tighter than its evidence allows is refused, and a wider one needs a reason")
    func supportsUncertaintyMismatch() {
        var fixture = SeedFixture()
        fixture.edit(snapshot, "position: {value: 90, source:", "position: {value: 90, uncertainty: 2, uncertainty-reason: \"Sure.\", source:")
        #expect(rendered(fixture) == """
            seeds/snapshots/2025-03-19.yaml:9:42: error: uncertainty ±2 is tighter than the evidence allows (a C source at credibility 2 stating the value: ±4)
                  position: {value: 90, uncertainty: 2, uncertainty-reason: "Sure.", source: {doc: doc-a.txt, quote: "Moscow claims …
                                                     ^

            """)
        var direction = SeedFixture()
        direction.edit(snapshot, "supports: value, credibility: 2}", "supports: direction, allows: [60, 100], credibility: 2}")
        direction.edit(snapshot, "position: {value: 90, source:", "position: {value: 90, uncertainty: 10, source:")
        #expect(direction.messages() == [
            "uncertainty ±10 is tighter than the evidence allows (a C source at credibility 2 supports only a direction, the range 60–100: ±30 covers it)",
        ])
        var wider = SeedFixture()
        wider.edit(snapshot, "position: {value: 90, source:", "position: {value: 90, uncertainty: 9, source:")
        #expect(wider.messages() == [
            "uncertainty ±9 is set by hand; say why in 'uncertainty-reason:' (the rule gives a C source at credibility 2 stating the value: ±4)",
        ])
        var noRange = SeedFixture()
        noRange.edit(snapshot, "supports: value, credibility: 2}", "supports: direction, credibility: 2}")
        #expect(noRange.messages() == [
            "'supports: direction' needs 'allows: [LOW, HIGH]', the stretch of the scale the quote leaves open",
        ])
    }

    @Test("the rule sets the ± when none is given")
    func ruleSetsUncertainty() throws {
        let seeds = try SeedFixture().load()
        let territory = try #require(seeds.latest.stance(actor: "RU", issue: "territory"))
        #expect(territory.uncertainty == 4)
        #expect(territory.uncertaintyBasis == "a C source at credibility 2 stating the value: ±4")
        #expect(seeds.latest.stance(actor: "RU", issue: "summit")?.uncertainty == UncertaintyRule.estimateFloor)
    }

    /// A copy of the bundled seed folder (with its catalog) to break on purpose.
    func bundledCopy(editing file: String, _ old: String, _ new: String) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("parley-evidence-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("seeds")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: seedTestsPackageRoot.appendingPathComponent("seeds"), to: folder)
        let url = folder.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(old), "\(file) has no '\(old)'")
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
        return folder
    }

    func worldErrors(_ folder: URL) -> String {
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        do {
            _ = try World.load(directory: folder, displayName: "seeds")
            return "loaded"
        } catch let list as DiagnosticList {
            return DiagnosticRenderer.render(list)
        } catch let diagnostic as Diagnostic {
            return DiagnosticRenderer.render(diagnostic)
        } catch {
            return "\(error)"
        }
    }

    @Test("a timeline parameter invalid for the catalog is refused at its place")
    func timelineParameterAgainstCatalog() throws {
        let wrongType = try bundledCopy(editing: "timeline.yaml", "{by: UA, target: RU, scale: 0.8}", "{by: UA, target: RU, scale: major}")
        #expect(worldErrors(wrongType) == """
            seeds/timeline.yaml:156:45: error: event 'airfield-strike': parameter 'scale' of 'strike' must be a number, not 'major'
                parameters: {by: UA, target: RU, scale: major}
                                                        ^~~~~

            """)
        let unknown = try bundledCopy(editing: "timeline.yaml", "parameters: {participants: [RU, UA], mediator: [TR], topics: [humanitarian]}\n    details: {venue: Istanbul}",
                                      "parameters: {parties: [RU, UA], mediator: [TR], topics: [humanitarian]}\n    details: {venue: Istanbul}")
        #expect(worldErrors(unknown) == """
            seeds/timeline.yaml:125:18: error: event 'first-istanbul-round': 'round' has no parameter 'parties'
                parameters: {parties: [RU, UA], mediator: [TR], topics: [humanitarian]}
                             ^~~~~~~

            """)
        let kind = try bundledCopy(editing: "timeline.yaml", "kind: memorandum", "kind: memo")
        #expect(worldErrors(kind).hasPrefix("seeds/timeline.yaml:202:11: error: unknown event kind 'memo' (not a type in the event catalog); did you mean 'memorandum'?"))
        let range = try bundledCopy(editing: "timeline.yaml", "{by: UA, target: RU, scale: 0.8}", "{by: UA, target: XX, scale: 2}")
        #expect(worldErrors(range).contains("event 'airfield-strike': parameter 'target' of 'strike' names unknown actor 'XX'"))
    }

    @Test("every bundled value satisfies the evidence rules")
    func bundledValuesSatisfyTheRules() throws {
        let seeds = try loadBundledSeeds()
        let dates = seeds.snapshots.map(\.date)
        for value in seeds.values {
            for cited in [value.cited] + value.cited.alternatives {
                if let citation = cited.provenance.citation {
                    let document = try #require(seeds.document(named: citation.document))
                    // No silent look-ahead.
                    #expect((document.date > value.date) == (citation.retrospective != nil), "\(value.date) \(value.actor) \(value.issue ?? "capability")")
                    #expect((1...6).contains(citation.credibility))
                    #expect(citation.supports != nil)
                    if citation.supports == .direction, value.quantity == .position, cited == value.cited {
                        #expect(citation.allows != nil)
                    }
                }
                if case .estimate(let reasoning) = cited.provenance {
                    #expect(!EstimateWording.isBare(reasoning), "\(reasoning)")
                    if EstimateWording.claimsUnchanged(reasoning) { #expect(cited.carried != nil) }
                }
            }
            if let carried = value.cited.carried {
                #expect(dates.contains(carried) && carried < value.date)
                let earlier = try #require(seeds.snapshots.first { $0.date == carried })
                let kept = value.issue.map { earlier.stance(actor: value.actor, issue: $0)?.position.value }
                if value.quantity == .capability {
                    #expect(earlier.capabilities[value.actor]?.value == value.cited.value)
                } else if value.quantity == .position {
                    #expect(kept == value.cited.value)
                }
            }
        }
        // Every ± follows the rule: never tighter than its evidence, never tighter than an estimate's floor.
        for snapshot in seeds.snapshots {
            for stance in snapshot.stances {
                let uncertainty = try #require(stance.uncertainty)
                let issue = try #require(seeds.issue(named: stance.issue))
                switch stance.position.provenance {
                case .source(let citation):
                    let grade = seeds.document(named: citation.document)!.reliability
                    #expect(uncertainty >= UncertaintyRule.minimum(for: citation, reliability: grade, value: stance.position.value, issue: issue).0)
                case .estimate:
                    #expect(uncertainty >= UncertaintyRule.estimateFloor)
                }
                #expect(stance.uncertaintyBasis != nil)
            }
            #expect(snapshot.capabilities.count == seeds.actors.count)
        }
        // Timeline facts from outside the documents are labelled; phone calls are not meetings.
        #expect(seeds.timeline.filter { !$0.outside.isEmpty }.count >= 14)
        #expect(seeds.timeline.first { $0.id == "may-exchange" }?.outside.contains { $0.contains("1,000 for 1,000") } == true)
    }

    @Test("loading July schedules the pending ultimatum's deadline, 14 July + 50 days")
    func julyCarriesThePendingUltimatum() throws {
        let world = try World.load(directory: seedTestsPackageRoot.appendingPathComponent("seeds"), displayName: "seeds")
        let july = world.scenario(at: world.seeds.latest)
        #expect(july.scheduled.map(\.type) == ["sanctions"])
        #expect(july.scheduled.first?.date.description == "2025-09-02")
        #expect(july.scheduled.first?.origin == "ultimatum")
        let june = world.scenario(at: world.seeds.snapshots[1])
        #expect(june.scheduled.isEmpty)
    }

    @Test("sources --json carries the grades and the tallies")
    func sourcesJSON() throws {
        let seeds = try loadBundledSeeds()
        let text = SourcesJSON.render(seeds)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(documents.map { $0["grade"] as? String } == ["C", "D", "C", "E", "C"])
        let coverage = try #require(object["coverage"] as? [String: Any])
        #expect(coverage["total"] as? Int == seeds.coverage.total)
        let bySnapshot = try #require(coverage["by_snapshot"] as? [String: [String: Int]])
        #expect(bySnapshot["2025-03-19"]?["retrospective"] == seeds.coverage.bySnapshot[0].tally.retrospective)
        #expect((coverage["timeline"] as? [String: Int])?["outside_facts"] == seeds.coverage.eventOutsideFacts)
    }
}
