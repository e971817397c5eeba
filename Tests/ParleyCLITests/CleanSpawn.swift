import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Starts a long-lived child with every signal unblocked and at its default action.
///
/// The test runner's worker threads block most signals, and `Process` passes that mask on. A
/// tmux server started that way never sees SIGCHLD (a dead pane never reports its status), and
/// the parley in its pane never sees Ctrl-C. Output goes to /dev/null.
struct CleanSpawn {
    let pid: pid_t

    init(_ path: String, _ arguments: [String], environment: [String: String]) throws {
        #if canImport(Darwin)
        // Darwin can also drop every inherited descriptor.
        let flags = Int32(POSIX_SPAWN_CLOEXEC_DEFAULT)
        #else
        let flags: Int32 = 0
        #endif
        let spawned = Self.spawn([path] + arguments, environment: environment.map { "\($0.key)=\($0.value)" }, flags: flags) { actions in
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        switch spawned {
        case .success(let pid): self.pid = pid
        case .failure(let status):
            throw TmuxPane.Failure(description: "cannot start \(path): \(String(cString: strerror(status.code)))")
        }
    }

    #if canImport(Darwin)
    typealias FileActions = posix_spawn_file_actions_t?
    #else
    typealias FileActions = posix_spawn_file_actions_t
    #endif

    /// posix_spawn's status, as an error.
    struct SpawnStatus: Error { var code: Int32 }

    /// Spawns `argv[0]` with every signal unblocked and at its default action, the extra spawn
    /// `flags`, the file actions `configure` adds, and (on Linux) every other inherited
    /// descriptor closed: what CleanSpawn and the fault suite's PseudoTerminal share.
    static func spawn(_ argv: [String], environment: [String], flags: Int32,
                      configure: (inout FileActions) -> Void) -> Result<pid_t, SpawnStatus> {
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
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF) | flags))
        configure(&actions)
        #if os(Linux)
        // No closefrom action is exported to Swift; close what is open now. A long-lived child
        // holding another test's `Process` descriptor would stall that test until it exits.
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for fd in open.compactMap(Int32.init) where fd > 2 {
            posix_spawn_file_actions_addclose(&actions, fd)
        }
        #endif
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = environment.map { strdup($0) } + [nil]
        defer { (cArguments + cEnvironment).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, argv[0], &actions, &attributes, cArguments, cEnvironment)
        return status == 0 ? .success(pid) : .failure(SpawnStatus(code: status))
    }

    /// Waits up to `seconds` for the child to exit, then kills it; always reaps it.
    func reap(within seconds: Double) {
        var status: Int32 = 0
        let tries = Int(seconds / 0.02)
        for _ in 0..<max(tries, 1) {
            if waitpid(pid, &status, WNOHANG) != 0 { return }
            usleep(20_000)
        }
        kill(pid, SIGKILL)
        _ = waitpid(pid, &status, 0)
    }
}
