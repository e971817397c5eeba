import Foundation
import Testing

/// Questions asked in the middle of a command (a `--step` pause, "Replace it? [y/N]") in a
/// real terminal: Ctrl-C, Ctrl-D and Ctrl-L there must answer, not hang or stick (D1, D2, D15).
@Suite("Terminal questions (tmux)", .enabled(if: TmuxPane.isAvailable, "tmux is not installed; `make test` installs it"),
       .hangGuard)
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

    /// `parley run FILE --step` from the shell pauses like `run FILE --step` at the prompt.
    @Test func runStepFromTheShell() async throws {
        let pane = try TmuxPane()
        try await pane.start("repl", arguments: ["run", Self.script, "--step"])
        try await waitForPause(pane, "the first pause")
        try pane.press("repl", "Enter")
        try await pane.waitFor("repl", "the second command", timeout: .seconds(30)) { lines in
            lines.filter { $0.hasPrefix("» ") }.count >= 2 && lines.last?.hasSuffix(Self.pause) == true
        }
        try pane.type("repl", "q")
        try pane.press("repl", "Enter")
        #expect(try await pane.waitForExit("repl", timeout: .seconds(30)) == 0)
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

/// How parley starts in a terminal: `-i` after a failing script (D16), colour under TERM=dumb (D19).
@Suite("Terminal start-up (tmux)", .enabled(if: TmuxPane.isAvailable, "tmux is not installed; `make test` installs it"),
       .hangGuard)
struct TerminalStartUpTests {
    /// D16: like Python's -i, a failing script leaves you at the prompt.
    @Test func dashIStaysAfterAFailingScript() async throws {
        let pane = try TmuxPane()
        let script = pane.folder.appendingPathComponent("bad.parley")
        try "note before\nbogus\nnote never\n".write(to: script, atomically: true, encoding: .utf8)
        try await pane.start("repl", arguments: [script.path, "-i"])
        let lines = try await pane.waitFor("repl", "the prompt after the error", timeout: .seconds(30)) {
            TerminalTests.atEmptyPrompt($0)
        }
        #expect(lines.contains { $0.contains("error: unknown command 'bogus'") }, "\(lines.joined(separator: "\n"))")
        try pane.type("repl", "notes")
        try pane.press("repl", "Enter")
        let after = try await pane.waitFor("repl", "notes listed") { TerminalTests.ran("notes", $0) }
        #expect(after.contains { $0.hasSuffix("before") })
        #expect(!after.contains { $0.hasSuffix("never") })
        try pane.press("repl", "C-d")
        #expect(try await pane.waitForExit("repl", timeout: .seconds(30)) == 1, "the script failed")
    }

    /// D19: TERM=dumb means no colour even on a terminal; a colour terminal gets it.
    @Test func dumbTerminalsGetNoColour() async throws {
        let pane = try TmuxPane()
        for (window, term) in [("dumb", "dumb"), ("screen", "screen")] {
            try await pane.start(window, arguments: ["-c", "chart territory"], environment: ["TERM": term, "NO_COLOR": ""])
            _ = try await pane.waitForExit(window, timeout: .seconds(30))
        }
        let dumb = try pane.screen("dumb", escapes: true).joined(separator: "\n")
        let colour = try pane.screen("screen", escapes: true).joined(separator: "\n")
        #expect(!dumb.contains("\u{1B}["), "\(dumb)")
        #expect(colour.contains("\u{1B}["), "the check would pass for the wrong reason")
    }
}

/// Keys and pastes as other terminals send them (D14, D28).
@Suite("Terminal keys (tmux)", .enabled(if: TmuxPane.isAvailable, "tmux is not installed; `make test` installs it"),
       .hangGuard)
struct TerminalKeyTests {
    /// D14: Home, End and Ctrl-Left/Right move the cursor under TERM=xterm-256color in tmux.
    @Test func homeEndAndWordKeysMove() async throws {
        let pane = try TmuxPane()
        for term in ["xterm-256color", "screen"] {
            try await pane.start(term, environment: ["TERM": term])
            try await pane.waitFor(term, "the prompt") { TerminalTests.atEmptyPrompt($0) }
            try pane.type(term, "note abc def")
            try pane.press(term, "C-Left")
            try pane.type(term, "X")
            try await pane.waitFor(term, "Ctrl-Left moved a word back") { $0.last == "parley> note abc Xdef" }
            try pane.press(term, "Home")
            try pane.type(term, "Y")
            try await pane.waitFor(term, "Home went to the start") { $0.last == "parley> Ynote abc Xdef" }
            try pane.press(term, "C-Right")
            try pane.type(term, "Z")
            try await pane.waitFor(term, "Ctrl-Right moved a word on") { $0.last == "parley> YnoteZ abc Xdef" }
            try pane.press(term, "End")
            try pane.type(term, "W")
            try await pane.waitFor(term, "End went to the end") { $0.last == "parley> YnoteZ abc XdefW" }
        }
    }

    /// D28: a pasted tab is text, not completion; a pasted block runs line by line on Enter.
    @Test func pastedTabsAndNewlinesAreText() async throws {
        let pane = try TmuxPane()
        try await pane.start("repl")
        try await pane.waitFor("repl", "the prompt") { TerminalTests.atEmptyPrompt($0) }
        try pane.paste("repl", "note tab\there\nnote second line")
        try await Task.sleep(for: .milliseconds(300))
        #expect(!(try pane.screen("repl")).contains { $0.contains("error") })
        try pane.press("repl", "Enter")
        try await pane.waitFor("repl", "the pasted lines ran") { TerminalTests.atEmptyPrompt($0) }
        try pane.type("repl", "save pasted.parley")
        try pane.press("repl", "Enter")
        try await pane.waitFor("repl", "saved") { TerminalTests.ran("save pasted.parley", $0) }
        let saved = try String(contentsOf: pane.folder.appendingPathComponent("pasted.parley"), encoding: .utf8)
        #expect(saved.contains("note tab\there\nnote second line\n"), "\(saved)")
    }
}
