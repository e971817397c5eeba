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
}
