import Foundation
import Testing
@testable import ParleyKit

@Suite("Seeds: quote verifier and renderers")
struct SeedsVerifierAndRenderTests {
    @Test("quotes are matched across whitespace differences, and failures are placed in the seeds")
    func verifierReportsPlacedFailures() throws {
        var fixture = SeedFixture()
        fixture.edit("timeline.yaml", "quote: \"the leaders spoke\"", "quote: \"the leaders  never spoke\"")
        let seeds = try fixture.load()
        let documents = FileManager.default.temporaryDirectory.appendingPathComponent("parley-docs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: documents) }
        try Data("Moscow claims\n Crimea. Ukraine depends on\tsupport; the leaders spoke.".utf8)
            .write(to: documents.appendingPathComponent("doc-a.txt"))
        let failures = QuoteVerifier.verify(seeds, documents: documents)
        #expect(failures.count == 1)
        #expect(failures.first?.diagnostic.message == "quote not found in 'doc-a.txt': \"the leaders  never spoke\"")
        #expect(QuoteVerifier.render(failures) == """
            seeds/timeline.yaml:9:37: error: quote not found in 'doc-a.txt': "the leaders  never spoke"
                source: {doc: doc-a.txt, quote: "the leaders  never spoke", credibility: 2}
                                                ^

            """)
        try FileManager.default.removeItem(at: documents.appendingPathComponent("doc-a.txt"))
        let missing = QuoteVerifier.verify(seeds, documents: documents)
        #expect(missing.count == 3)
        #expect(missing.allSatisfy { $0.reason == .documentMissing })
    }

    @Test("show marks values the engine moved and keeps seed provenance on the rest")
    func stanceViewMarksMovedValues() throws {
        let seeds = try SeedFixture().load()
        let snapshot = seeds.latest
        let scenario = Scenario(date: snapshot.date, actors: ["RU", "UA"], issues: ["territory", "summit"],
                                capabilities: [90, 50], positions: [80, 40, 5, 80], saliences: [0.5, 0.3, 0.6, 0.4],
                                uncertainties: [0, 0, 0, 10])
        let rows = StanceView.rows(seeds, snapshot: snapshot, scenario: scenario, selection: .actor("RU"))
        #expect(rows.map(\.position) == [80, 40])
        #expect(rows[0].positionOrigin == .moved(from: 90))
        #expect(rows[1].positionOrigin == .seeds(.estimate("A guess.")))
        #expect(rows[0].band == "all recognised")
        let table = StanceTable.render(rows, title: "t", width: 120)
        #expect(table.contains("moved from 90.0; explain RU territory"))
        let json = StanceJSON.render(rows, date: snapshot.date, label: "l")
        #expect(json.hasPrefix("{\"date\": \"2025-03-19\", \"label\": \"l\", \"stances\": [\n  {\"actor\": \"RU\", \"issue\": \"territory\", \"position\": 80.0, \"change\": 0.0, \"uncertainty\": 0.0, \"salience\": 0.5, \"band\": \"all recognised\", \"bands_in_range\": [\"all recognised\"], \"position_source\": {\"moved_from\": 90.0}"))
        #expect(json.contains("\"position_provenance\": {\"kind\": \"source\", \"document\": \"doc-a.txt\", \"document_kind\": \"wire-report\", \"grade\": \"C\", \"supports\": \"value\", \"credibility\": 2, \"speaker\": null, \"retrospective\": null, \"evidence_date\": \"2025-03-19\", \"carried_from\": null, \"outside\": null, \"alternatives\": 0}"))
    }

    @Test("show marks each change since the branch's baseline with an arrow")
    func stanceTableShowsChangeArrows() throws {
        let seeds = try SeedFixture().load()
        let snapshot = seeds.latest
        let baseline = Scenario(date: snapshot.date, actors: ["RU", "UA"], issues: ["territory", "summit"],
                                capabilities: [90, 50], positions: [90, 40, 5, 80], saliences: [0.5, 0.3, 0.6, 0.4])
        var now = baseline
        now.positions = Grid(rows: 2, columns: 2, values: [86.5, 40, 5, 82])
        let rows = StanceView.rows(seeds, snapshot: snapshot, scenario: now, baseline: baseline)
        #expect(rows.map(\.change) == [-3.5, 0, 0, 2])
        let table = StanceTable.render(rows, title: "t", width: 120)
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines[1].contains("change"))
        #expect(lines[2].contains("↓3.5"))
        #expect(lines[5].contains("↑2.0"))
        // Nothing moved: no change column at all.
        let still = StanceTable.render(StanceView.rows(seeds, snapshot: snapshot, scenario: baseline, baseline: baseline),
                                       title: "t", width: 120)
        #expect(!still.contains("change"))
    }

    @Test("tables fit the width they are given")
    func tablesFitTheWidth() throws {
        let seeds = try loadBundledSeeds()
        for width in [80, 100, 140] {
            let text = StanceTable.render(seeds, snapshot: seeds.latest, width: width)
                + ActorListing.render(seeds, width: width) + SourceListing.render(seeds, width: width)
            for line in text.split(separator: "\n").dropFirst() where !line.hasPrefix("Stances on") {
                #expect(line.count <= width, "\(width): \(line)")
            }
        }
    }

    @Test("sources reports the coverage")
    func sourcesReportsCoverage() throws {
        let seeds = try loadBundledSeeds()
        let text = SourceListing.render(seeds)
        #expect(text.contains(seeds.coverage.description))
        #expect(text.contains("004   2025-03-19"))
    }
}
