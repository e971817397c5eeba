import Foundation
import Testing
@testable import ParleyKit

@Suite("Script bounds")
struct ScriptBoundsTests {
    /// L12: a file that is not a parley script is given up after its first five failing
    /// lines, even with --keep-going, so it is not echoed line by line.
    @Test func aFileThatIsNotAScriptIsGivenUpEarly() {
        let t = Transcript()
        t.interpreter.keepGoing = true
        let shadow = (1...40).map { "user\($0):$6$secret\($0):19000:0:99999:7:::" }.joined(separator: "\n")
        #expect(!t.interpreter.run(script: shadow, file: "shadow"))
        #expect(t.err.components(separatedBy: "error:").count - 1 == 5)
        #expect(t.err.hasSuffix("shadow: stopped after 5 failing lines and none that worked: this does not look like a parley script\n"))
        #expect(!t.err.contains("secret6"))
    }

    /// A real script with many failing lines after a good one still runs to its end.
    @Test func aScriptWithSomeGoodLinesRunsOn() {
        let t = Transcript()
        t.interpreter.keepGoing = true
        let text = (["set seed 2"] + Array(repeating: "hlep", count: 8) + ["set seed 3"]).joined(separator: "\n")
        #expect(!t.interpreter.run(script: text, file: "s"))
        #expect(t.interpreter.session.settings.seed == 3)
    }

    /// L20, M7: a file name with a blank is offered quoted; one with terminal controls is not offered.
    @Test func completionQuotesBlanksAndHidesControls() throws {
        let folder = try TemporaryFolder()
        for name in ["my file.parley", "plain.parley", "evil\u{1B}]0;x\u{07}.parley"] {
            FileManager.default.createFile(atPath: folder.path + "/" + name, contents: Data())
        }
        let completer = Completer(workingDirectory: folder.path)
        #expect(completer.paths(completing: "") == ["\"my file.parley\"", "plain.parley"])
    }

    /// L17: a deadline past 9999-12-31 is refused, not silently due the same day.
    @Test func aDeadlinePastTheLastDateIsRefused() {
        let t = Transcript()
        #expect(t.interpreter.loadAtStart(nil))
        for line in ["load at=2025-06-03", "advance 999999d", "advance 999999d", "advance 912630d"] { #expect(t.run(line)) }
        #expect(!t.run("apply ultimatum by=US target=RU"))
        #expect(t.err.contains("'ultimatum' schedules 'sanctions' 50 days after 9999-12-05, past 9999-12-31, the last date parley knows"))
        #expect(t.interpreter.session.branch?.scenario.scheduled.isEmpty == true)
    }

    /// L10: a folder that is not a seed folder is reported on the script line that loaded it.
    @Test func aBadLoadInAScriptSaysWhichLine() throws {
        let folder = try TemporaryFolder()
        let t = Transcript()
        #expect(!t.interpreter.run(script: "set seed 1\nload \(folder.path)\n", file: "s.parley"))
        #expect(t.err.hasPrefix("s.parley:2:6: error: missing seed file '\(folder.path)/sources.yaml'\n"))
    }
}
