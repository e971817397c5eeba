#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Starts a child process with every signal unblocked and at its default action, so it is
/// not left with what its parent blocks or ignores.
///
///     let started = Spawn.child(["/bin/sh", "-c", "exec less"], environment: nil) { actions in
///         posix_spawn_file_actions_adddup2(&actions, pipeEnd, 0)
///     }
///
/// parley blocks SIGTERM and SIGHUP and ignores SIGPIPE, and a test runner's worker threads
/// block most signals; `Process` and a plain `posix_spawn` pass that on, so a pager would ignore
/// a broken pipe and a tmux server would never see SIGCHLD. On Linux every other descriptor open
/// now is closed in the child too (no `closefrom` action is exported to Swift), so a child that
/// outlives its parent holds no journal lock or another test's pipe.
public enum Spawn {
    #if canImport(Darwin)
    public typealias FileActions = posix_spawn_file_actions_t?
    #else
    public typealias FileActions = posix_spawn_file_actions_t
    #endif

    /// posix_spawn's status, as an error.
    public struct Failure: Error, Sendable {
        public var code: Int32
    }

    /// Spawns `argv[0]` (a path) with `environment` (nil: the parent's), the extra spawn
    /// `flags` and the file actions `configure` adds; returns the child's pid.
    public static func child(_ argv: [String], environment: [String]?, flags: Int32 = 0,
                             configure: (inout FileActions) -> Void) -> Result<pid_t, Failure> {
        #if canImport(Darwin)
        var attributes: posix_spawnattr_t? = nil
        var actions: posix_spawn_file_actions_t? = nil
        #else
        var attributes = posix_spawnattr_t()
        var actions = posix_spawn_file_actions_t()
        #endif
        posix_spawnattr_init(&attributes)
        posix_spawn_file_actions_init(&actions)
        defer {
            posix_spawnattr_destroy(&attributes)
            posix_spawn_file_actions_destroy(&actions)
        }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF) | flags))
        configure(&actions)
        #if os(Linux)
        // After the caller's actions: a descriptor it already moved or closed is closed again,
        // which the C library ignores.
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for fd in open.compactMap(Int32.init) where fd > 2 {
            posix_spawn_file_actions_addclose(&actions, fd)
        }
        #endif
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = environment.map { $0.map { strdup($0) } + [nil] }
        defer { (cArguments + (cEnvironment ?? [])).forEach { free($0) } }
        var pid: pid_t = 0
        let status = cEnvironment.map { posix_spawn(&pid, argv[0], &actions, &attributes, cArguments, $0) }
            ?? posix_spawn(&pid, argv[0], &actions, &attributes, cArguments, environ)
        return status == 0 ? .success(pid) : .failure(Failure(code: status))
    }
}
