#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The commented lines a journal starts with: when and where the session ran.
///
///     JournalHeader(seeds: "/home/a/my-seeds").text
///     // # parley session journal …\n# started: 2026-12-01 10:12:00 UTC\n# pid: 42\n# seeds: "/home/a/my-seeds"\n…
///
/// Paths are absolute and quoted, so a newline in a folder's name cannot start a command line.
public struct JournalHeader: Sendable, Equatable {
    public var started: String
    public var pid: Int32
    public var seeds: String?
    public var folder: String

    public init(seeds: String?, started: String = JournalHeader.now(), pid: Int32 = getpid(),
                folder: String = JournalHeader.workingFolder()) {
        self.started = started
        self.pid = pid
        self.seeds = seeds.map { JournalHeader.absolute($0, in: folder) }
        self.folder = folder
    }

    static let title = "# parley session journal: the commands of one interactive session."

    var text: String {
        var text = Self.title + "\n# Replay with: parley --resume\n"
        text += "# started: \(started)\n# pid: \(pid)\n# folder: \(Value.quote(folder))\n"
        if let seeds { text += "# seeds: \(Value.quote(seeds))\n" }
        return text
    }

    /// The time now, in UTC, to the second.
    public static func now() -> String {
        var seconds = time(nil)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday)) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) UTC"
    }

    public static func workingFolder() -> String {
        guard let buffer = getcwd(nil, 0) else { return "/" }
        defer { free(buffer) }
        return String(cString: buffer)
    }

    /// `path` made absolute against `folder`, `~` expanded; `.` and `..` are left to the system.
    public static func absolute(_ path: String, in folder: String) -> String {
        var expanded = path
        if path == "~" || path.hasPrefix("~/"), let home = getenv("HOME") {
            expanded = String(cString: home) + path.dropFirst()
        }
        if expanded.hasPrefix("/") { return expanded }
        return folder.hasSuffix("/") ? folder + expanded : folder + "/" + expanded
    }
}

/// A journal as read back: its header, its command lines with their line numbers, and how
/// the session ended, if it did.
///
///     let record = try JournalRecord.read("~/.local/state/parley/sessions/….journal")
///     record.commands.count   // what --resume would replay
public struct JournalRecord: Sendable {
    public var path: String
    public var text: String
    public var started: String?
    public var pid: Int32?
    public var seeds: String?
    public var folder: String?
    /// Command lines (not comments or blanks), with their 1-based line numbers.
    public var commands: [(line: Int, text: String)]
    /// The `# ended:` line's reason; nil when the session was killed or is still running.
    public var ending: String?

    /// Journals are bigger than scripts may be, but not without end: a journal is a regular
    /// file of at most this many bytes (`/dev/zero` must not fill the memory).
    public static let maximumSize = 64 << 20

    public static func read(_ path: String) throws(JournalError) -> JournalRecord {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw JournalError(message: errno == ENOENT ? "no session journal at '\(path)'"
                                                        : "cannot read '\(path)': \(AtomicFile.reason(errno))")
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw JournalError(message: "'\(path)' is not a regular file, so it cannot be a session journal")
        }
        let bytes: [UInt8]
        do {
            bytes = try ScriptFile.readBytes(path, limit: maximumSize)
        } catch {
            throw JournalError(message: error.message)
        }
        // A kill can cut the last line short, even mid-character: decode leniently and let
        // replay report what does not parse.
        return parse(String(decoding: bytes, as: UTF8.self), path: path)
    }

    static func parse(_ text: String, path: String) -> JournalRecord {
        var record = JournalRecord(path: path, text: text, commands: [])
        for (index, line) in ScriptParser.lines(of: text).enumerated() {
            let trimmed = line.trimmingBlanks()
            if trimmed.isEmpty { continue }
            guard trimmed.hasPrefix("#") else {
                record.commands.append((index + 1, line))
                continue
            }
            guard let colon = trimmed.firstIndex(of: ":") else { continue }
            let key = trimmed[trimmed.index(after: trimmed.startIndex)..<colon].trimmingBlanks()
            let value = String(trimmed[trimmed.index(after: colon)...]).trimmingBlanks()
            switch key {
            case "started": record.started = value
            case "pid": record.pid = Int32(value)
            case "seeds": record.seeds = unquote(value)
            case "folder": record.folder = unquote(value)
            case "ended": record.ending = value
            default: break
            }
        }
        return record
    }

    /// Reverses ``Value/quote(_:)``; text without quotes (journals before format 2) is as written.
    static func unquote(_ text: String) -> String {
        guard text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") else { return text }
        var result = ""
        var escaped = false
        for character in text.dropFirst().dropLast() {
            if escaped {
                switch character {
                case "n": result.append("\n")
                case "t": result.append("\t")
                default: result.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// A one-line account of what the journal holds, for `--sessions` and `--resume`.
    public var summary: String {
        let count = commands.count
        var text = "\(count) command\(count == 1 ? "" : "s")"
        if let last = commands.last?.text { text += ", last: " + TerminalText.visible(String(last.prefix(60))) }
        return text
    }
}
