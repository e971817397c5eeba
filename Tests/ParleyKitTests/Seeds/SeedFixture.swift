import Foundation
import Testing
@testable import ParleyKit

/// A small, valid seed folder written to a temporary directory, which tests break on purpose.
///
///     var fixture = SeedFixture()
///     fixture.edit("snapshots/2025-03-19.yaml", "value: 90", "value: 120")
///     let problems = fixture.problems()
struct SeedFixture {
    var files: [String: String] = [
        "sources.yaml": """
            documents:
              - file: doc-a.txt
                title: Document A
                date: 2025-03-19
                kind: wire-report
                reliability: C
                reason: A test document.

            """,
        "actors.yaml": """
            actors:
              - id: RU
                name: Russia
                aliases: [russia, moscow]
                role: belligerent
              - id: UA
                name: Ukraine
                aliases: [ukraine, kyiv]
                role: belligerent

            """,
        "issues.yaml": """
            issues:
              - id: territory
                name: Territory
                zero: all back
                hundred: all recognised
                sides: UA holds 0, RU holds 100.
                bands:
                  - {from: 0, to: 25, label: "all back"}
                  - {from: 25, to: 50, label: "most back"}
                  - {from: 50, to: 75, label: "some back"}
                  - {from: 75, to: 100, label: "all recognised"}
              - id: summit
                name: Summit
                aliases: [meeting]
                zero: no meeting
                hundred: a meeting soon
                sides: UA holds 100, RU stands lower.
                bands:
                  - {from: 0, to: 25, label: "none"}
                  - {from: 25, to: 50, label: "later"}
                  - {from: 50, to: 75, label: "prepared"}
                  - {from: 75, to: 100, label: "soon"}

            """,
        "snapshots/2025-03-19.yaml": """
            date: 2025-03-19
            label: a test snapshot
            capabilities:
              RU: {value: 90, estimate: "A great power."}
              UA: {value: 50, source: {doc: doc-a.txt, quote: "Ukraine depends on support", supports: direction, credibility: 3}}
            stances:
              RU:
                territory:
                  position: {value: 90, source: {doc: doc-a.txt, quote: "Moscow claims Crimea", supports: value, credibility: 2}}
                  salience: {value: 0.5, estimate: "Core aim."}
                summit:
                  position: {value: 40, estimate: "A guess."}
                  salience: {value: 0.3, estimate: "A guess."}
              UA:
                territory:
                  position: {value: 5, estimate: "Kyiv wants it all back."}
                  salience: {value: 0.6, estimate: "Core aim."}
                summit:
                  position: {value: 80, uncertainty: 16, uncertainty-reason: "Nothing but a guess.", estimate: "Kyiv wants a meeting."}
                  salience: {value: 0.4, estimate: "A guess."}

            """,
        "timeline.yaml": """
            events:
              - id: call
                date: 2025-03-18
                kind: summit
                actors: [RU, UA]
                summary: A call.
                parameters: {between: [RU, UA]}
                details: {format: call}
                source: {doc: doc-a.txt, quote: "the leaders spoke", credibility: 2}

            """,
    ]

    /// Replaces the first occurrence of `old` in `file`; records a test issue if it is absent.
    mutating func edit(_ file: String, _ old: String, _ new: String) {
        guard let text = files[file], let range = text.range(of: old) else {
            Issue.record("fixture \(file) has no '\(old)'")
            return
        }
        files[file] = text.replacingCharacters(in: range, with: new)
    }

    /// Writes the files into a fresh `…/seeds` folder and returns it.
    func write() throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("parley-seed-tests-\(UUID().uuidString)", isDirectory: true)
        let folder = root.appendingPathComponent("seeds", isDirectory: true)
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        if files.isEmpty { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        return folder
    }

    /// Loads the folder, shown as `seeds` in diagnostics.
    func load() throws -> Seeds {
        let folder = try write()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        return try SeedLoader.load(directory: folder, displayName: "seeds")
    }

    /// The diagnostics loading reports; records a test issue if loading succeeds.
    func problems(sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Diagnostic] {
        do {
            _ = try load()
            Issue.record("the broken fixture loaded without errors", sourceLocation: sourceLocation)
            return []
        } catch let list as DiagnosticList {
            return list.diagnostics
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
            return []
        }
    }

    /// The messages only, for exact comparisons.
    func messages(sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String] {
        problems(sourceLocation: sourceLocation).map(\.message)
    }
}
