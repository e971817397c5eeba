import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bad-input suite (issue 7): every case must end in a placed, exact error and a non-zero
/// exit status, with the process exiting normally rather than dying of a signal.
///
/// `PARLEY_BADINPUT_RECORD=DIR swift test --filter BadInput` writes what parley printed for each
/// case to DIR, to compare by eye when a message changes on purpose.
@Suite("Bad input")
struct BadInputTests {
    @Test(arguments: BadInputCase.all)
    func badInput(_ badCase: BadInputCase) throws {
        try check(badCase)
    }

    /// chmod 000 keeps out everyone but root, so these run only for other users. (The
    /// /proc/self/mem cases above stay unreadable for root too.)
    @Test(.enabled(if: getuid() != 0, "root can read a file whatever its mode"), arguments: BadInputCase.withoutRoot)
    func badInputWithoutRoot(_ badCase: BadInputCase) throws {
        try check(badCase)
    }

    @Test func theSuiteIsLargeEnough() {
        #expect(BadInputCase.all.count >= 60)
        #expect(Set(BadInputCase.all.map(\.name)).count == BadInputCase.all.count, "case names must be unique")
    }

    /// Some odd inputs are not errors, but must not hang: a named pipe nobody writes to reads as
    /// empty, and an empty script does nothing.
    @Test(arguments: [
        ("an empty script", ["empty.parley"]),
        ("a named pipe as the script", ["pipe.parley"]),
        ("run a named pipe", ["-c", "run pipe.parley"]),
    ])
    func oddButHarmless(_ name: String, _ arguments: [String]) throws {
        let scratch = try Scratch.make()
        defer { scratch.remove() }
        try scratch.write("empty.parley", "")
        #expect(mkfifo(scratch.path("pipe.parley").path, 0o600) == 0)
        let result = try ParleyBinary.run(arguments, in: scratch.url, stdinBytes: Data(), timeout: 120)
        #expect(result.reason == .exit, "\(name): killed after the timeout or by a signal")
        #expect(result.status == 0, "\(name)")
        #expect(result.stderr == "", "\(name)")
    }

    func check(_ badCase: BadInputCase) throws {
        let scratch = try Scratch.make()
        defer { scratch.remove() }
        try badCase.prepare(scratch)
        let result = try ParleyBinary.run(badCase.arguments, in: scratch.url, stdinBytes: Data(badCase.stdin), timeout: 120)
        if let folder = ProcessInfo.processInfo.environment["PARLEY_BADINPUT_RECORD"], !folder.isEmpty {
            let stem = String(badCase.name.map { $0.isLetter || $0.isNumber ? $0 : "-" })
            let base = URL(fileURLWithPath: folder).appendingPathComponent(stem)
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try result.stderr.write(to: base.appendingPathExtension("stderr"), atomically: true, encoding: .utf8)
            try "\(result.status) \(result.reason == .exit ? "exit" : "signal")\n"
                .write(to: base.appendingPathExtension("status"), atomically: true, encoding: .utf8)
        }
        #expect(result.reason == .exit, "\(badCase.name): died of signal \(result.status)")
        #expect(result.status != 0, "\(badCase.name): bad input must not succeed")
        #expect(result.status == badCase.status, "\(badCase.name): exit status")
        #expect(result.stderr == badCase.stderr, "\(badCase.name): stderr")
    }
}

extension BadInputCase {
    /// Files with no permissions: unreadable for any user but root.
    static let withoutRoot: [BadInputCase] = [
        BadInputCase("script: no read permission", ["locked.parley"],
                     prepare: { try $0.noPermissions("locked.parley", "help\n") },
                     stderr: "error: cannot read 'locked.parley': permission denied"),
        seedCase("seeds: no read permission", change: { try $0.noPermissions("s/actors.yaml", "actors: []\n") },
                 stderr: "error: cannot read 's/actors.yaml': permission denied"),
        seedCase("catalog: no read permission", change: { try $0.noPermissions("s/events.yaml", "types: []\n") },
                 stderr: "error: cannot read 's/events.yaml': permission denied"),
        BadInputCase("ktab: no read permission", ["ktab", "k.csv"],
                     prepare: { try $0.noPermissions("k.csv", "Demo,x,3,1\n") },
                     stderr: "error: cannot read 'k.csv': permission denied"),
    ]
}
