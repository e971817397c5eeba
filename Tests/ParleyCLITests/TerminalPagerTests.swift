import Foundation
import Testing

/// The pager at a real prompt: output taller than the 30-row pane goes through `less -FRX`
/// (the default when `$PAGER` is unset), `set pager off` prints it straight, and a short
/// output is never paged.
private let lessIsInstalled = ["/usr/bin/less", "/bin/less", "/usr/local/bin/less", "/opt/homebrew/bin/less"]
    .contains { FileManager.default.isExecutableFile(atPath: $0) }

@Suite("Terminal pager (tmux)",
       .enabled(if: TmuxPane.isAvailable && lessIsInstalled, "tmux or less is missing; `make test` installs both"),
       .hangGuard)
struct TerminalPagerTests {
    static let prompt = TerminalTests.prompt

    @Test func longOutputIsPagedAndSetPagerOffPrintsItStraight() async throws {
        let pane = try TmuxPane()
        // An empty value unsets: the default, `less -FRX`, is what is tried.
        try await pane.start("repl", environment: ["PAGER": ""])
        try await pane.waitFor("repl", "the banner and prompt", timeout: .seconds(30)) { TerminalTests.atEmptyPrompt($0) }

        // A short output is printed as it is.
        try pane.type("repl", "actors")
        try pane.press("repl", "Enter")
        try await pane.waitFor("repl", "actors printed without a pager", timeout: .seconds(30)) { TerminalTests.ran("actors", $0) }

        // `show` is 50 lines: less holds it at the first screen, with its ':' prompt below.
        try pane.type("repl", "show")
        try pane.press("repl", "Enter")
        let paged = try await pane.waitFor("repl", "less showing the first screen of show", timeout: .seconds(30)) { lines in
            lines.last == ":" && lines.contains { $0.hasPrefix("RU") || $0.contains(" RU ") }
        }
        #expect(!paged.dropFirst().contains { $0.hasPrefix(Self.prompt) && $0 != "\(Self.prompt) show" },
                "a prompt showed under the pager:\n\(paged.joined(separator: "\n"))")
        try pane.press("repl", "q")
        try await pane.waitFor("repl", "the prompt after leaving less", timeout: .seconds(30)) { TerminalTests.atEmptyPrompt($0) }
        #expect(pane.isAlive("repl"))

        try pane.type("repl", "set pager off")
        try pane.press("repl", "Enter")
        try await pane.waitFor("repl", "set pager off", timeout: .seconds(30)) { TerminalTests.ran("set pager off", $0) }
        try pane.type("repl", "show")
        try pane.press("repl", "Enter")
        // No pager: the table scrolls past and the prompt follows its last row straight away.
        let straight = try await pane.waitFor("repl", "show printed straight, then a prompt", timeout: .seconds(30)) { lines in
            TerminalTests.atEmptyPrompt(lines) && lines.dropLast().last?.contains("ru-ua-summit") == true
        }
        #expect(!straight.contains(":"), "less ran with the pager off:\n\(straight.joined(separator: "\n"))")

        try pane.type("repl", "quit")
        try pane.press("repl", "Enter")
        #expect(try await pane.waitForExit("repl", timeout: .seconds(30)) == 0)
    }
}
