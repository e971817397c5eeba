import Foundation
import Testing

/// A REPL killed with SIGKILL is rebuilt exactly by `parley --resume`, branches included.
@Suite("Kill and resume", .enabled(if: TmuxPane.isAvailable && FileManager.default.fileExists(atPath: "/proc/self"),
                                   "needs tmux and /proc"),
       .hangGuard)
struct ResumeTests {
    static let commands = [
        "load at=2025-06-03", "apply round", "branch talks", "apply summit between=US,RU",
        "switch main", "apply sanctions by=EU,US severity=0.8", "note question: what changed?",
    ]

    @Test func resumedStateEqualsTheStateBeforeTheKill() async throws {
        let pane = try TmuxPane()
        let journal = pane.folder.appendingPathComponent("journal").path
        try await pane.start("repl", environment: ["PARLEY_JOURNAL": journal])
        try await pane.waitFor("repl", "the prompt") { TerminalTests.atEmptyPrompt($0) }
        for command in Self.commands {
            try pane.type("repl", command)
            try pane.press("repl", "Enter")
            // The command itself on the last used prompt line, so a screen not yet redrawn after
            // the keys cannot pass for one that ran it.
            try await pane.waitFor("repl", "prompt after \(command)") { TerminalTests.ran(command, $0) }
        }
        // A half-typed line is lost with the process, as it should be.
        try pane.type("repl", "apply strike")
        try pane.kill("repl", signal: SIGKILL)

        let inspect = ["-c", "branches --json", "-c", "show --json"]
        let resumed = try ParleyBinary.run(["--resume"] + inspect, in: pane.folder,
                                           environment: ["PARLEY_JOURNAL": journal])
        let expected = try ParleyBinary.run(Self.commands.flatMap { ["-c", $0] } + inspect, in: pane.folder)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        // The status line is on stderr: stdout is what the uninterrupted session prints, JSON alone.
        #expect(resumed.stderr == "Resumed \(Self.commands.count) commands from \(journal).\n")
        #expect(resumed.stdout.hasPrefix("{\"current\": \"main\""))
        #expect(resumed.stdout == expected.stdout)
        #expect(resumed.stdout.contains("talks"))
    }
}
