import Testing
@testable import ParleyKit

/// `--resume` replays a journal's moves as typed moves: the branches it rebuilds are the
/// ones the typed commands built, and a bad line is reported as the command reports it.
@Suite("Journal replay")
struct JournalReplayTests {
    static let lines = [
        "load at=2025-06-03",
        "apply ultimatum by=US target=RU days=50d",
        "turns 2",
        "branch documented",
        "advance 2025-07-23 --documented",
        "advance 60d",
        "switch main",
        "apply sanctions by=EU target=RU severity=0.7",
        "note after the sanctions",
        "apply round participants=RU,UA mediator=TR",
        "undo",
        "turns",
    ]

    @Test func replayedMovesRebuildTheTypedBranches() throws {
        let typed = Transcript()
        for (index, line) in Self.lines.enumerated() { #expect(typed.run(line, lineNumber: index + 1), "\(line): \(typed.err)") }
        let replayed = Transcript()
        for (index, line) in Self.lines.enumerated() {
            #expect(replayed.interpreter.replay(journalLine: line, file: "j", lineNumber: index + 1), "\(line): \(replayed.err)")
        }
        #expect(replayed.out.isEmpty, "a replay is quiet")
        let a = typed.interpreter.session, b = replayed.interpreter.session
        #expect(a.branches.map(\.name) == b.branches.map(\.name))
        #expect(a.branch?.name == b.branch?.name)
        for (x, y) in zip(a.branches, b.branches) {
            #expect(x.steps.map(\.command) == y.steps.map(\.command))
            #expect(x.steps.map(\.summary) == y.steps.map(\.summary))
            #expect(x.moves == y.moves)
            #expect(x.scenario.positions == y.scenario.positions)
            #expect(x.scenario.date == y.scenario.date)
            #expect(x.trace.count == y.trace.count)
            #expect(x.notes.map(\.text) == y.notes.map(\.text))
        }
        #expect(a.script == b.script)
        #expect(typed.interpreter.journalScript == replayed.interpreter.journalScript)
        // The documented hindcast is one step whose move is a sequence, as typed.
        let documented = try #require(b.branches.first { $0.name == "documented" })
        guard case .sequence(let parts) = documented.steps[2].move else { Issue.record("not a sequence"); return }
        #expect(parts.count > 1)
    }

    @Test func aBadMoveLineIsReportedAsTheCommandReportsIt() {
        let bad = ["apply earthquake severity=2", "advance 2020-01-01", "turns 101", "apply sanctions by=XX"]
        for line in bad {
            let typed = Transcript(), replayed = Transcript()
            #expect(typed.interpreter.loadAtStart(nil) && replayed.interpreter.loadAtStart(nil))
            #expect(!typed.run(line, file: "j", lineNumber: 7))
            #expect(!replayed.interpreter.replay(journalLine: line, file: "j", lineNumber: 7))
            #expect(replayed.err == typed.err && replayed.err.hasPrefix("j:7:"), "\(line)")
            #expect(replayed.interpreter.session.branch?.steps.isEmpty == true)
        }
        let nothing = Transcript()
        #expect(!nothing.interpreter.replay(journalLine: "turns 3", file: "j", lineNumber: 2))
        #expect(nothing.err.hasPrefix("j:2:1: error: nothing is loaded"))
    }
}
