#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One interactive session's state-changing commands, appended to its own file as they
/// succeed and flushed to disk each time, so a killed REPL can be rebuilt with `parley --resume`.
///
///     let journal = try SessionJournal(path: "~/.local/state/parley/sessions/20261201-101200-42.journal",
///                                      header: JournalHeader(seeds: nil))
///     journal.append("apply round")
///     journal.end(.quit)
///
/// The file is a parley script with a commented header, so it can be read or replayed by hand.
/// While the session runs it holds an exclusive `flock` on the file, which the system drops
/// when the process ends however it ends: a locked journal belongs to a running session and is
/// never taken over. A write that fails (a full disk) is undone to the last whole line, so the
/// file always parses, reported once, and retried with every later command.
public final class SessionJournal {
    public let path: String
    private let descriptor: Int32
    /// Lines not yet on disk, oldest first; written before any newer line.
    private var waiting: [String] = []
    /// Bytes of the file that hold whole lines and are on disk.
    private var safeLength: off_t
    private var failing = false
    /// Where problems with the journal itself are reported (stderr in the executable).
    public var report: (String) -> Void = { _ in }

    /// Starts a new journal at `path`, which must not exist yet, and locks it.
    public init(path: String, header: JournalHeader) throws(JournalError) {
        self.path = path
        let folder = PathText.folder(of: path)
        if !folder.isEmpty { try Self.makeFolder(folder) }
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { throw JournalError(message: "cannot create '\(path)': \(AtomicFile.reason(errno))") }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw JournalError(message: "'\(path)' is locked by another parley")
        }
        self.descriptor = descriptor
        safeLength = 0
        // The header goes down alone first: a kill never leaves commands without it.
        guard writeAll(Array(header.text.utf8)), fsync(descriptor) == 0 else {
            let reason = AtomicFile.reason(errno)
            unlink(path)
            close(descriptor)
            throw JournalError(message: "cannot write '\(path)': \(reason)")
        }
        safeLength = lseek(descriptor, 0, SEEK_END)
    }

    /// An open, locked journal; a tail cut short by a kill gets its newline before anything else.
    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
        safeLength = lseek(descriptor, 0, SEEK_END)
        var last: UInt8 = 0
        if safeLength > 0, pread(descriptor, &last, 1, safeLength - 1) == 1, last != UInt8(ascii: "\n") {
            waiting.append("")
        }
    }

    deinit { close(descriptor) }

    /// Appends one command line and waits until it is on disk. When it cannot be written, the
    /// file is cut back to its last whole line, the problem is reported (once, until it clears)
    /// and the line waits for the next append.
    public func append(_ line: String) {
        waiting.append(line)
        flushWaiting()
    }

    /// Whether every appended line is on disk.
    public var isProtected: Bool { waiting.isEmpty }

    /// Records how the session ended. A journal that ended with `quit` or Ctrl-D is not offered
    /// by `--resume` alone; one that did not (a kill, a closed terminal) is.
    public func end(_ ending: JournalEnding) {
        flushWaiting()
        guard waiting.isEmpty else { return }
        waiting.append("# ended: \(ending.text)")
        flushWaiting()
    }

    private func flushWaiting() {
        guard !waiting.isEmpty else { return }
        let bytes = Array(waiting.map { $0 + "\n" }.joined().utf8)
        var ok = writeAll(bytes)
        var code = errno
        if ok, fsync(descriptor) != 0 { ok = false; code = errno }
        if ok {
            safeLength += off_t(bytes.count)
            waiting.removeAll()
            if failing {
                failing = false
                report("parley: journal: written again; this session is protected again\n")
            }
            return
        }
        // Whatever part reached the file is cut off, so the journal ends with a whole line.
        _ = ftruncate(descriptor, safeLength)
        if !failing {
            failing = true
            let what = code == ENOSPC ? "disk full" : AtomicFile.reason(code)
            report("parley: journal: \(what); this session is no longer protected "
                   + "(parley keeps trying with each command; '\(path)')\n")
        }
    }

    private func writeAll(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                #if canImport(Glibc)
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #else
                let written = Darwin.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #endif
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                if written == 0 { errno = ENOSPC; return false }
                offset += written
            }
            return true
        }
    }

    /// Creates `folder` and its parents, private to the user; an existing one is left as it is.
    static func makeFolder(_ folder: String) throws(JournalError) {
        var info = stat()
        if stat(folder, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw JournalError(message: "'\(folder)' is a file, not a folder")
            }
            return
        }
        let parent = PathText.folder(of: folder)
        if !parent.isEmpty, parent != folder { try makeFolder(parent) }
        guard mkdir(folder, 0o700) == 0 || errno == EEXIST else {
            throw JournalError(message: "cannot create '\(folder)': \(AtomicFile.reason(errno))")
        }
    }
}

/// Why a journal could not be started or read.
public struct JournalError: Error, Sendable {
    public var message: String
    public init(message: String) { self.message = message }
}

/// How a session ended, as its journal's last line records it.
public enum JournalEnding: Sendable, Equatable {
    case quit
    case endOfInput
    /// Replayed by `--resume` into the session with this journal; `skipped` lines failed.
    case resumed(into: String, skipped: Int)

    var text: String {
        switch self {
        case .quit: "quit"
        case .endOfInput: "end of input"
        case .resumed(let into, let skipped):
            "resumed in " + Value.quote(into) + (skipped == 0 ? "" : ", \(skipped) lines not replayed")
        }
    }
}

extension SessionJournal {
    /// Takes over a journal that no running session holds, to replay it and then mark how it
    /// ended; throws when a running session still holds it.
    public convenience init(claiming path: String) throws(JournalError) {
        let descriptor = open(path, O_RDWR | O_APPEND | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { throw JournalError(message: "cannot open '\(path)': \(AtomicFile.reason(errno))") }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw JournalError(message: "'\(path)' belongs to a parley session that is still running; "
                               + "parley never takes over a running session")
        }
        self.init(descriptor: descriptor, path: path)
    }
}
