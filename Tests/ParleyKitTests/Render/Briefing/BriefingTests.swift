import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ParleyKit

@Suite("Briefing")
struct BriefingTests {
    /// A session on the bundled seeds with notes of every kind and three steps, one that moves stances.
    static func session() -> Transcript {
        let t = Transcript()
        #expect(t.interpreter.loadAtStart(nil))
        for line in [
            "note Sanctions squeeze & the <50-day> deadline",
            "note The deadline lapses without a ceasefire.",
            "note question: Why did Moscow not move on territory?",
            "note instructor: Point out the \"Goldstein\" values.",
            "apply round participants=RU,UA mediator=TR",
            "apply ultimatum by=US target=RU days=50d issue=ceasefire threat=sanctions",
            "advance 8w",
        ] {
            #expect(t.run(line), "\(line): \(t.err)")
        }
        return t
    }

    static func temporaryPath(_ name: String) -> String {
        let folder = TestScratch.folder("parley-brief")
        return folder.appendingPathComponent(name).path
    }

    static func write(_ t: Transcript, _ arguments: String, name: String) throws -> String {
        let path = temporaryPath(name)
        #expect(t.run("brief \(path) \(arguments)"), "\(t.err)")
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    /// Parses as XML once the HTML5 doctype, which XML does not know, is removed.
    static func isWellFormed(_ html: String) -> (Bool, String) {
        let xml = html.replacingOccurrences(of: "<!DOCTYPE html>", with: "")
        let parser = XMLParser(data: Data(xml.utf8))
        let ok = parser.parse()
        return (ok, parser.parserError.map { "\($0) at line \(parser.lineNumber)" } ?? "")
    }

    static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func htmlIsWellFormedXMLWithOneChartPerIssue() throws {
        let t = Self.session()
        let html = try Self.write(t, "", name: "class.html")
        let (ok, problem) = Self.isWellFormed(html)
        #expect(ok, "\(problem)")
        let issues = t.interpreter.session.world!.seeds.issues.count
        #expect(issues == 8)
        #expect(Self.occurrences(of: "<svg", in: html) == issues)
        #expect(Self.occurrences(of: "<polyline", in: html) == issues * t.interpreter.session.world!.seeds.actors.count)
        #expect(!html.lowercased().contains("<script"))
        // The title is the first plain note, escaped.
        #expect(html.contains("<h1>Sanctions squeeze &amp; the &lt;50-day&gt; deadline</h1>"))
        #expect(html.contains("Why did Moscow not move on territory?"))
        #expect(html.contains("The deadline lapses without a ceasefire."))
        #expect(html.contains("@page"))
        #expect(html.contains("break-inside: avoid"))
    }

    @Test func htmlFetchesNothingAndLinksOnlyToSources() throws {
        let t = Self.session()
        let html = try Self.write(t, "--instructor", name: "class.html")
        let lowered = html.lowercased()
        #expect(!lowered.contains("src=\"http"))
        #expect(!lowered.contains("src='http"))
        #expect(!lowered.contains("url("))
        #expect(!lowered.contains("@import"))
        let urls = Set(t.interpreter.session.world!.seeds.documents.compactMap(\.url).map(XMLText.escape))
        var links = 0
        for piece in html.components(separatedBy: "href=\"").dropFirst() {
            let target = String(piece.prefix { $0 != "\"" })
            #expect(urls.contains(target), "unexpected link \(target)")
            links += 1
        }
        #expect(links > 0, "the baseline should link at least one source document")
    }

    @Test func instructorNotesOnlyWithTheFlag() throws {
        let t = Self.session()
        let plain = try Self.write(t, "", name: "class.html")
        let teacher = try Self.write(t, "--instructor", name: "teacher.html")
        let plainMarkdown = try Self.write(t, "", name: "class.md")
        let teacherMarkdown = try Self.write(t, "--instructor", name: "teacher.md")
        #expect(!plain.contains("Goldstein"))
        #expect(!plain.contains("Instructor notes"))
        #expect(!plainMarkdown.contains("Goldstein"))
        #expect(teacher.contains("Point out the &quot;Goldstein&quot; values."))
        #expect(teacher.contains("Instructor notes"))
        #expect(teacherMarkdown.contains("Point out the \"Goldstein\" values."))
        #expect(Self.isWellFormed(teacher).0)
    }

    @Test func markdownHasTheSections() throws {
        let t = Self.session()
        let md = try Self.write(t, "", name: "class.md")
        #expect(md.hasPrefix("# Sanctions squeeze & the \\<50-day\\> deadline\n"))
        for heading in ["## Notes", "## Documented baseline", "## Timeline of hypothetical events",
                        "## What moved", "## Appendix: every stance before and after", "## Positions over time", "## Forecast",
                        "## Why the largest moves happened", "## Discussion questions", "## Source documents"] {
            #expect(md.contains("\n\(heading)\n"), "missing \(heading)")
        }
        #expect(Self.occurrences(of: "\n### ", in: md) >= 7)
        #expect(!md.contains("<svg"))
        #expect(md.contains("| 3 | 2025-09-17 |"))
        #expect(md.contains("*estimate*"))
        #expect(md.contains("\u{201C}"))
    }

    /// The handout items of issue 15: the timeline in words with a date column that does not
    /// break, moved rows first with every row in an appendix, band labels and holders in the
    /// forecast, capability where it changed, and chains without bargaining internals or
    /// repeated rationales.
    @Test func aHandoutAClassCanFollow() throws {
        let t = Self.session()
        #expect(t.run("apply sanctions by=EU,US target=RU severity=1"))
        let html = try Self.write(t, "", name: "class.html")
        #expect(html.contains("<td class=\"date\">2025-07-23</td><td>A round of delegation-level talks, usually with a mediator (participants: Russia and Ukraine; mediator: Türkiye)</td>"))
        #expect(!html.contains("participants=RU,UA"))
        #expect(html.contains("td.date { white-space: nowrap; }"))
        #expect(html.contains("positions moved between the baseline"))
        #expect(html.contains("<h2>Appendix: every stance before and after</h2>"))
        #expect(html.contains("<tr class=\"moved\">"))
        #expect(html.contains("<th>band</th><th>held by</th>"))
        #expect(html.contains("Capability, each actor's weight in the bargaining, changed"))
        #expect(!html.contains("took the bargain"))
        let (world, branch) = (t.interpreter.session.world!, t.interpreter.session.branch!)
        let now = branch.scenario
        let briefing = Briefing(BriefingInput(
            seeds: world.seeds, catalog: world.catalog, branch: branch, consensus: now.issues.indices.map { now.consensus(issue: $0) },
            simulation: nil, instructor: false))
        for chain in briefing.chains {
            let reasons = ChainText.reasons(chain)
            #expect(Set(reasons).count == reasons.count)
            let steps = ChainText.lines(chain).map { $0.split(separator: " ").prefix(2).joined(separator: " ") }
            #expect(Set(steps).count == steps.count, "one line per step")
        }
        #expect(briefing.capabilities.map(\.actor) == ["RU"])
    }

    @Test func chainsListTheLargestMovesWithTheirTrace() throws {
        let t = Self.session()
        let (world, branch) = (t.interpreter.session.world!, t.interpreter.session.branch!)
        let now = branch.scenario
        let briefing = Briefing(BriefingInput(
            seeds: world.seeds, catalog: world.catalog, branch: branch, consensus: now.issues.indices.map { now.consensus(issue: $0) },
            simulation: t.interpreter.session.results.current(SimulationResult.self, on: branch), instructor: false))
        #expect((1...Briefing.chainLimit).contains(briefing.chains.count))
        let sizes = briefing.chains.map { abs($0.stance.change) }
        #expect(sizes == sizes.sorted(by: >))
        for chain in briefing.chains {
            #expect(!chain.entries.isEmpty)
            #expect(chain.entries == branch.history(actor: chain.stance.actor, issue: chain.stance.issue))
        }
        #expect(briefing.steps.map(\.step) == [1, 2, 3])
        #expect(briefing.simulation == nil)
    }

    @Test func simulationBandsOnlyWhileTheyMatchTheBranch() throws {
        let t = Self.session()
        #expect(t.run("simulate 50 seed=2"))
        let withBands = try Self.write(t, "", name: "a.html")
        #expect(withBands.contains("simulated p10"))
        #expect(withBands.contains("50 Monte Carlo runs, seed 2"))
        #expect(t.run("advance 1w"))
        let stale = try Self.write(t, "", name: "b.html")
        #expect(!stale.contains("simulated p10"))
    }

    @Test func sameSessionSameBytes() throws {
        let t = Self.session()
        #expect(try Self.write(t, "", name: "a.html") == Self.write(t, "", name: "b.html"))
    }

    @Test func refusesUnknownExtensionsAndOverwritesOnlyWithForce() throws {
        let t = Self.session()
        #expect(!t.run("brief notes.pdf"))
        #expect(t.err.contains("'notes.pdf' has '.pdf'; a briefing is FILE.html or FILE.md"))
        #expect(t.err.contains("      ^~~~~~~~~"))
        let path = Self.temporaryPath("class.html")
        try "old".write(toFile: path, atomically: true, encoding: .utf8)
        t.err = ""
        #expect(!t.run("brief \(path)"))
        #expect(t.err.contains("exists; add --force to replace it"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(t.run("brief \(path) --force"))
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    }

    @Test func titleFallsBackToTheBranchName() throws {
        let t = Transcript()
        #expect(t.interpreter.loadAtStart(nil))
        let html = try Self.write(t, "", name: "empty.html")
        #expect(html.contains("<h1>parley briefing: branch main</h1>"))
        #expect(html.contains("No hypothetical events"))
        #expect(html.contains("No position has moved on this branch."))
        #expect(Self.isWellFormed(html).0)
        #expect(Self.occurrences(of: "<svg", in: html) == 8)
    }
}
