import Foundation
import Testing
@testable import ParleyKit

/// `conflict.yaml`: a small valid model, and located errors for broken ones.
@Suite("Seeds: the conflict model")
struct ConflictSeedTests {
    static let valid = """
        options:
          - id: truce
            name: Russia agrees a ceasefire
            holder: RU
            estimate: The decision is Moscow's.
          - id: concede
            name: Kyiv concedes
            holder: UA
            direction: fwd
            source: {doc: doc-a.txt, quote: "Moscow claims Crimea", supports: direction, credibility: 3}
        infeasible: []
        moves:
          - event: truce
            sets: {truce: Y}
            estimate: A truce is the option taken.
        snapshots:
          - date: 2025-03-19
            status-quo:
              truce: {value: N, estimate: No ceasefire yet.}
              concede: {value: N, estimate: Nothing conceded.}
            preferences:
              RU:
                - {statement: concede, estimate: Moscow wants the concession.}
                - {statement: "!truce", estimate: No ceasefire before it.}
              UA:
                - {statement: "!concede", estimate: Kyiv keeps its land.}
                - {statement: "truce | concede", estimate: Either ends the fighting.}

        """

    func fixture(_ text: String) -> SeedFixture {
        var fixture = SeedFixture()
        fixture.files["conflict.yaml"] = text
        return fixture
    }

    @Test("a valid model loads and gives the solver its conflict")
    func loads() throws {
        let seeds = try fixture(Self.valid).load()
        let talks = try #require(seeds.conflict)
        #expect(talks.makers == ["RU", "UA"])
        let framing = try #require(talks.framing(onOrBefore: CalendarDate(parsing: "2025-06-01")!))
        let conflict = talks.conflict(for: framing)
        #expect(conflict.options.map(\.direction) == [.both, .forward])
        #expect(StabilityAnalysis(graph: try conflict.graph()).equilibria(.nash).map { $0 + 1 } == [1, 3])
    }

    @Test("broken models are reported at the place", arguments: [
        ("- {statement: concede, estimate", "- {statement: consede, estimate",
         "seeds/conflict.yaml:23:23: error: unknown option 'consede'; did you mean 'concede'?"),
        ("    holder: UA\n", "    holder: UAA\n", "seeds/conflict.yaml:8:13: error: unknown actor 'UAA'; did you mean 'UA'?"),
        ("supports: direction, credibility: 3", "supports: directly, credibility: 3",
         "seeds/conflict.yaml:10:71: error: unknown supports 'directly'; expected value, band, direction"),
        ("      concede: {value: N, estimate: Nothing conceded.}\n", "",
         "seeds/conflict.yaml:19:7: error: the status quo at 2025-03-19 leaves out option 'concede'"),
        ("    direction: fwd", "    direction: forward", "seeds/conflict.yaml:9:16: error: unknown direction 'forward': expected both, fwd or back"),
        ("{value: N, estimate: No ceasefire yet.}", "{value: X, estimate: No ceasefire yet.}",
         "seeds/conflict.yaml:19:22: error: expected Y or N for 'truce'"),
    ])
    func errors(old: String, new: String, expected: String) {
        var broken = fixture(Self.valid)
        broken.edit("conflict.yaml", old, new)
        let first = broken.problems().first
        #expect(first.map { "\($0.location!): error: \($0.message)" } == expected)
    }

    @Test("conflict.yaml follows the evidence rules: grades kept, look-ahead refused, retrospective allowed")
    func evidenceRules() throws {
        let talks = try #require(try fixture(Self.valid).load().conflict)
        let concede = try #require(talks.options.first { $0.id == "concede" })
        #expect(concede.evidence.supports == "direction" && concede.evidence.credibility == 3)
        guard case .source(let citation) = concede.evidence.provenance else { Issue.record("not a source"); return }
        #expect(citation.supports == .direction && citation.credibility == 3)

        var later = fixture(Self.valid)
        later.files["sources.yaml"]! += "  - {file: doc-b.txt, title: Later, date: 2025-06-01, kind: wire-report, reliability: C, reason: later}\n"
        later.edit("conflict.yaml", "- {statement: concede, estimate: Moscow wants the concession.}",
                   "- {statement: concede, source: {doc: doc-b.txt, quote: \"Moscow claims Crimea\", supports: direction, credibility: 3}}")
        #expect(later.problems().first.map { "\($0.location!): error: \($0.message)" }
                == "seeds/conflict.yaml:23:46: error: snapshot 2025-03-19 cites 'doc-b.txt', dated 2025-06-01, after it; mark the citation 'retrospective:' with why the stance already held on 2025-03-19")
        later.edit("conflict.yaml", "supports: direction, credibility: 3}}", "supports: direction, credibility: 3, retrospective: \"A standing aim.\"}}")
        // Read through the shared citation reader and kept: the mark's words, and its count in `sources`.
        let seeds = try later.load()
        let statement = try #require(seeds.conflict?.framings.first?.preferences["RU"]?.first)
        #expect(statement.evidence.provenance.citation?.retrospective == "A standing aim.")
        let file = try #require(seeds.coverage.seedFiles.first { $0.file == "conflict.yaml" })
        #expect(file.tally.retrospective == 1)
        #expect(try fixture(Self.valid).load().coverage.seedFiles.first { $0.file == "conflict.yaml" }?.tally.retrospective == 0)
    }

    @Test("a cited choice refuses 'carried:', as a snapshot's value does, rather than dropping it")
    func carriedBelongsWithAnEstimate() {
        var broken = fixture(Self.valid)
        broken.edit("conflict.yaml", "supports: direction, credibility: 3}", "supports: direction, credibility: 3}\n    carried: 2025-03-19")
        #expect(broken.problems().first.map { "\($0.location!): error: \($0.message)" }
                == "seeds/conflict.yaml:11:14: error: 'carried:' belongs with an estimate; a cited value stands on its own quote")
    }
}
