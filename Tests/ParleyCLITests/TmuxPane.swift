import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A private tmux server with windows running the built `parley`, for driving the real
/// libedit path through a pseudo-terminal. Each instance has its own socket (`tmux -S`) and
/// scratch folder, so tests run in parallel without seeing each other.
///
/// The server runs in the foreground (`-D`) as our own child with a clean signal mask (see
/// `CleanSpawn`), and clients never start one (`-N`): a daemon server forked by `new-session`
/// would inherit the descriptor `Process` watches for the client's exit, and
/// `waitUntilExit` would never return.
final class TmuxPane {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let folders = path.split(separator: ":").map(String.init) + ["/opt/homebrew/bin", "/usr/local/bin"]
        return folders.map { $0 + "/tmux" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static var isAvailable: Bool { executable != nil }

    /// Scratch folder: HOME, history and state live here.
    let folder: URL
    /// Short and in /tmp: socket paths are limited to about 100 bytes.
    private let socket = "/tmp/parley-test-\(UUID().uuidString.prefix(8)).sock"
    private let config: URL
    private var server: CleanSpawn?
    private let width = 100
    private let height = 30

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("parley-pty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Our own config instead of the user's ~/.tmux.conf; a finished pane stays readable.
        config = folder.appendingPathComponent("tmux.conf")
        try """
            set -g remain-on-exit on
            set -g status off
            set -g default-terminal screen
            """.write(to: config, atomically: true, encoding: .utf8)

        guard let executable = Self.executable else { throw Failure(description: "tmux not found") }
        server = try CleanSpawn(executable, ["-S", socket, "-f", config.path, "-D"],
                                environment: Self.clientEnvironment)
    }

    deinit {
        _ = try? tmux(["kill-server"], allowFailure: true)
        server?.reap(within: 2)
        unlink(socket)
        try? FileManager.default.removeItem(at: folder)
    }

    private static var clientEnvironment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil  // the tests may themselves run inside tmux
        return environment
    }

    /// Starts parley in a new window named `name`. The environment is cleared of the user's
    /// history and editrc settings; `environment` adds to it (an empty value unsets).
    func start(_ name: String, arguments: [String] = [], environment: [String: String] = [:]) async throws {
        var variables = [
            "HOME": folder.path, "NO_COLOR": "1", "TERM": "screen",
            "PARLEY_HISTORY": "", "XDG_STATE_HOME": "", "EDITRC": "",
            // Tests see output printed straight; the pager test unsets this to get less.
            "PAGER": "cat",
        ]
        for (key, value) in environment { variables[key] = value }
        // env takes its -u options before any assignment.
        let unset = variables.filter { $0.value.isEmpty }.keys.sorted().map { "-u\($0)" }
        let set = variables.filter { !$0.value.isEmpty }.keys.sorted().map { "\($0)=\(variables[$0]!)" }
        var command = ["env"] + unset + set
        command += [ParleyBinary.path] + arguments
        // A shell records the exit status: tmux's own pane status proved unreliable under load
        // (a dead pane sometimes stayed unreaped for many seconds).
        command = ["/bin/sh", "-c", "\"$@\"; echo $? > \"$0\"", exitFile(name).path] + command
        if !hasSession {
            // The server may still be starting: retry until it takes the session.
            let deadline = ContinuousClock.now + .seconds(10)
            while try tmux(["new-session", "-d", "-s", Self.session, "-n", name, "-c", folder.path,
                            "-x", "\(width)", "-y", "\(height)"] + command,
                           allowFailure: ContinuousClock.now < deadline) == nil {
                try await Task.sleep(for: .milliseconds(50))
            }
            hasSession = true
        } else {
            try tmux(["new-window", "-d", "-t", "\(Self.session):", "-n", name, "-c", folder.path]
                     + command)
        }
    }

    private static let session = "parley"
    private var hasSession = false
    private func target(_ window: String) -> String { "\(Self.session):\(window)" }

    /// Sends named keys (`Tab`, `Up`, `C-c`, `Enter`…).
    func press(_ window: String, _ keys: String...) throws {
        try tmux(["send-keys", "-t", target(window)] + keys)
    }

    /// Types text literally.
    func type(_ window: String, _ text: String) throws {
        try tmux(["send-keys", "-t", target(window), "-l", text])
    }

