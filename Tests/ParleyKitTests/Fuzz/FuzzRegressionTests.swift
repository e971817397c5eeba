import Foundation
import Testing
@testable import ParleyKit

/// Inputs the fuzzers (Fuzz/, docs/RELIABILITY.md) found to crash, hang or leak, fed to the
/// library directly. Each is also kept in Fuzz/Regressions/<target>/ and replayed by `make fuzz`.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    // MARK: fuzz-interpreter

    /// `save p` stopped parley with SIGILL: NSString.deletingLastPathComponent traps on a
    /// one-character name on Linux. The exact input runs through the binary in ParleyCLITests
    /// (a relative path needs its own working directory); here, the replacement's results.
    @Test(arguments: [
        ("p", ""), ("p/", ""), ("p//", ""), ("~", ""), ("ab", ""), ("/", "/"), ("/p", "/"),
        ("x/p", "x"), ("x/p/", "x"), ("/x/y/p.parley", "/x/y"), ("", ""),
    ])
    func folderOfPath(_ path: String, _ folder: String) {
        #expect(PathText.folder(of: path) == folder)
    }

    // MARK: fuzz-ktab

    /// The dimension count was only checked to be at least 1; `3 + 2 × count` then overflowed
    /// and trapped. The fuzzer's input, minimised, and the original.
    @Test func hugeDimensionCount() {
        func error(_ text: String) -> String {
            do {
                _ = try KTABScenario.parse(text, file: "s.csv")
                return "parsed"
            } catch {
                return DiagnosticRenderer.render(error)
            }
        }
        #expect(error(",,3,5968570707077070707") == """
            s.csv:1:5: error: number of dimensions must be a whole number from 1 to 1000, found '5968570707077070707'
            ,,3,5968570707077070707
                ^~~~~~~~~~~~~~~~~~~

            """)
        #expect(error("\nCa,hsbaHlec,+230,5952372036854775807,50,000\r\n0,0,550.\r\n") == """
            s.csv:2:18: error: number of dimensions must be a whole number from 1 to 1000, found '5952372036854775807'
            Ca,hsbaHlec,+230,5952372036854775807,50,000
                             ^~~~~~~~~~~~~~~~~~~

            """)
        #expect(error("Demo,d,3,1001\n").contains("number of dimensions must be a whole number from 1 to 1000, found '1001'"))
        #expect(error("Demo,d,3,1000\n").contains("missing header row"))
    }

    // MARK: fuzz-seeds

    /// A copy of the bundled seeds in a fresh temporary folder.
    func bundledSeedsCopy() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-fuzz-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: seedTestsPackageRoot.appendingPathComponent("seeds"), to: folder)
        return folder
    }

    /// An empty seed file: swift-foundation leaked a 4 KiB buffer for every empty file read
    /// (LeakSanitizer under fuzz-seeds; the input was one byte, selecting the 2025-06-03
    /// snapshot and leaving it empty). The leak itself shows only under ASan, where `make fuzz`
    /// replays the input; here, the error parley gives for it.
    @Test func emptySnapshotFile() throws {
        let folder = try bundledSeedsCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data().write(to: folder.appendingPathComponent("snapshots/2025-06-03.yaml"))
        do {
            _ = try World.load(directory: folder, displayName: "seeds")
            Issue.record("an empty snapshot loaded")
        } catch let list as DiagnosticList {
            #expect(DiagnosticRenderer.render(list) == """
                seeds/snapshots/2025-06-03.yaml:1:1: error: the file is empty

                ^

                """)
        }
    }

    /// The other readers that went through the same Foundation call: empty files give their
    /// own errors (or nothing) and are read through ScriptFile's descriptor reader.
    @Test func emptyFilesElsewhere() throws {
        let folder = try bundledSeedsCopy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty")
        try Data().write(to: empty)
        #expect(try ScriptFile.readBytes(empty.path) == [])
        #expect(try ScriptFile.readBytes(folder.appendingPathComponent("actors.yaml").path).count > 0)
        #expect(try JournalRecord.read(empty.path).text == "")
        #expect(throws: Diagnostic(
            "empty file: expected a KTAB scenario line 'name, description, actors, dimensions'",
            at: SourceLocation(file: "e.csv", line: 1, column: 1), sourceLine: "")) {
            try KTABScenario.load(contentsOf: empty.path, file: "e.csv")
        }
    }
}
