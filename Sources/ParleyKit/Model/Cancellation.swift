import Synchronization

/// Whether the user asked the running command to stop (Ctrl-C, or a SIGTERM), for code deep
/// in the engine that has no ``Console`` to ask: bargaining checks it between turns and
/// `simulate`'s workers between runs, so every long command stops within a moment.
///
///     Cancellation.install { Interrupt.isPending }   // the executable, once
///     if Cancellation.isRequested { break }          // the engine
///
/// The interpreter then throws the interrupted command's changes away, so a half-played
/// `turns` never reaches the branch or the journal.
public enum Cancellation {
    /// The installed test, inside a struct: a bare closure in the generic `Mutex` is re-wrapped
    /// in a conversion thunk on every `withLock` (read out and written back through `inout`),
    /// so the wrappers piled up and each check cost as many calls as there had been checks.
    private struct Check: Sendable {
        var isRequested: @Sendable () -> Bool
    }

    private static let check = Mutex(Check(isRequested: { false }))

    public static func install(_ isRequested: @escaping @Sendable () -> Bool) {
        check.withLock { $0 = Check(isRequested: isRequested) }
    }

    public static var isRequested: Bool {
        let current = check.withLock { $0 }
        return current.isRequested()
    }
}
