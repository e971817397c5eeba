import Foundation
import Testing

/// An error never loses the session: the same steps with failing commands between them must
/// leave exactly the state they leave alone, as `show --json`, `timeline` and `branches` see it.
@Suite("An error keeps the session")
struct SessionSurvivesErrorsTests {
    /// Steps that build some state: a change on main, a branch with its own steps, a note.
    static let steps = [
        "apply sanctions by=EU target=RU severity=0.7",
        "branch alt",
        "apply summit between=US,RU",
        "advance 2w",
        "switch main",
        "note \"after the package\"",
    ]

    /// What is compared at the end: every stance, both histories, the branches.
    static let inspection = ["show --json", "timeline --json", "branches --json", "show --json --diff alt", "switch alt", "timeline --json"]

    /// Failing commands, each put after step `after` (0: before any step). Every one fails
    /// after reading or checking something, and must change nothing.
    static let failures: [(after: Int, line: String)] = [
        (0, "undo"),
        (0, "redo"),
        (1, "apply sanctions severity=7"),
        (1, "load s"),
        (1, "load at=2025-02-30"),
        (2, "branch alt"),
        (2, "branch main"),
        (3, "apply summit between=US,XX"),
        (3, "run broken.parley"),
        (3, "run folder"),
        (4, "advance 2025-01-01"),
        (4, "advance 999999w"),
        (4, "switch nowhere"),
        (4, "save nowhere/out.parley"),
        (4, "brief nowhere/out.html"),
        (5, "simulate 0"),
        (5, "turns 0"),
        (5, "expect RU.territory > 200"),
        (5, "explain XX sanctions"),
        (6, "set seed -1"),
        (6, "hlep"),
        (6, "load nowhere"),
    ]

    /// Lines only stdin can carry: a NUL, invalid UTF-8 and a 1 MB line.
    static let stdinOnlyFailures: [(after: Int, line: [UInt8])] = [
        (2, bytes("show RU\0")),
        (4, bytes("note caf") + [0xE9]),
        (6, bytes("apply sanctions target=" + String(repeating: "x", count: 1 << 20))),
    ]

    /// The lines in order, good steps with failures interleaved.
    static func interleaved(_ failures: [(after: Int, line: [UInt8])]) -> [[UInt8]] {
        var lines = failures.filter { $0.after == 0 }.map(\.line)
        for (index, step) in steps.enumerated() {
            lines.append(bytes(step))
            lines += failures.filter { $0.after == index + 1 }.map(\.line)
        }
        return lines
    }

    static var allFailures: [(after: Int, line: [UInt8])] {
        failures.map { ($0.after, bytes($0.line)) } + stdinOnlyFailures
    }

    @Test("piped on stdin")
    func onStdin() throws {
        let scratch = try Self.scratch()
        defer { scratch.remove() }
        func run(_ lines: [[UInt8]]) throws -> ParleyBinary.Result {
            try ParleyBinary.run(["--keep-going"], in: scratch.url,
                                 stdinBytes: Data(lines.flatMap { $0 + [0x0A] }), timeout: 60)
        }
        let inspection = Self.inspection.map(bytes)
        let before = try run(Self.steps.map(bytes))
        let clean = try run(Self.steps.map(bytes) + inspection)
        let broken = try run(Self.interleaved(Self.allFailures) + inspection)
        try Self.compare(before: before, clean: clean, broken: broken, failures: Self.allFailures.count)
    }

    @Test("given as -c commands")
    func asCommands() throws {
        let scratch = try Self.scratch()
        defer { scratch.remove() }
        func run(_ lines: [String]) throws -> ParleyBinary.Result {
            try ParleyBinary.run(["--keep-going"] + lines.flatMap { ["-c", $0] }, in: scratch.url,
                                 stdinBytes: Data(), timeout: 60)
        }
        // With a `--json` command among the -c commands, stdout holds only the JSON: the steps
        // must still succeed, but print nothing there.
        var before = try run(Self.steps)
        before.stdout = ""
        let clean = try run(Self.steps + Self.inspection)
        let lines = Self.interleaved(Self.failures.map { ($0.after, bytes($0.line)) }).map { String(decoding: $0, as: UTF8.self) }
        let broken = try run(lines + Self.inspection)
        try Self.compare(before: before, clean: clean, broken: broken, failures: Self.failures.count)
    }

    /// A folder with broken seeds at `s`, a script that cannot be read, and a folder.
    static func scratch() throws -> Scratch {
        let scratch = try Scratch.make()
        try scratch.seeds()
        try scratch.edit("s/snapshots/2025-03-19.yaml", "value: 0.12", "value: 1.7")
        try scratch.write("broken.parley", bytes: bytes("show RU\n") + [0xFF, 0x0A])
        try scratch.folder("folder")
        return scratch
    }

    /// The inspection output of the clean run (its stdout after the steps' own output) must
    /// end the broken run's stdout too; and each failure must be reported once.
    static func compare(before: ParleyBinary.Result, clean: ParleyBinary.Result, broken: ParleyBinary.Result,
                        failures: Int) throws {
        #expect(before.status == 0 && clean.status == 0, "the steps alone must succeed: \(clean.stderr)")
        #expect(clean.stdout.hasPrefix(before.stdout))
        let inspected = String(clean.stdout.dropFirst(before.stdout.count))
        #expect(inspected.contains("\"stances\""))
        #expect(broken.reason == .exit)
        #expect(broken.status == 1)
        #expect(broken.stdout.hasSuffix(inspected), "the state after the errors differs from the state without them")
        let reported = broken.stderr.components(separatedBy: "\n").filter { $0.contains(": error: ") }.count
        #expect(reported == failures, "each failing command reports one error:\n\(broken.stderr)")
    }
}
