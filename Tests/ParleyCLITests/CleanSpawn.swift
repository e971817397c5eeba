import Foundation
import Spawning

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Starts a long-lived child with every signal unblocked and at its default action
/// (``Spawn/child(_:environment:flags:configure:)``, shared with the pager).
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
        let spawned = Spawn.child([path] + arguments, environment: environment.map { "\($0.key)=\($0.value)" }, flags: flags) { actions in
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
