import Foundation
import Testing
@testable import ParleyKit
import ParleyTestSupport

/// The package root, as every test, fuzzer and benchmark finds it.
let seedTestsPackageRoot = ParleyFixtures.root

/// Loads the bundled seeds, printing every diagnostic if they do not load.
func loadBundledSeeds() throws -> Seeds {
    let folder = seedTestsPackageRoot.appendingPathComponent("seeds")
    do {
        return try SeedLoader.load(directory: folder, displayName: "seeds")
    } catch let list as DiagnosticList {
        Issue.record("bundled seeds do not load:\n\(DiagnosticRenderer.render(list))")
        throw list
    }
}

@Suite("Seeds: the bundled documented state")
struct BundledSeedsTests {
    @Test("the bundled seeds load")
    func bundledSeedsLoad() throws {
        let seeds = try loadBundledSeeds()
        #expect(seeds.documents.count == 5)
        #expect(seeds.actors.map(\.id) == ["RU", "UA", "US", "EU", "TR", "E3"])
        #expect(seeds.issues.map(\.id) == [
            "ceasefire", "territory", "neutrality", "military-aid", "sanctions", "humanitarian", "us-ru-summit", "ru-ua-summit",
        ])
        #expect(seeds.snapshots.map(\.date.description) == ["2025-03-19", "2025-06-03", "2025-07-23"])
        #expect(seeds.latest.date.description == "2025-07-23")
    }

    @Test("every snapshot has a stance for every actor on every issue")
    func everySnapshotIsComplete() throws {
        let seeds = try loadBundledSeeds()
        for snapshot in seeds.snapshots {
            #expect(snapshot.stances.count == seeds.actors.count * seeds.issues.count)
            for actor in seeds.actors {
                var total = 0.0
                for issue in seeds.issues {
                    let stance = snapshot.stance(actor: actor.id, issue: issue.id)
                    #expect(stance != nil, "\(snapshot.date) lacks \(actor.id) on \(issue.id)")
                    guard let stance else { continue }
                    #expect((0...100).contains(stance.position.value))
                    #expect(issue.band(for: stance.position.value) != nil)
                    total += stance.salience.value
                }
                #expect(total <= 1 + 1e-9, "\(actor.id) saliences sum to \(total) on \(snapshot.date)")
            }
        }
    }

    @Test("stances the documents state outright are cited, not estimated")
    func statedStancesAreCited() throws {
        let seeds = try loadBundledSeeds()
        for snapshot in seeds.snapshots {
            func citation(_ actor: String, _ issue: String) -> Citation? {
                snapshot.stance(actor: actor, issue: issue)?.position.provenance.citation
            }
            // Kyiv's demand for its 1991 borders, Crimea included.
            #expect(citation("UA", "territory")?.quote.contains("return of Crimea") == true)
            // Moscow's demands on NATO, Crimea and foreign military aid and intelligence.
            #expect(citation("RU", "neutrality")?.quote.contains("non-expansion of NATO") == true)
            #expect(citation("RU", "territory")?.quote.contains("annexation of Crimea") == true)
            #expect(citation("RU", "military-aid") != nil)
            // Both sides' interest in prisoner exchanges.
            #expect(citation("RU", "humanitarian") != nil)
            #expect(citation("UA", "humanitarian") != nil)
        }
        let march = try #require(seeds.snapshots.first)
        #expect(march.stance(actor: "RU", issue: "military-aid")?.position.provenance.citation?.quote
            .contains("foreign military aid and intelligence") == true)
    }

    @Test("the timeline records the documented events")
    func timelineHasTheDocumentedEvents() throws {
        let seeds = try loadBundledSeeds()
        let kinds = Set(seeds.timeline.map(\.kind))
        for kind in ["summit", "truce", "round", "strike", "ultimatum", "prisoner-exchange", "memorandum"] {
            #expect(kinds.contains(kind), "no \(kind) in the timeline")
        }
        #expect(seeds.timeline.map(\.date) == seeds.timeline.map(\.date).sorted())
        let ultimatum = try #require(seeds.timeline.first { $0.kind == "ultimatum" })
        #expect(ultimatum.parameter("days") == .number(50))
        #expect(ultimatum.parameter("by") == .list(["US"]))
        // Phone calls are coded as calls (CAMEO 041), not meetings.
        for call in seeds.timeline where call.details.contains(where: { $0.name == "format" && $0.value == .text("phone call") }) {
            #expect(call.cameo == "041", "\(call.id) is a call")
        }
    }

    @Test("coverage counts positions, saliences and capabilities")
    func coverageCountsEveryValue() throws {
        let seeds = try loadBundledSeeds()
        let coverage = seeds.coverage
        #expect(coverage.total == 3 * 6 * (8 * 2 + 1))
        #expect(coverage.documented + coverage.estimated == coverage.total)
        #expect(coverage.description == "\(coverage.documented) of \(coverage.total) values documented, \(coverage.estimated) estimated")
    }

    /// The source documents live outside the project, next to it; the check is skipped without them.
    static let sharedDocuments = seedTestsPackageRoot.appendingPathComponent("../shared/seeds").standardizedFileURL

    @Test("every quote is found verbatim in its document",
          .enabled(if: FileManager.default.fileExists(atPath: sharedDocuments.path), "../shared/seeds is absent"))
    func everyQuoteVerifies() throws {
        let documents = Self.sharedDocuments
        let seeds = try loadBundledSeeds()
        let failures = QuoteVerifier.verify(seeds, documents: documents)
        #expect(failures.isEmpty, "\(QuoteVerifier.render(failures))")
        #expect(seeds.citations.count > 50)
    }
}
