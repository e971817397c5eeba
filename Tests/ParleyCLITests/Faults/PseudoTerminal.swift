import Foundation
import Spawning

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A program run in a pseudo-terminal of its own, read and typed into directly: quicker and
/// more exact than tmux for the fault-injection suite, which starts parley over a hundred times.
///
///     let repl = try PseudoTerminal(["/usr/bin/env", "parley"], in: folder, environment: [:])
///     try repl.waitForPrompts(1); repl.type("apply round\r"); try repl.waitForPrompts(2)
///
/// The program leads a new session with the terminal as its controlling one, so typing
/// Ctrl-C sends SIGINT and closing the terminal sends SIGHUP, as in a real terminal.
final class PseudoTerminal {
    let pid: pid_t
    private(set) var master: Int32
    private(set) var output: [UInt8] = []
    private var status: Int32?

    struct Failure: Error, CustomStringConvertible { var description: String }

    init(_ arguments: [String], in directory: URL, environment: [String: String], removing: [String] = []) throws {
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var name = [CChar](repeating: 0, count: 128)
        guard master >= 0, C.grantpt(master) == 0, C.unlockpt(master) == 0,
              C.ptsname_r(master, &name, name.count) == 0 else {
            throw Failure(description: "no pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        let slave = String(cString: name)
        var size = winsize(ws_row: 40, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        var variables = ProcessInfo.processInfo.environment
        variables["TERM"] = "xterm"
        variables["NO_COLOR"] = "1"
        variables["PAGER"] = "cat"  // output printed straight: no pager waits for a key
        variables["LC_ALL"] = "C.UTF-8"
        for key in removing { variables[key] = nil }
        for (key, value) in environment { variables[key] = value }
        let spawned = Spawn.child(arguments, environment: variables.map { "\($0.key)=\($0.value)" },
                                     flags: C.spawnSetsid) { actions in
            _ = C.addchdir(&actions, directory.path)
            // Opened after setsid, so the terminal becomes the program's controlling terminal.
            posix_spawn_file_actions_addopen(&actions, 0, slave, O_RDWR, 0)
            posix_spawn_file_actions_adddup2(&actions, 0, 1)
            posix_spawn_file_actions_adddup2(&actions, 0, 2)
        }
        switch spawned {
        case .success(let pid): self.pid = pid
        case .failure(let status):
            close(master)
            throw Failure(description: "cannot start \(arguments[0]): \(String(cString: strerror(status.code)))")
        }
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        if status == nil { kill(pid, SIGKILL); _ = reap(within: 5) }
        if master >= 0 { close(master) }
    }

    /// Everything the program has written so far, as text.
    var text: String { drain(); return String(decoding: output, as: UTF8.self) }

    /// Types `keys` (use "\r" for Enter, "\u{3}" for Ctrl-C).
    func type(_ keys: String) {
        let bytes = Array(keys.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written < 0 { if errno == EAGAIN || errno == EINTR { drain(); usleep(1000); continue }; return }
            offset += written
        }
    }

    /// Reads whatever is waiting, without blocking.
    func drain() {
        guard master >= 0 else { return }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count <= 0 { return }
            output += chunk[0..<count]
        }
    }

    /// Waits until `condition` holds for the output, failing after `timeout` seconds.
    func waitFor(_ what: String, timeout: Double = 60, _ condition: (String) -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition(text) { return }
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            _ = poll(&poller, 1, 20)
        }
        throw Failure(description: "timed out waiting for \(what); the screen had:\n\(text.suffix(1500))")
    }

    /// Waits until `count` prompts have been shown.
    func waitForPrompts(_ count: Int, timeout: Double = 60) throws {
        try waitFor("prompt \(count)", timeout: timeout) { Self.prompts(in: $0) >= count }
    }

    static func prompts(in text: String) -> Int { text.components(separatedBy: "parley> ").count - 1 }

    /// Closes the terminal, as closing a terminal window does: the program gets SIGHUP.
    func hangUp() {
        drain()
        close(master)
        master = -1
    }

    /// Waits for the program to end (killing it after `seconds`); its wait status.
    @discardableResult
    func reap(within seconds: Double) -> Int32 {
        if let status { return status }
        var raw: Int32 = 0
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            drain()
            if waitpid(pid, &raw, WNOHANG) == pid { status = raw; return raw }
            usleep(10_000)
        }
        kill(pid, SIGKILL)
        _ = waitpid(pid, &raw, 0)
        status = raw
        return raw
    }

    /// The exit code, or 128 + the signal that killed it.
    static func exitCode(_ status: Int32) -> Int32 {
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}

/// glibc functions Swift does not import (they need _GNU_SOURCE or _XOPEN_SOURCE), looked up
/// by name.
private enum C {
    static func function<T>(_ name: String, as type: T.Type) -> T {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { fatalError("no \(name) in libc") }
        return unsafeBitCast(symbol, to: type)
    }
    static let grantpt = function("grantpt", as: (@convention(c) (Int32) -> Int32).self)
    static let unlockpt = function("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
    static let ptsname_r = function("ptsname_r", as: (@convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32).self)
    static let addchdir = function("posix_spawn_file_actions_addchdir_np",
                                   as: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32).self)
    /// glibc's POSIX_SPAWN_SETSID (since 2.26).
    static let spawnSetsid: Int32 = 0x80
}