    /// Pastes text as a terminal does: bracketed (ESC [200~ … ESC [201~) when the program
    /// asked for that mode, plain otherwise.
    func paste(_ window: String, _ text: String) throws {
        try tmux(["set-buffer", "-b", "parley-test", "--", text])
        try tmux(["paste-buffer", "-p", "-d", "-b", "parley-test", "-t", target(window)])
    }

    /// The visible screen, trailing blank lines removed; with `escapes`, colours as escape codes.
    func screen(_ window: String, escapes: Bool = false) throws -> [String] {
        var lines = try tmux(["capture-pane", "-p"] + (escapes ? ["-e"] : []) + ["-t", target(window)])!
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty {
            lines.removeLast()
        }
        return lines
    }

    /// Polls the screen until `condition` holds; fails with the last screen after `timeout`.
    @discardableResult
    func waitFor(_ window: String, _ what: String, timeout: Duration = .seconds(15),
                 _ condition: ([String]) -> Bool) async throws -> [String] {
        let deadline = ContinuousClock.now + timeout
        while true {
            let lines = try screen(window)
            if condition(lines) { return lines }
            guard ContinuousClock.now < deadline else {
                throw Failure(description: "timed out waiting for \(what); screen:\n"
                              + lines.joined(separator: "\n"))
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Waits until parley has exited and returns its exit status.
    func waitForExit(_ window: String, timeout: Duration = .seconds(15)) async throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let text = try? String(contentsOf: exitFile(window), encoding: .utf8),
               let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return status
            }
            guard ContinuousClock.now < deadline else {
                throw Failure(description: "parley did not exit; screen:\n"
                              + (try screen(window)).joined(separator: "\n"))
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// Whether parley in `window` is still running.
    func isAlive(_ window: String) -> Bool {
        !FileManager.default.fileExists(atPath: exitFile(window).path)
    }

    /// Kills the program running in `window` with `signal`, as a crash or a lost terminal would.
    /// The program is the child of the pane's recording shell.
    func kill(_ window: String, signal: Int32) throws {
        guard let text = try tmux(["display-message", "-p", "-t", target(window), "#{pane_pid}"]),
              let shell = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw Failure(description: "no pane pid for \(window)")
        }
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        let pids = children.split(separator: " ").compactMap { Int32($0) }
        guard !pids.isEmpty else { throw Failure(description: "nothing runs in \(window)") }
        for pid in pids { Glibc.kill(pid, signal) }
        // kill(2) returns before the process is gone: under load a SIGKILLed parley can still
        // hold its journal's lock when the next command runs. The lock goes with the last of its
        // threads: the main thread can show as a zombie while another is still exiting with the
        // files open, so wait until every thread has exited (or the process is reaped).
        if signal == SIGKILL {
            let deadline = Date().addingTimeInterval(30)
            while pids.contains(where: Self.isAlive), Date() < deadline { usleep(5_000) }
        }
    }

    /// Whether any thread of process `pid` has not yet exited (a zombie has).
    private static func isAlive(_ pid: Int32) -> Bool {
        let threads = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        return threads.contains { thread in
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/task/\(thread)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return false }
            let state = stat[stat.index(after: close)...].drop { $0 == " " }.first
            return state != "Z" && state != "X"
        }
    }

    private func exitFile(_ window: String) -> URL {
        folder.appendingPathComponent("\(window).exit")
    }

    /// Runs a tmux command on this server; returns stdout, or nil on failure when allowed.
    @discardableResult
    private func tmux(_ arguments: [String], allowFailure: Bool = false) throws -> String? {
        guard let executable = Self.executable else { throw Failure(description: "tmux not found") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-N", "-S", socket] + arguments
        process.environment = Self.clientEnvironment
        // Files rather than pipes: nothing can fill up and stall the client.
        let output = folder.appendingPathComponent("tmux.out")
        let errors = folder.appendingPathComponent("tmux.err")
        try Data().write(to: output)
        try Data().write(to: errors)
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let data = try Data(contentsOf: output)
        let errorData = try Data(contentsOf: errors)
        guard process.terminationStatus == 0 else {
            if allowFailure { return nil }
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed: "
                          + String(decoding: errorData, as: UTF8.self))
        }
        return String(decoding: data, as: UTF8.self)
    }
}
