import Foundation
import Testing

/// Questions asked in the middle of a command (a `--step` pause, "Replace it? [y/N]") in a
/// real terminal: Ctrl-C, Ctrl-D and Ctrl-L there must answer, not hang or stick (D1, D2, D15).
@Suite("Terminal questions (tmux)", .enabled(if: TmuxPane.isAvailable, "tmux is not installed; `make test` installs it"),
       .timeLimit(.minutes(2)))
struct TerminalQuestionTests {
    static let pause = "Enter: next command, q: stop"
    static let script = ParleyBinary.packageRoot.appendingPathComponent("scenarios/judgement-round.parley").path

    private func startParley(_ pane: TmuxPane) async throws {
        try await pane.start("repl")
        try await pane.waitFor("repl", "the banner and prompt") { TerminalTests.atEmptyPrompt($0) }
    }

    private func enter(_ pane: TmuxPane, _ line: String) throws {
        try pane.type("repl", line)
        try pane.press("repl", "Enter")
    }

    private func waitForPause(_ pane: TmuxPane, _ what: String) async throws {
        try await pane.waitFor("repl", what, timeout: .seconds(30)) { $0.last?.hasSuffix(Self.pause) == true }
    }

    /// D1: Ctrl-C at a step pause stops the script and gives the prompt back; the REPL works on.
    @Test func ctrlCAtAStepPauseStopsTheScript() async throws {
        let pane = try TmuxPane()
        try await startParley(pane)
        try enter(pane, "run \(Self.script) --step")
        try await waitForPause(pane, "the first pause")
        try pane.press("repl", "C-c")
        let lines = try await pane.waitFor("repl", "a prompt after Ctrl-C", timeout: .seconds(30)) {
            TerminalTests.atEmptyPrompt($0)
        }
        #expect(lines.contains { $0.hasPrefix("Stopped after") }, "\(lines.joined(separator: "\n"))")
        try enter(pane, "note after the pause")
        try await pane.waitFor("repl", "the next command runs") { TerminalTests.ran("note after the pause", $0) }
        #expect(pane.isAlive("repl"))
    }

    /// D1: Ctrl-C at "Replace it?" answers no.
    @Test func ctrlCAtAReplaceQuestionAnswersNo() async throws {
        let pane = try TmuxPane()
        let file = pane.folder.appendingPathComponent("kept.parley")
        try "# mine\n".write(to: file, atomically: true, encoding: .utf8)
        try await startParley(pane)
        try enter(pane, "save kept.parley")
        try await pane.waitFor("repl", "the question") { $0.last?.hasSuffix("Replace it? [y/N]") == true }
        try pane.press("repl", "C-c")
        let lines = try await pane.waitFor("repl", "a prompt after Ctrl-C", timeout: .seconds(30)) {
            TerminalTests.atEmptyPrompt($0)
        }
        #expect(lines.contains("Not saved."), "\(lines.joined(separator: "\n"))")
        #expect(try String(contentsOf: file, encoding: .utf8) == "# mine\n")
        try enter(pane, "note still here")
        try await pane.waitFor("repl", "the next command runs") { TerminalTests.ran("note still here", $0) }
    }

    /// D2: Ctrl-D at a pause stops that run only; later pauses and questions still wait.
    @Test func ctrlDAtAPauseIsNotSticky() async throws {
        let pane = try TmuxPane()
        try "# mine\n".write(to: pane.folder.appendingPathComponent("kept.parley"), atomically: true, encoding: .utf8)
        try await startParley(pane)
        try enter(pane, "run \(Self.script) --step")
        try await waitForPause(pane, "the first pause")
        try pane.press("repl", "C-d")
        try await pane.waitFor("repl", "a prompt after Ctrl-D", timeout: .seconds(30)) { TerminalTests.atEmptyPrompt($0) }

        try pane.press("repl", "C-l")
        try await pane.waitFor("repl", "a cleared screen") { $0.count == 1 }
        try enter(pane, "run \(Self.script) --step")
        try await waitForPause(pane, "the first pause of the second run")
        try pane.press("repl", "Enter")
        let lines = try await pane.waitFor("repl", "the second pause", timeout: .seconds(30)) { lines in
            lines.filter { $0.hasPrefix("» ") }.count >= 2 && lines.last?.hasSuffix(Self.pause) == true
        }
        #expect(!lines.contains { $0.hasPrefix("Stopped after") })
        try pane.type("repl", "q")
        try pane.press("repl", "Enter")
        try await pane.waitFor("repl", "a prompt after q", timeout: .seconds(30)) { TerminalTests.atEmptyPrompt($0) }

        try enter(pane, "save kept.parley")
        try await pane.waitFor("repl", "the question waits") { $0.last?.hasSuffix("Replace it? [y/N]") == true }
        try pane.type("repl", "n")
        try pane.press("repl", "Enter")
        let answered = try await pane.waitFor("repl", "the answer") { TerminalTests.atEmptyPrompt($0) }
        #expect(answered.contains("Not saved."))
    }

    /// D15: Ctrl-L at a pause clears the screen and keeps waiting; it is not an answer.
    @Test func ctrlLAtAPauseRedrawsAndWaits() async throws {
        let pane = try TmuxPane()
        try await startParley(pane)
        try enter(pane, "run \(Self.script) --step")
        try await waitForPause(pane, "the first pause")
        try pane.press("repl", "C-l")
        let lines = try await pane.waitFor("repl", "the pause alone on a cleared screen") { lines in
            lines.count == 1 && lines[0].hasSuffix(Self.pause)
        }
        #expect(!lines.contains { $0.contains("^L") })
        try await Task.sleep(for: .milliseconds(500))
        #expect(try pane.screen("repl").count == 1, "Ctrl-L ran the next command")
        try pane.press("repl", "Enter")
        try await pane.waitFor("repl", "the next command after Enter", timeout: .seconds(30)) { lines in
            lines.contains { $0.hasPrefix("» expect") }
        }
    }
}
