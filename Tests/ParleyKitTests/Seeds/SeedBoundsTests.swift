import Foundation
import Testing
@testable import ParleyKit

/// Bounds on what a seed folder may hold and on how much a load reports.
@Suite("Seed bounds")
struct SeedBoundsTests {
    func seedsCopy(actors: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bounds-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: seedTestsPackageRoot.appendingPathComponent("seeds"), to: folder)
        try actors.write(to: folder.appendingPathComponent("actors.yaml"), atomically: false, encoding: .utf8)
        return folder
    }

    func problems(_ folder: URL) -> [Diagnostic] {
        do {
            _ = try World.load(directory: folder, displayName: "s")
            return []
        } catch let list as DiagnosticList {
            return list.diagnostics
        } catch {
            return [Diagnostic("\(error)")]
        }
    }

    /// M5: more than 250 actors is refused with one placed error (5,000 took 17 minutes a turn).
    @Test func actorsAreCapped() throws {
        let folder = try seedsCopy(actors: "actors:\n" + String(repeating: "  - {}\n", count: 300))
        defer { try? FileManager.default.removeItem(at: folder) }
        let found = problems(folder)
        #expect(found.first?.message == "300 actors; seeds may hold at most 250 (as KTAB scenarios), since a bargaining turn costs n³")
        #expect(found.first?.location?.file == "s/actors.yaml")
    }

    /// M4: a load reports its first 50 problems, then counts the rest.
    @Test func diagnosticsAreCapped() throws {
        let folder = try seedsCopy(actors: "actors:\n" + String(repeating: "  - {}\n", count: 200))
        defer { try? FileManager.default.removeItem(at: folder) }
        let found = problems(folder)
        #expect(found.filter { $0.location?.file == "s/actors.yaml" }.count == 50)
        #expect(found.contains { $0.message.hasSuffix("more problems in 's/actors.yaml' not shown") })
        let rendered = DiagnosticRenderer.render(DiagnosticList(Array(repeating: Diagnostic("x"), count: 70)))
        #expect(rendered.hasSuffix("parley: 20 more errors not shown (the first 50 are above)\n"))
        #expect(rendered.components(separatedBy: "error: x").count - 1 == 50)
    }

    /// M7: escapes in a seed copy's names are shown, not obeyed.
    @Test func terminalEscapesInSeedsAreMadeVisible() throws {
        let source = try String(contentsOf: seedTestsPackageRoot.appendingPathComponent("seeds/actors.yaml"), encoding: .utf8)
        let hostile = source.replacingOccurrences(of: "name: Russia", with: "name: \"Rus\\e[31msia\\e]0;pwned\\a\\u009B2J\\u202E\"")
        #expect(hostile != source)
        let folder = try seedsCopy(actors: hostile)
        defer { try? FileManager.default.removeItem(at: folder) }
        let world = try World.load(directory: folder, displayName: "s")
        let name = try #require(world.seeds.actors.first { $0.id == "RU" }?.name)
        #expect(name == "Rus␛[31msia␛]0;pwned␇<U+009B>2J<U+202E>")
    }

    /// L13: C1 controls and bidi overrides in a diagnostic's line are shown as code points.
    @Test func diagnosticsShowC1AndBidiCharacters() {
        let text = DiagnosticRenderer.render(Diagnostic("bad", at: SourceLocation(file: "f", line: 1, column: 1),
                                                        sourceLine: "a\u{9B}b\u{202E}c"))
        #expect(text.contains("a<U+009B>b<U+202E>c"))
        #expect(!text.unicodeScalars.contains { TerminalText.isUnsafe($0, keepingNewlines: true) })
    }
}
