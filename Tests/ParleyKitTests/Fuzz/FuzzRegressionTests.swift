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
}
