import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Fault injection: a REPL killed with SIGKILL at random points, twenty times, each followed by
/// `--resume`. What `branches` and `show --json` print after the resume must equal an
/// uninterrupted run of the same commands, and no command whose prompt came back may be lost.
@Suite("Faults: kill -9 and resume", .serialized,
       .enabled(if: FileManager.default.fileExists(atPath: "/proc/self"), "needs /proc"),
       .hangGuard)
struct KillAndResumeFaultTests {
    static let commands = [
        "load at=2025-06-03", "apply round", "branch talks", "apply summit between=US,RU", "advance 30d",
        "switch main", "apply sanctions by=EU,US severity=0.8", "note question: what changed?", "undo", "redo",
        "turns 2", "set seed 7",
    ]
    static let kills = 20
    static let inspection = ["-c", "branches", "-c", "show --json"]

    /// Where in a session the kill lands.
    enum Point: Int, CaseIterable, CustomStringConvertible {
        case atPrompt, whileTyping, justAfterEnter, duringCommand
        var description: String { ["at the prompt", "while typing", "just after Enter", "during a command"][rawValue] }
    }

    @Test func twentyKillsLoseNothing() throws {
        var random = SplitMix(seed: UInt64(ProcessInfo.processInfo.environment["PARLEY_FAULT_SEED"] ?? "") ?? 2026)
        var expected: [Int: String] = [:]
        var survived = 0
        var lost = 0
        for trial in 1...Self.kills {
            let scratch = try FaultScratch()
            let done = Int(random.next() % UInt64(Self.commands.count))
            let point = Point(rawValue: Int(random.next() % 4))!
            let repl = try scratch.repl(history: false)
            for (index, command) in Self.commands.prefix(done).enumerated() {
                repl.type(command + "\r")
                try repl.waitForPrompts(index + 2)
            }
            let next = Self.commands[done]
            switch point {
            case .atPrompt: break
            case .whileTyping: repl.type(String(next.prefix(next.count / 2)))
            case .justAfterEnter: repl.type(next + "\r")
            case .duringCommand:
                repl.type(next + "\r")
                usleep(UInt32(random.next() % 150_000))
            }
            kill(repl.pid, SIGKILL)
            #expect(PseudoTerminal.exitCode(repl.reap(within: 10)) == 128 + SIGKILL)

            let resumed = try scratch.run(["--resume"] + Self.inspection)
            let context = "trial \(trial): \(done) commands done, killed \(point)"
            if done == 0, point != .justAfterEnter, point != .duringCommand {
                // Nothing was journaled: there is nothing to resume, and parley says so.
                #expect(resumed.status == 1, "\(context)")
                #expect(resumed.stderr.hasPrefix("parley: no session to resume in \(scratch.sessions)"), "\(context): \(resumed.stderr)")
                survived += 1
                continue
            }
            #expect(resumed.status == 0, "\(context): \(resumed.stderr)")
            // The one status line is on stderr; stdout is the inspection's output alone.
            #expect(resumed.stderr.hasPrefix("Resumed ") && resumed.stderr.split(separator: "\n").count == 1, "\(context): \(resumed.stderr)")
            let firstLine = resumed.stderr.prefix { $0 != "\n" }
            let count = Int(firstLine.split(separator: " ").dropFirst().first ?? "") ?? -1
            // A command typed but not yet acknowledged may or may not have been journaled.
            let mayHaveRun = point == .justAfterEnter || point == .duringCommand
            #expect(count == done || (mayHaveRun && count == done + 1), "\(context): \(firstLine)")
            lost += max(0, done - count)
            if expected[count] == nil {
                let run = try scratch.run(Self.commands.prefix(count).flatMap { ["-c", $0] }
                                          + ["-c", "help quit"] + Self.inspection)
                expected[count] = run.stdout.components(separatedBy: "Example:\n  quit\n").last
            }
            #expect(resumed.stdout == expected[count], "\(context)")
            if resumed.status == 0, resumed.stdout == expected[count] { survived += 1 }
        }
        #expect(lost == 0)
        #expect(survived == Self.kills)
        FaultFigures.record("kill -9 and --resume: \(survived) of \(Self.kills) kills survived, \(lost) acknowledged commands lost")
    }
}

/// A small seeded generator, so a failing run can be repeated (`PARLEY_FAULT_SEED`).
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The suite's figures, printed at the end of each test for RELIABILITY.md.
enum FaultFigures {
    static func record(_ line: String) {
        FileHandle.standardError.write(Data("fault figures: \(line)\n".utf8))
    }
}
