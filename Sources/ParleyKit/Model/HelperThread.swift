import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Starts a thread that takes no asynchronous signal, so that every one reaches the main thread.
///
///     HelperThread.start { team.serve(worker: 1) }
///
/// The kernel hands a signal sent to the process (Ctrl-C, a window resize, the SIGCONT that
/// comes with a closed terminal) to any thread that does not block it. libedit's handlers find
/// their editor through a C global that is only valid while the main thread is reading a line,
/// and they edit the screen state that thread is using: run on another thread, one made parley
/// crash (SIGSEGV) when its terminal was closed. A thread inherits the mask of the thread that
/// creates it, so the mask is set around the creation. Faults (SIGSEGV, SIGBUS…) are left
/// unblocked: they belong to the thread that caused them.
public enum HelperThread {
    public static func start(_ body: @escaping @Sendable () -> Void) {
        var quiet = sigset_t(), previous = sigset_t()
        sigfillset(&quiet)
        for fault in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT, SIGSYS] { sigdelset(&quiet, fault) }
        pthread_sigmask(SIG_BLOCK, &quiet, &previous)
        Thread(block: { ThreadHeap.grow(); body() }).start()
        pthread_sigmask(SIG_SETMASK, &previous, nil)
    }
}
