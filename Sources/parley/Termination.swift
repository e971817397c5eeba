import Foundation
import ParleyKit
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The signal (SIGTERM or SIGHUP) that asked parley to end, 0 while none has.
private let requested = Atomic<Int32>(0)
/// True once the main thread has left its loop and is ending in order (saving the history).
private let ending = Atomic<Bool>(false)

/// SIGTERM, SIGHUP and SIGPIPE handled the way a user expects: a closed pipe drops output,
/// and a termination or a closed terminal ends parley as a quit would (history saved, temporary
/// files removed) but leaves the journal resumable.
///
///     Termination.install(); …; if let signal = Termination.signal { exit(128 + signal) }
///
/// SIGTERM and SIGHUP are blocked in every thread and taken by one thread with `sigwait`, so
/// libedit's own handler never sees them: it re-sends a signal to the whole process group with
/// `kill(0, …)`, which killed the shell that started parley. That thread wakes the main thread
/// with SIGUSR1 (which interrupts a blocked read), again every 50 ms, and, if the main thread
/// has not begun ending (``beginEnding()``) within ``gracePeriod`` seconds, removes the
/// temporary files and exits itself. Once it has begun, the thread stops waking it and waits
/// up to ``orderlyEndLimit`` seconds: saving the history on a loaded disk may take longer than
/// the grace period, and exiting in the middle of it lost the history and left its temporary file.
enum Termination {
    /// Long enough for a loaded machine: at 3 s, a hung-up parley in the full test suite once
    /// exited before its main thread reached the end of the loop, and lost the history.
    static let gracePeriod: UInt32 = 10
    static let orderlyEndLimit: UInt32 = 60

    /// Call before any other thread starts, so every thread inherits the mask; start threads
    /// with ``HelperThread`` so that they take no signal at all.
    static func install() {
        #if canImport(Glibc)
        Glibc.signal(SIGPIPE, SIG_IGN)
        #else
        Darwin.signal(SIGPIPE, SIG_IGN)
        #endif
        var wake = sigaction()
        #if canImport(Glibc)
        wake.__sigaction_handler.sa_handler = { _ in }
        #else
        wake.__sigaction_u.__sa_handler = { _ in }
        #endif
        sigemptyset(&wake.sa_mask)
        wake.sa_flags = 0  // no SA_RESTART: the blocked read must give up
        sigaction(SIGUSR1, &wake, nil)

        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGTERM)
        sigaddset(&set, SIGHUP)
        pthread_sigmask(SIG_BLOCK, &set, nil)
        let main = pthread_self()
        let awaited = set
        // A helper thread blocks every signal, not only these two: libedit's handlers (the
        // SIGCONT a closed terminal sends, which libedit also re-sends with kill(0, …)) reach
        // the editor through a C global the main thread clears after each line, so run here
        // one crashed parley (SIGSEGV) before it saved the history.
        HelperThread.start {
            var set = awaited
            var signal: Int32 = 0
            guard sigwait(&set, &signal) == 0 else { return }
            requested.store(signal, ordering: .sequentiallyConsistent)
            // libedit retries a read interrupted once, so wake the main thread until it starts
            // ending; then leave it alone (a wake would also cut the history's lock short).
            var ticks: UInt32 = 0
            while ticks < (ending.load(ordering: .sequentiallyConsistent) ? orderlyEndLimit : gracePeriod) * 20 {
                if !ending.load(ordering: .sequentiallyConsistent) { pthread_kill(main, SIGUSR1) }
                usleep(50_000)
                ticks += 1
            }
            TemporaryFiles.removeAll()
            _exit(128 + signal)
        }
    }

    /// Called by the main thread when it leaves the prompt's loop to end in order: from then on
    /// a pending SIGTERM or SIGHUP waits for it to finish instead of cutting it off after the grace period.
    static func beginEnding() {
        ending.store(true, ordering: .sequentiallyConsistent)
    }

    /// The signal that asked parley to end, if one has.
    static var signal: Int32? {
        let value = requested.load(ordering: .sequentiallyConsistent)
        return value == 0 ? nil : value
    }

    /// Whether input ended because the terminal went away rather than by Ctrl-D: a hung-up
    /// terminal refuses its settings. A SIGHUP may come a moment after the read saw the end.
    static func terminalHungUp() -> Bool {
        if signal != nil { return true }
        var settings = termios()
        if isatty(0) != 0, tcgetattr(0, &settings) != 0 { return true }
        usleep(100_000)
        return signal != nil
    }
}
