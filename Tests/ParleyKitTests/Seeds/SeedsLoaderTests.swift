import Foundation
import Testing
@testable import ParleyKit

@Suite("Seeds: loader validation")
struct SeedsLoaderTests {
    let snapshot = "snapshots/2025-03-19.yaml"

    @Test("the valid fixture loads completely")
    func validFixtureLoads() throws {
        let seeds = try SeedFixture().load()
        #expect(seeds.actors.map(\.id) == ["RU", "UA"])
        #expect(seeds.latest.stances.count == 4)
        #expect(seeds.latest.stance(actor: "UA", issue: "summit")?.uncertainty == 10)
        #expect(seeds.actor(named: "MOSCOW")?.id == "RU")
        #expect(seeds.issue(named: "meeting")?.id == "summit")
        #expect(seeds.coverage.description == "2 of 10 values documented, 8 estimated")
        #expect(seeds.timeline.first?.parameter("between") == .list(["RU", "UA"]))
    }

    @Test("an unknown actor is reported with a suggestion")
    func unknownActor() {
        var fixture = SeedFixture()
        fixture.edit(snapshot, "  UA:\n", "  UAA:\n")
        let problems = fixture.problems()
        #expect(problems.map(\.message) == [
            "unknown actor 'UAA'; did you mean 'UA'?",
            "snapshot 2025-03-19 has no stances for UA",
        ])
        #expect(problems.first?.location == SourceLocation(file: "seeds/snapshots/2025-03-19.yaml", line: 11, column: 3))
    }

    @Test("an alias where an id is expected suggests the id")
    func aliasInsteadOfId() {
        var fixture = SeedFixture()
        fixture.edit("timeline.yaml", "actors: [RU, UA]", "actors: [moscow, UA]")
        #expect(fixture.messages() == ["unknown actor 'moscow'; did you mean 'RU'?"])
    }

    @Test("an unknown issue is reported with a suggestion")
    func unknownIssue() {
        var fixture = SeedFixture()
        fixture.edit(snapshot, "    territory:\n      position: {value: 90", "    teritory:\n      position: {value: 90")
        #expect(fixture.messages() == [
            "unknown issue 'teritory'; did you mean 'territory'?",
            "snapshot 2025-03-19 has no stance for RU on territory",
        ])
    }

    @Test("an unknown document is reported")
    func unknownDocument() {
        var fixture = SeedFixture()
        fixture.edit(snapshot, "doc: doc-a.txt", "doc: doc-b.txt")
        let problems = fixture.problems()
        #expect(problems.map(\.message) == [
            "unknown document 'doc-b.txt' (not listed in sources.yaml); did you mean 'doc-a.txt'?",
        ])
        #expect(problems.first?.location?.line == 6)
    }

    @Test("a position outside 0–100 is reported at the value")
    func positionOutOfRange() {
        var fixture = SeedFixture()
        fixture.edit(snapshot, "value: 90", "value: 120")
        let problems = fixture.problems()
        #expect(problems.map(\.message) == ["position 120 is outside 0–100"])
        #expect(DiagnosticRenderer.render(DiagnosticList(problems)) == """
            seeds/snapshots/2025-03-19.yaml:6:25: error: position 120 is outside 0–100
                  position: {value: 120, source: {doc: doc-a.txt, quote: "Moscow claims Crimea"}}
                                    ^~~

            """)
    }

    @Test("a salience outside 0–1 is reported")
    func salienceOutOfRange() {
        var fixture = SeedFixture()
        fixture.edit(snapshot, "salience: {value: 0.5,", "salience: {value: 1.5,")
        #expect(fixture.messages() == ["salience 1.5 is outside 0–1"])
    }

    @Test("an actor's saliences summing to more than 1 are reported at the actor")
    func salienceSum() {
        var fixture = SeedFixture()
        fixture.edit(snapshot, "salience: {value: 0.3,", "salience: {value: 0.7,")
        let problems = fixture.problems()
        #expect(problems.map(\.message) == ["saliences of RU in snapshot 2025-03-19 sum to 1.2, more than 1"])
        #expect(problems.first?.location?.line == 4)
    }

    @Test("a value without provenance is reported")
    func missingProvenance() {
        var fixture = SeedFixture()
        fixture.edit(snapshot, "{value: 40, estimate: \"A guess.\"}", "{value: 40}")
        let problems = fixture.problems()
        #expect(problems.map(\.message) == [
            "position has no provenance: give 'source:' with 'doc:' and 'quote:', or 'estimate:'",
        ])
        #expect(problems.first?.location == SourceLocation(file: "seeds/snapshots/2025-03-19.yaml", line: 9, column: 17))
    }

    @Test("a value with both a source and an estimate is reported")
    func bothProvenances() {
        var fixture = SeedFixture()
        fixture.edit(snapshot, "{value: 40, estimate: \"A guess.\"}",
                     "{value: 40, source: {doc: doc-a.txt, quote: \"x\"}, estimate: \"A guess.\"}")
        #expect(fixture.messages() == ["position gives both 'source:' and 'estimate:'; keep one"])
    }

    @Test("an empty estimate is reported")
    func emptyEstimate() {
        var fixture = SeedFixture()
        fixture.edit(snapshot, "estimate: \"A guess.\"}", "estimate: \"  \"}")
        #expect(fixture.messages() == ["'estimate' is empty"])
    }

    @Test("duplicate actor ids are reported with the first definition")
    func duplicateActor() {
        var fixture = SeedFixture()
        fixture.edit("actors.yaml", "  - id: UA\n    name: Ukraine\n    aliases: [ukraine, kyiv]",
                     "  - id: RU\n    name: Ukraine\n    aliases: [ukraine, kyiv]")
        let messages = fixture.messages()
        #expect(messages.first == "duplicate actor id 'RU' (first defined at seeds/actors.yaml:2:9)")
    }

    @Test("duplicate event ids are reported")
    func duplicateEvent() {
        var fixture = SeedFixture()
        fixture.files["timeline.yaml"]! += """
              - id: call
                date: 2025-03-20
                kind: round
                actors: [RU, UA]
                summary: Another.
                source: {doc: doc-a.txt, quote: "they met"}

            """
        let problems = fixture.problems()
        #expect(problems.map(\.message) == ["duplicate event id 'call' (first defined at seeds/timeline.yaml:2:9)"])
        #expect(problems.first?.location?.line == 9)
    }

    @Test("duplicate documents are reported")
    func duplicateDocument() {
        var fixture = SeedFixture()
        fixture.files["sources.yaml"]! += "  - {file: doc-a.txt, title: Again, date: 2025-03-20}\n"
        #expect(fixture.messages() == ["duplicate document 'doc-a.txt' (first listed at seeds/sources.yaml:2:11)"])
    }

    @Test("a name used by two actors or issues is reported")
    func nameClash() {
        var fixture = SeedFixture()
        fixture.edit("issues.yaml", "aliases: [meeting]", "aliases: [meeting, Moscow]")
        #expect(fixture.messages() == ["name 'Moscow' is already used by actor RU at seeds/actors.yaml:4:23"])
    }

    @Test("duplicate keys in one mapping are reported")
    func duplicateKey() {
        var fixture = SeedFixture()
        fixture.edit(snapshot, "  UA:\n    territory:", "  UA:\n    summit: {}\n    territory:")
        let problems = fixture.problems()
        #expect(problems.count == 1)
        #expect(problems.first?.location?.file == "seeds/snapshots/2025-03-19.yaml")
        // L11: placed on the second occurrence, naming the first.
        let message = problems.first?.message ?? ""
        #expect(message.hasPrefix("duplicate key 'summit' (first at seeds/snapshots/2025-03-19.yaml:"))
        let firstLine = Int(message.split(separator: ":").dropFirst(1).first ?? "") ?? 0
        #expect((problems.first?.location?.line ?? 0) > firstLine)
        #expect(problems.first?.sourceLine?.trimmingCharacters(in: .whitespaces).hasPrefix("summit:") == true)
    }

    @Test("a snapshot lacking an actor–issue pair is reported")
    func incompleteSnapshot() {
        var fixture = SeedFixture()
        fixture.edit(snapshot, """
                summit:
                  position: {value: 80, uncertainty: 10, estimate: "Kyiv wants a meeting."}
                  salience: {value: 0.4, estimate: "A guess."}

            """, "")
        let problems = fixture.problems()
        #expect(problems.map(\.message) == ["snapshot 2025-03-19 has no stance for UA on summit"])
        #expect(problems.first?.location == SourceLocation(file: "seeds/snapshots/2025-03-19.yaml", line: 11, column: 3))
    }

    @Test("a quote longer than 30 words is reported")
    func longQuote() {
        var fixture = SeedFixture()
        let long = (1...31).map { "w\($0)" }.joined(separator: " ")
        fixture.edit(snapshot, "quote: \"Moscow claims Crimea\"", "quote: \"\(long)\"")
        #expect(fixture.messages() == ["quote has 31 words; at most 30 are allowed"])
    }

    @Test("an unknown key is reported with a suggestion")
    func unknownKey() {
        var fixture = SeedFixture()
        fixture.edit(snapshot, "    summit:\n      position: {value: 40", "    summit:\n      positon: {value: 40")
        let problems = fixture.problems()
        #expect(problems.map(\.message) == [
            "unknown key 'positon' in the stance of RU on summit; did you mean 'position'?",
            "missing required key 'position' in the stance of RU on summit",
        ])
        #expect(problems.first?.location == SourceLocation(file: "seeds/snapshots/2025-03-19.yaml", line: 9, column: 7))
    }

    @Test("an unknown event kind is reported with a suggestion")
    func unknownKind() {
        var fixture = SeedFixture()
        fixture.edit("timeline.yaml", "kind: summit", "kind: sumit")
        #expect(fixture.messages() == ["unknown event kind 'sumit'; did you mean 'summit'?"])
    }

    @Test("an event parameter naming an unknown actor is reported")
    func unknownActorParameter() {
        var fixture = SeedFixture()
        fixture.edit("timeline.yaml", "between: [RU, UA]", "between: [RU, US]")
        #expect(fixture.messages() == ["unknown actor 'US'; did you mean 'UA'?"])
    }

    @Test("a value of the wrong type is reported")
    func wrongType() {
        var fixture = SeedFixture()
        fixture.edit(snapshot, "value: 40", "value: high")
        fixture.edit("actors.yaml", "role: belligerent", "role: [belligerent]")
        #expect(fixture.messages() == [
            "expected text for 'role', found a list",
            "expected a number for 'value', found 'high'",
        ])
    }

    @Test("a bad date is reported")
    func badDate() {
        var fixture = SeedFixture()
        fixture.edit("timeline.yaml", "date: 2025-03-18", "date: 2025-02-30")
        #expect(fixture.messages() == ["no such date '2025-02-30' for 'date'"])
    }

    @Test("a snapshot whose date disagrees with its file name is reported")
    func snapshotDateMismatch() {
        var fixture = SeedFixture()
        fixture.edit(snapshot, "date: 2025-03-19", "date: 2025-03-20")
        #expect(fixture.messages() == ["snapshot date 2025-03-20 does not match the file name '2025-03-19.yaml'"])
    }

    @Test("bands that are too few, leave gaps or stop short are reported")
    func badBands() {
        var fixture = SeedFixture()
        fixture.edit("issues.yaml", "      - {from: 25, to: 50, label: \"most back\"}\n", "")
        fixture.edit("issues.yaml", "{from: 25, to: 50, label: \"later\"}", "{from: 30, to: 50, label: \"later\"}")
        fixture.edit("issues.yaml", "{from: 75, to: 100, label: \"soon\"}", "{from: 75, to: 90, label: \"soon\"}")
        #expect(fixture.messages() == [
            "band starts at 50 but the previous band ends at 25",
            "issue 'territory' has 3 bands; at least 4 are required",
            "band starts at 30 but the previous band ends at 25",
            "the last band must end at 100, not 90",
        ])
    }

    @Test("malformed YAML is reported at its position")
    func malformedYAML() {
        var fixture = SeedFixture()
        fixture.edit("actors.yaml", "name: Russia", "name: [Russia")
        let problems = fixture.problems()
        #expect(problems.count == 1)
        #expect(problems.first?.message.hasPrefix("invalid YAML: ") == true)
        #expect(problems.first?.location?.file == "seeds/actors.yaml")
        #expect((problems.first?.location?.line ?? 0) >= 3)
    }

    @Test("a broken actors file does not flood the other files with unknown-actor errors")
    func brokenPrerequisite() {
        var fixture = SeedFixture()
        fixture.files["actors.yaml"] = "actors: {"
        #expect(fixture.problems().count == 1)
    }

    @Test("an empty file and invalid UTF-8 are reported")
    func emptyAndBinaryFiles() throws {
        var fixture = SeedFixture()
        fixture.files["timeline.yaml"] = ""
        #expect(fixture.messages() == ["the file is empty"])
        let folder = try SeedFixture().write()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try Data([0x66, 0xFF, 0xFE, 0x0A]).write(to: folder.appendingPathComponent("issues.yaml"))
        #expect(throws: DiagnosticList.self) { try SeedLoader.load(directory: folder, displayName: "seeds") }
        do {
            _ = try SeedLoader.load(directory: folder, displayName: "seeds")
        } catch let list as DiagnosticList {
            #expect(list.diagnostics.first?.message == "invalid UTF-8 byte 0xFF")
            #expect(list.diagnostics.first?.location == SourceLocation(file: "seeds/issues.yaml", line: 1, column: 2))
        }
    }

    @Test("missing files and folders are reported")
    func missingFiles() throws {
        var fixture = SeedFixture()
        fixture.files["timeline.yaml"] = nil
        #expect(fixture.messages() == ["missing seed file 'seeds/timeline.yaml'"])
        fixture = SeedFixture()
        fixture.files = fixture.files.filter { !$0.key.hasPrefix("snapshots/") }
        #expect(fixture.messages() == ["missing snapshot folder 'seeds/snapshots'"])
        let nowhere = URL(fileURLWithPath: "/nonexistent/parley/seeds")
        #expect(throws: DiagnosticList([Diagnostic("seed folder 'elsewhere' not found")])) {
            try SeedLoader.load(directory: nowhere, displayName: "elsewhere")
        }
    }

    @Test("every problem in every file is reported in one pass, and nothing is half-loaded")
    func allProblemsAtOnce() {
        var fixture = SeedFixture()
        fixture.edit(snapshot, "value: 90", "value: 120")
        fixture.edit("timeline.yaml", "kind: summit", "kind: sumit")
        fixture.edit("actors.yaml", "value: 90", "value: -1")
        #expect(fixture.messages() == [
            "capability -1 is outside 0–100",
            "position 120 is outside 0–100",
            "unknown event kind 'sumit'; did you mean 'summit'?",
        ])
    }

    @Test("garbage never crashes the loader")
    func garbageInput() throws {
        let samples = ["- - -", "[1, 2", "actors: 3", "actors: [1, [2], {a: b}]", "? [a]\n: b", "&a [*a]",
                       "stances: {RU: 5}", "\u{0}\u{1}", "%YAML 9.9\n---\n", "a: b\n---\nc: d", String(repeating: "[", count: 200)]
        for sample in samples {
            for file in ["sources.yaml", "actors.yaml", "issues.yaml", snapshot, "timeline.yaml"] {
                var fixture = SeedFixture()
                fixture.files[file] = sample
                #expect(!fixture.problems().isEmpty, "\(file): \(sample)")
            }
        }
    }
}
