import Foundation
import LineEditing
import ParleyKit
import Spawning

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Output taller than the screen, shown through a pager as psql shows it: `$PAGER`, else
/// `less -FRX` when less is on the PATH; an empty `$PAGER` means none.
///
///     let pager = Pager(streams: streams)
///     pager.collect(for: interpreter, enabled: true) { interpreter.execute(line: line, file: "<stdin>") }
///
/// Only output to a terminal is paged, and only what a command typed at the prompt or given with
/// `-c` prints: never a script, a pipe or a redirected stdout. A question asked in the middle of a
/// command (`--step`'s pause, "Replace it?") or an error shows what was collected first, so
/// nothing appears out of order; that command is then not paged.
final class Pager {
    private let streams: StandardStreams
    /// The shell command that pages, nil when there is none.
    let command: String?
    /// What the command being run has printed so far, while it is collected.
    private var collected: String?
    /// The console's own write, which makes text safe for the terminal and buffers it.
    private var straight: (String) -> Void = { _ in }

    /// `environment` defaults to the process's, read only when stdout is a terminal (building
    /// it is a tenth of `parley -c quit`).
    init(streams: StandardStreams, environment: [String: String]? = nil) {
        self.streams = streams
        command = StandardStreams.isTerminal(1)
            ? Self.command(environment: environment ?? ProcessInfo.processInfo.environment) : nil
    }

    /// `$PAGER` when set (empty turns paging off), else `less -FRX` if less is installed; none
    /// under `TERM=dumb` (an Emacs shell), where a pager cannot draw.
    static func command(environment: [String: String]) -> String? {
        if environment["TERM"] == "dumb" { return nil }
        if let pager = environment["PAGER"] {
            let trimmed = pager.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : trimmed
        }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        let hasLess = folders.contains { access("\($0)/less", X_OK) == 0 }
        return hasLess ? "less -FRX" : nil
    }

    /// Runs `body` with the interpreter's output collected, then writes it: through the pager
    /// when it is taller than the screen and `enabled`, straight to stdout otherwise.
    func collect<T>(for interpreter: Interpreter, enabled: Bool, _ body: () -> T) -> T {
        guard enabled, command != nil else { return body() }
        let (write, writeError) = (interpreter.console.write, interpreter.console.writeError)
        straight = write
        collected = ""
        interpreter.console.write = { [unowned self] text in
            if collected != nil { collected! += text } else { write(text) }
        }
        interpreter.console.writeError = { [unowned self] text in
            release()
            writeError(text)
        }
        defer {
            interpreter.console.write = write
            interpreter.console.writeError = writeError
            finish()
        }
        return body()
    }

    /// Writes what was collected to stdout and stops collecting for the rest of the command.
    func release() {
        guard let text = collected else { return }
        collected = nil
        straight(text)
        streams.flush()
    }

    private func finish() {
        guard let text = collected else { return }
        collected = nil
        guard let command, Self.rows(text, width: StandardStreams.terminalWidth()) >= StandardStreams.terminalHeight() else {
            straight(text)
            return
        }
        streams.flush()
        if !Self.show(TerminalText.printable(text), with: command) { straight(text) }
        // Ctrl-C inside the pager reached parley too; it stopped nothing.
        Interrupt.clear()
    }

    /// Screen rows `text` takes at `width` columns, escape sequences not counted.
    static func rows(_ text: String, width: Int) -> Int {
        var rows = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0) {
            let visible = visibleCount(line)
            rows += max(1, (visible + max(width, 1) - 1) / max(width, 1))
        }
        return rows
    }

    /// Characters of `line` that take a column: a colour's `ESC [ … m` takes none.
    static func visibleCount(_ line: Substring) -> Int {
        var count = 0
        var inEscape = false
        for scalar in line.unicodeScalars {
            if inEscape {
                if (0x40...0x7E).contains(scalar.value), scalar != "[" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else if scalar.properties.generalCategory != .nonspacingMark {
                count += 1
            }
        }
        return count
    }

    /// Runs the pager with `text` on its stdin and waits for it; false if it could not start.
    private static func show(_ text: String, with command: String) -> Bool {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { return false }
        // parley blocks SIGTERM and SIGHUP and ignores SIGPIPE; the pager gets the defaults.
        // `exec`, so Ctrl-C reaches the pager itself and no shell is left waiting for it.
        let started = Spawn.child(["/bin/sh", "-c", "exec " + command], environment: nil) { actions in
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[0], 0)
            posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
            posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        }
        close(pipeEnds[0])
        guard case .success(let pid) = started else {
            close(pipeEnds[1])
            return false
        }
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(pipeEnds[1], buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    break  // the user left the pager before the end
                }
                offset += written
            }
        }
        close(pipeEnds[1])
        var result: Int32 = 0
        while waitpid(pid, &result, 0) < 0, errno == EINTR {}
        return true
    }
}
