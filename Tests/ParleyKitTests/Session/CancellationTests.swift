import Foundation
import Testing
@testable import ParleyKit

@Suite("Cancellation")
struct CancellationTests {
    /// M5, L2: a command interrupted part-way changes nothing and is neither saved nor journaled.
    @Test func anInterruptedCommandChangesNothing() throws {
        var cancelled = false
        var errors = ""
        let interpreter = Interpreter(console: Console(write: { _ in }, writeError: { errors += $0 },
                                                      isCancelled: { cancelled }))
        #expect(interpreter.loadAtStart(nil))
        let before = interpreter.session.branch?.scenario
        let scriptBefore = interpreter.session.script
        cancelled = true
        #expect(!interpreter.execute(line: "turns 3", file: "<stdin>"))
        #expect(errors.hasPrefix("<stdin>:1:1: error: interrupted; 'turns' changed nothing\n"))
        #expect(interpreter.session.branch?.scenario == before)
        #expect(interpreter.session.script == scriptBefore)
        #expect(interpreter.journalScript.isEmpty)
    }

    /// L3: a read that a signal interrupts gives up instead of waiting for the writer.
    @Test func anInterruptedReadGivesUp() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.path + "/fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        // Our own writer end keeps the FIFO open, as in the audit's reproduction.
        let writer = open(fifo, O_RDWR)
        defer { close(writer) }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in }
        sigemptyset(&action.sa_mask)
        sigaction(SIGUSR2, &action, nil)
        // The read runs on a thread of its own, which the signal is sent to.
        let outcome = Outcome()
        let thread = Thread {
            // The test runner's threads block most signals.
            var wake = sigset_t()
            sigemptyset(&wake)
            sigaddset(&wake, SIGUSR2)
            pthread_sigmask(SIG_UNBLOCK, &wake, nil)
            outcome.set(thread: pthread_self())
            do { _ = try ScriptFile.read(fifo) } catch { outcome.set(error: error) }
        }
        thread.start()
        for _ in 0..<200 where outcome.error == nil {
            usleep(50_000)
            if let reader = outcome.thread { pthread_kill(reader, SIGUSR2) }
        }
        #expect(outcome.error == ScriptFile.ReadError(message: "reading '\(fifo)' was interrupted"))
    }
}

/// What the reading thread reports back.
private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var _thread: pthread_t?
    private var _error: ScriptFile.ReadError?
    var thread: pthread_t? { lock.withLock { _thread } }
    var error: ScriptFile.ReadError? { lock.withLock { _error } }
    func set(thread: pthread_t) { lock.withLock { _thread = thread } }
    func set(error: any Error) { lock.withLock { _error = error as? ScriptFile.ReadError ?? ScriptFile.ReadError(message: "\(error)") } }
}
