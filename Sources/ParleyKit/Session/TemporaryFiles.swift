import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary files parley has made and not yet renamed or removed, so a SIGTERM or
/// SIGHUP can remove them before the process ends.
///
///     TemporaryFiles.register(path); …; TemporaryFiles.unregister(path)
///     TemporaryFiles.removeAll()   // from the executable's signal handling
public enum TemporaryFiles {
    private static let paths = Mutex<(names: Set<String>, counter: Int)>(([], 0))

    public static func register(_ path: String) {
        paths.withLock { _ = $0.names.insert(path) }
    }

    public static func unregister(_ path: String) {
        paths.withLock { _ = $0.names.remove(path) }
    }

    /// The paths still registered, for tests.
    public static var registered: Set<String> { paths.withLock { $0.names } }

    /// Removes every registered file; called once, when the process is about to end.
    public static func removeAll() {
        let names = paths.withLock { state in
            let names = state.names
            state.names = []
            return names
        }
        for name in names { unlink(name) }
    }

    static func nextNumber() -> Int {
        paths.withLock { state in
            state.counter += 1
            return state.counter
        }
    }
}
