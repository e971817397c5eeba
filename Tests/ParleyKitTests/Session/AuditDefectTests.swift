import Foundation
import Testing
@testable import ParleyKit
import ParleyTestSupport

/// The audit's defects that had no test of their own in issue 15's list (D20, D21, D23, D27),
/// tried as the audit's user tried them.
@Suite("Audit defects D20, D21, D23, D27")
struct AuditDefectTests {
    static func loaded() -> Transcript {
        let t = Transcript()
        #expect(t.interpreter.loadAtStart(nil))
        t.out = ""
        return t
    }

    /// D20: `help issues` no longer says higher numbers are closer to Moscow's terms.
    @Test func helpIssuesStatesNoOrientationRule() {
        let t = Self.loaded()
        #expect(t.run("help issues"))
        // Help is wrapped for reading; compare the words.
        let words = t.out.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(words.contains("No rule such as \"higher is closer to Moscow\" holds across issues"))
        #expect(words.contains("on humanitarian and on the two leaders' meetings (us-ru-summit, ru-ua-summit) Kyiv holds the upper end"))
    }

    /// D21: as the docs now say, `run` keeps the steps before a failing line; the rest does not run.
    @Test func runKeepsTheStepsBeforeAFailingLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-d21-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("s.parley")
        try "apply round participants=RU,UA mediator=TR\nbogus\napply summit between=US,RU\n"
            .write(to: script, atomically: true, encoding: .utf8)
        let t = Self.loaded()
        #expect(!t.run("run \(script.path)"))
        #expect(t.interpreter.session.branch?.steps.count == 1)
        #expect(t.err.contains(":2:1: error: unknown command 'bogus'"))
        let docs = try String(contentsOf: ParleyFixtures.root.appendingPathComponent("docs/COMMANDS.md"), encoding: .utf8)
        #expect(docs.contains("The exception is `run FILE`: the script's commands before the failing line have run and stay"))
    }

    /// D23: a pending event prints its condition with the actors and issue filled in.
    @Test func pendingEventsNameTheirActors() {
        let t = Self.loaded()
        #expect(t.run("timeline"))
        #expect(t.out.contains("pending: sanctions (from ultimatum) unless conceded(RU, US,"))
        #expect(!t.out.contains("target") && !t.out.contains("demand"))
    }

    /// D27: the `help` list shows `show` with `--json`.
    @Test func helpListShowsShowWithJSON() {
        let t = Transcript()
        #expect(t.run("help"))
        #expect(t.out.contains("\n  show [NAME] [--diff [BRANCH] [--all]] [--json]"))
    }
}
