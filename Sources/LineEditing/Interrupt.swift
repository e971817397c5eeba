import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Set from the SIGINT handler; a lock-free atomic is async-signal-safe.
private let interruptPending = Atomic<Bool>(false)

/// Ctrl-C as a flag rather than a process kill: the line editor uses it to discard the
/// half-typed line, and long commands poll `isPending` to cancel themselves.
public enum Interrupt {
    /// Installs the SIGINT handler. Without `SA_RESTART`, so a blocked `read` returns
    /// `EINTR` and `el_gets` gives up the line instead of carrying it on. Idempotent.
    public static func install() {
        var action = makeSigaction { _ in interruptPending.store(true, ordering: .relaxed) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        _ = sigaction(SIGINT, &action, nil)
    }

    /// Whether Ctrl-C was pressed since the last `takePending()`.
    public static var isPending: Bool {
        interruptPending.load(ordering: .relaxed)
    }

    /// Forgets a Ctrl-C that nothing consumed, e.g. before starting the next command.
    public static func clear() {
        interruptPending.store(false, ordering: .relaxed)
    }

    /// Returns whether Ctrl-C was pressed, and clears the flag.
    @discardableResult
    public static func takePending() -> Bool {
        interruptPending.exchange(false, ordering: .relaxed)
    }
}
