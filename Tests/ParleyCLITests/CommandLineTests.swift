import Foundation
import Testing

/// The command line as sqlite3 and psql users drive it.
@Suite("Command line")
struct CommandLineTests {
    static let root = ParleyBinary.packageRoot

    /// D25: each `-c` error names which `-c` failed.
    @Test func eachDashCIsItsOwnLine() throws {
        let result = try ParleyBinary.run(["--keep-going", "-c", "help quit", "-c", "bogus", "-c", "show nobody"], in: Self.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("<command-line>:2:1: error: unknown command 'bogus'\n"))
        #expect(result.stderr.contains("<command-line>:3:6: error: 'nobody' is neither an actor nor an issue\n"))
    }

    /// D30: a session begun on --seeds DIR saves a script that loads DIR again.
    @Test func saveNamesTheSeedsFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-save-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("s.parley").path
        let result = try ParleyBinary.run(["--seeds", "seeds", "-c", "set width 90", "-c", "save \(file)"], in: Self.root)
        #expect(result.status == 0, "\(result.stderr)")
        let saved = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").map(String.init)
        let seeds = Self.root.appendingPathComponent("seeds").standardizedFileURL.path
        #expect(saved.dropFirst(2).first == "load \"\(seeds)\"")
        #expect(saved.last == "set width 90")
        let replay = try ParleyBinary.run([file], in: folder)
        #expect(replay.status == 0, "\(replay.stderr)")
    }

    /// D24: JSON figures carry no floating-point noise.
    @Test func jsonNumbersAreRounded() throws {
        let result = try ParleyBinary.run(["scenarios/tour.parley", "-c", "show --json", "-c", "forecast --json"], in: Self.root)
        let noisy = try Regex("[0-9]+\\.[0-9]{5,}")
        #expect(result.stdout.firstMatch(of: noisy) == nil)
    }

    /// `--json` output is all that stdout holds, so it pipes into jq.
    @Test func jsonAloneOnStdout() throws {
        let result = try ParleyBinary.run(["scenarios/tour.parley", "-c", "forecast --json"], in: Self.root)
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["issues"] != nil)
    }

    /// `-e` echoes each command, notes and questions included; --keep-going ends with a count.
    @Test func echoAndKeepGoingCount() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-echo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "# a comment\nnote a\nbogus\nnote question: why?\nhelp nothing\n".write(
            to: folder.appendingPathComponent("s.parley"), atomically: true, encoding: .utf8)
        let result = try ParleyBinary.run(["--keep-going", "-e", "s.parley"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout == "» note a\n» bogus\n» note question: why?\n» help nothing\n")
        #expect(result.stderr.hasSuffix("parley: 2 commands failed\n"))
    }

    /// `parley run FILE --step` needs a terminal to pause at; elsewhere it says so.
    @Test func runStepFromTheShellNeedsATerminal() throws {
        let result = try ParleyBinary.run(["run", "scenarios/tour.parley", "--step"], in: Self.root)
        #expect(result.status == 64)
        #expect(result.stderr == "parley: --step pauses for Enter and needs a terminal on stdin\n")
    }
}
