import Foundation
import Testing

/// End-to-end transcripts: each case in `Golden/` runs the built binary and compares stdout,
/// stderr and the exit status with checked-in files.
///
/// A case NAME has `NAME.parley` (run as `parley NAME.parley`) or `NAME.args` (one argument
/// per line), an optional `NAME.stdin`, and the expected `NAME.stdout`, `NAME.stderr` and
/// `NAME.status`. Set `PARLEY_UPDATE_GOLDEN=1` to rewrite the expected files after checking
/// the difference by eye.
@Suite("Golden transcripts")
struct GoldenTests {
    static let folder = ParleyBinary.packageRoot.appendingPathComponent("Tests/ParleyCLITests/Golden")

    static var cases: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return Set(names.filter { $0.hasSuffix(".status") }.map { String($0.dropLast(".status".count)) }).sorted()
    }

    @Test(arguments: cases)
    func transcript(_ name: String) throws {
        let argsFile = Self.folder.appendingPathComponent("\(name).args")
        let arguments: [String]
        if let text = try? String(contentsOf: argsFile, encoding: .utf8) {
            arguments = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        } else {
            arguments = ["\(name).parley"]
        }
        let stdin = (try? String(contentsOf: Self.folder.appendingPathComponent("\(name).stdin"), encoding: .utf8)) ?? ""
        let result = try ParleyBinary.run(arguments, in: Self.folder, stdin: stdin)

        let expected = { (suffix: String) in
            (try? String(contentsOf: Self.folder.appendingPathComponent("\(name).\(suffix)"), encoding: .utf8)) ?? ""
        }
        if ProcessInfo.processInfo.environment["PARLEY_UPDATE_GOLDEN"] == "1" {
            try result.stdout.write(to: Self.folder.appendingPathComponent("\(name).stdout"), atomically: true, encoding: .utf8)
            try result.stderr.write(to: Self.folder.appendingPathComponent("\(name).stderr"), atomically: true, encoding: .utf8)
            try "\(result.status)\n".write(to: Self.folder.appendingPathComponent("\(name).status"), atomically: true, encoding: .utf8)
            return
        }
        #expect(result.stdout == expected("stdout"), "stdout of \(name)")
        #expect(result.stderr == expected("stderr"), "stderr of \(name)")
        #expect("\(result.status)\n" == expected("status"), "exit status of \(name)")
    }

    @Test func sameScriptTwiceIsByteIdentical() throws {
        for name in Self.cases {
            let arguments = FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent("\(name).parley").path)
                ? ["\(name).parley"] : nil
            guard let arguments else { continue }
            let first = try ParleyBinary.run(arguments, in: Self.folder)
            let second = try ParleyBinary.run(arguments, in: Self.folder)
            #expect(first == second, "\(name) differs between runs")
        }
    }
}
