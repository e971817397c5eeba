import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import LineEditing

@Suite struct LineEditorTests {
    @Test func stripsTrailingNewlinesOnly() {
        #expect(LineEditor.stripNewline("help\n") == "help")
        #expect(LineEditor.stripNewline("help \r\n") == "help ")
        #expect(LineEditor.stripNewline("  x") == "  x")
    }

    @Test func interruptFlagIsTakenOnce() {
        Interrupt.install()
        _ = Interrupt.takePending()
        // Process-directed: test worker threads may block signals, the main thread does not.
        kill(getpid(), SIGINT)
        for _ in 0..<100 where !Interrupt.isPending { usleep(10_000) }
        #expect(Interrupt.isPending)
        #expect(Interrupt.takePending())
        #expect(!Interrupt.isPending)
        #expect(!Interrupt.takePending())
    }
}
