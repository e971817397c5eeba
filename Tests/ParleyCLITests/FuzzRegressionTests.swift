import Foundation
import Testing

/// Inputs the fuzzers (Fuzz/, docs/RELIABILITY.md) found to crash parley, run through the
/// binary the way a user would type them. Each is also kept in Fuzz/Regressions/.
@Suite("Fuzz regressions (binary)")
struct FuzzRegressionCLITests {
    /// A fresh, empty working directory.
    func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// fuzz-interpreter: `save p` trapped in Foundation (SIGILL) on a one-character file name.
    @Test func saveToOneCharacterName() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ParleyBinary.run(["-c", "save p"], in: folder)
        #expect(result == ParleyBinary.Result(stdout: "Saved 0 commands to p.\n", stderr: "", status: 0))
        let saved = try String(contentsOf: folder.appendingPathComponent("p"), encoding: .utf8)
        #expect(saved.hasPrefix("# parley session, saved by parley"))

        let again = try ParleyBinary.run(["-c", "save p"], in: folder)
        #expect(again == ParleyBinary.Result(stdout: "", stderr: """
            <command-line>:1:6: error: 'p' exists; add --force to replace it
            save p
                 ^

            """, status: 1))
    }

    /// The same trap for a one-character script name, run with `parley X` or `run X`.
    @Test func oneCharacterScriptNames() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "note hi\nrun q\n".write(to: folder.appendingPathComponent("s"), atomically: true, encoding: .utf8)
        try "show RU\n".write(to: folder.appendingPathComponent("q"), atomically: true, encoding: .utf8)
        let result = try ParleyBinary.run(["s"], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.contains("RU"))
    }
}
