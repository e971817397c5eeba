import Foundation
import Testing

/// The real libedit REPL in a pseudo-terminal: the built `parley` runs inside tmux, keys are
/// sent as a user would press them, and the assertions read the screen.
@Suite("Terminal (tmux)", .enabled(if: TmuxPane.isAvailable, "tmux is not installed; `make test` installs it"),
       .hangGuard)
struct TerminalTests {
    static let prompt = "parley>"

    /// Lines that show the prompt (with or without typed text).
    static func prompts(_ lines: [String]) -> [String] {
        lines.filter { $0.hasPrefix(prompt) }
    }

    /// The screen ends in an empty prompt: parley is waiting for a line.
    static func atEmptyPrompt(_ lines: [String]) -> Bool {
        lines.last?.trimmingCharacters(in: .whitespaces) == prompt
    }

    /// `line` was entered and parley is back at an empty prompt; robust to scrolling.
    static func ran(_ line: String, _ lines: [String]) -> Bool {
        guard atEmptyPrompt(lines), let index = lines.lastIndex(where: { $0.hasPrefix(prompt) && $0 != prompt }) else {
            return false
        }
        return lines[index] == "\(prompt) \(line)" && index < lines.count - 1
    }

    private func startParley(_ pane: TmuxPane, _ window: String = "repl",
                             environment: [String: String]) async throws {
        try await pane.start(window, environment: environment)
        try await pane.waitFor(window, "the banner and prompt") { lines in
            lines.first?.hasPrefix("parley ") == true && Self.atEmptyPrompt(lines)
        }
    }

    @Test func promptAndTabCompletesACommand() async throws {
        let pane = try TmuxPane()
        try await startParley(pane, environment: ["PARLEY_HISTORY": pane.folder.path + "/history"])

        // The prompt ends in a space: typed text follows it directly.
        try pane.type("repl", "x")
        try await pane.waitFor("repl", "typed text after the prompt") { $0.last == "parley> x" }
        try pane.press("repl", "BSpace")

        try pane.type("repl", "hel")
        try pane.press("repl", "Tab")
        try await pane.waitFor("repl", "`hel` completed to `help`") { $0.last == "parley> help" }
        // The completion added a space, so the next word starts a new argument.
        try pane.type("repl", "run")
        try await pane.waitFor("repl", "`help run` on the line") { $0.last == "parley> help run" }
        try pane.press("repl", "Enter")
        let lines = try await pane.waitFor("repl", "help for run, then a prompt") { Self.ran("help run", $0) }
        #expect(lines.contains { $0.contains("run") && !$0.hasPrefix(Self.prompt) },
                "help run printed nothing about run:\n\(lines.joined(separator: "\n"))")
        #expect(!lines.contains { $0.contains("error:") }, "\(lines.joined(separator: "\n"))")
    }

    @Test func ctrlCDiscardsTheHalfTypedLineAndKeepsRunning() async throws {
        let pane = try TmuxPane()
        try await startParley(pane, environment: ["PARLEY_HISTORY": pane.folder.path + "/history"])

        try pane.type("repl", "apply sanct")
        try await pane.waitFor("repl", "the half-typed line") { $0.last == "parley> apply sanct" }
        try pane.press("repl", "C-c")
        try await pane.waitFor("repl", "a fresh prompt below the discarded line") { lines in
            Self.atEmptyPrompt(lines) && lines.dropLast().last == "parley> apply sanct"
        }
        #expect(pane.isAlive("repl"))

        // The discarded text must not run on into the next line.
        try pane.type("repl", "note after ctrl-c")
        try pane.press("repl", "Enter")
        let lines = try await pane.waitFor("repl", "the note, then a prompt") {
            Self.ran("note after ctrl-c", $0)
        }
        #expect(!lines.contains { $0.contains("sanctnote") || $0.contains("error:") },
                "\(lines.joined(separator: "\n"))")
        #expect(pane.isAlive("repl"))

        // Inside a Ctrl-R search libedit reports the interrupted read as end of file;
        // it must still be a Ctrl-C, not a quit.
        try pane.press("repl", "C-r")
        try pane.type("repl", "hel")
        try await pane.waitFor("repl", "the search") { $0.last?.hasSuffix("hel") == true }
        try pane.press("repl", "C-c")
        try await pane.waitFor("repl", "a prompt after the cancelled search") { Self.atEmptyPrompt($0) }
        #expect(pane.isAlive("repl"))
        try pane.type("repl", "x")
        try await pane.waitFor("repl", "typing at the new prompt") { $0.last == "parley> x" }
    }

    @Test func ctrlDExitsZeroAndSavesAPrivateHistory() async throws {
        let pane = try TmuxPane()
        let history = pane.folder.appendingPathComponent("nested/dir/history")
        try await startParley(pane, environment: ["PARLEY_HISTORY": history.path])

        // A blank line and a repeated command must not reach the history.
        for (index, line) in ["note dup", "note dup", "", "note from the pty test"].enumerated() {
            try pane.type("repl", line)
            try pane.press("repl", "Enter")
            try await pane.waitFor("repl", "prompt number \(index + 2)") { lines in
                Self.atEmptyPrompt(lines) && Self.prompts(lines).count >= index + 2
            }
        }
        try pane.press("repl", "C-d")
        #expect(try await pane.waitForExit("repl") == 0)

        let attributes = try FileManager.default.attributesOfItem(atPath: history.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let entries = try String(contentsOf: history, encoding: .utf8)
            .split(separator: "\n").map(String.init)
        #expect(entries.first == "_HiStOrY_V2_")
        // libedit escapes spaces in the file (strvis), so compare without them.
        #expect(entries.dropFirst().map { $0.replacingOccurrences(of: "\\040", with: " ") }
                == ["note dup", "note from the pty test"])
    }

    @Test func historyIsRecalledAfterARestart() async throws {
        let pane = try TmuxPane()
        // No PARLEY_HISTORY: the default location under XDG_STATE_HOME is used.
        let state = pane.folder.appendingPathComponent("state")
        let environment = ["XDG_STATE_HOME": state.path]

        try await startParley(pane, "first", environment: environment)
        for line in ["note first session", "note second"] {
            try pane.type("first", line)
            try pane.press("first", "Enter")
            try await pane.waitFor("first", "`\(line)` run") { Self.ran(line, $0) }
        }
        try pane.press("first", "C-d")
        #expect(try await pane.waitForExit("first") == 0)
        #expect(FileManager.default.fileExists(
            atPath: state.appendingPathComponent("parley/history").path))

        try await startParley(pane, "second", environment: environment)
        try pane.press("second", "Up")
        try await pane.waitFor("second", "Up recalls the last command") { $0.last == "parley> note second" }
        try pane.press("second", "Up")
        try await pane.waitFor("second", "Up again recalls the one before") {
            $0.last == "parley> note first session"
        }
        try pane.press("second", "Down")
        try await pane.waitFor("second", "Down goes forward again") { $0.last == "parley> note second" }

        // Ctrl-R searches the previous session's history incrementally.
        try pane.press("second", "C-u")
        try await pane.waitFor("second", "an empty line") { Self.atEmptyPrompt($0) }
        try pane.press("second", "C-r")
        try pane.type("second", "first")
        try await pane.waitFor("second", "Ctrl-R finds the note") { lines in
            lines.contains("parley> note first session")
        }
        try pane.press("second", "Enter")
        try await pane.waitFor("second", "the recalled line run") { Self.ran("note first session", $0) }
        try pane.press("second", "C-d")
        #expect(try await pane.waitForExit("second") == 0)
    }
}
