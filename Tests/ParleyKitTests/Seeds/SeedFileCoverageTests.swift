import Foundation
import Testing
@testable import ParleyKit

/// `sources` counts settlement.yaml's and conflict.yaml's values as it counts the snapshots':
/// per file, per grade, retrospective and outside, in text and JSON (issue 11, item 11).
@Suite("Seeds: coverage of settlement.yaml and conflict.yaml")
struct SeedFileCoverageTests {
    @Test func everySettlementValueIsCountedOnce() throws {
        let seeds = try loadBundledSeeds()
        let settlement = try #require(seeds.settlement)
        let file = try #require(seeds.coverage.seedFiles.first { $0.file == "settlement.yaml" })
        let values = settlement.signatoryProvenance.count + settlement.terms.reduce(0) { sum, terms in
            sum + terms.noDeal.count + terms.expectations.values.reduce(0) { $0 + $1.count } + terms.costs.count
                + terms.redLines.values.reduce(0) { $0 + $1.count } + terms.conditionalOnPackage.count
        }
        #expect(file.tally.total == values)
        #expect(file.tally.documented == settlement.citations.count)
        #expect(file.grades.reduce(0) { $0 + $1.tally.total } == file.tally.documented)
        // Not part of the snapshots' headline.
        #expect(seeds.coverage.total == 306)
    }

    @Test func conflictChoicesCountTheirGradesAndLateDocuments() throws {
        let seeds = try loadBundledSeeds()
        let conflict = try #require(seeds.conflict)
        let file = try #require(seeds.coverage.seedFiles.first { $0.file == "conflict.yaml" })
        #expect(file.tally.documented == conflict.citations.count)
        // conflict.yaml marks one citation 'retrospective:' and labels two facts 'outside:'.
        #expect(file.tally.retrospective == 1)
        #expect(file.tally.outside == 2)
        #expect(file.grades.map(\.grade) == [.c, .d, .e])
        #expect(seeds.coverage.seedFiles.map(\.file) == ["settlement.yaml", "conflict.yaml"])
    }

    @Test func theListingPrintsEachFileAndItsGrades() {
        var coverage = Coverage()
        coverage.overall.estimate = 2
        var file = Coverage.SeedFile(file: "settlement.yaml")
        let quote = Citation(document: "004_67b6710205e13c3d.txt", quote: "a prisoner exchange", supports: .direction, credibility: 3)
        file.count(.source(quote), supports: .direction, retrospective: true, carried: false, outside: true, grade: .c)
        file.count(.estimate("Why."), supports: nil, retrospective: false, carried: true, outside: false, grade: nil)
        coverage.seedFiles = [file]
        #expect(SourceListing.coverage(coverage, width: 100) == """
            0 of 2 values documented, 2 estimated
                               value  band  dir.  est.  carried  retro  outside  all
              positions            0     0     0     0        0      0        0    0
              saliences            0     0     0     0        0      0        0    0
              capabilities         0     0     0     0        0      0        0    0
              all values           0     0     0     2        0      0        0    2




              settlement.yaml      0     0     1     1        1      1        1    2
                grade C            0     0     1     0        0      1        1    1
            value, band, dir.: cited values, by what the quote establishes: the value,
            its band, or only a direction. est.: estimates; carried: those kept from an
            earlier snapshot. retro: citations of a later document (retrospective:).
            outside: values resting on a fact from outside the documents.
            settlement.yaml: counted alike, not in the 2 above.
            timeline: 0 events, 0 facts from outside the documents (outside:)

            """)
    }

    @Test func theJSONCarriesEachFile() throws {
        let seeds = try loadBundledSeeds()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(SourcesJSON.render(seeds).utf8)) as? [String: Any])
        let coverage = try #require(object["coverage"] as? [String: Any])
        let files = try #require(coverage["seed_files"] as? [String: [String: Any]])
        #expect(files.keys.sorted() == ["conflict.yaml", "settlement.yaml"])
        for file in seeds.coverage.seedFiles {
            let all = try #require(files[file.file]?["all"] as? [String: Int])
            #expect(all["total"] == file.tally.total)
            #expect(all["direction"] == file.tally.direction)
            #expect(all["retrospective"] == file.tally.retrospective)
            let grades = try #require(files[file.file]?["by_grade"] as? [String: [String: Int]])
            #expect(grades.keys.sorted() == file.grades.map(\.grade.rawValue))
        }
    }
}
