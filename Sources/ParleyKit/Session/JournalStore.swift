#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where session journals live, and which of them can be resumed.
///
///     let store = JournalStore.folder("/home/a/.local/state/parley/sessions")
///     let journal = try store.startJournal(header: JournalHeader(seeds: nil))
///     store.sessions()      // newest first, each running, ended or resumable
///
/// By default each session gets its own file in a folder, named by its start time and process
/// id, so two sessions never share one. `PARLEY_JOURNAL=FILE` keeps one journal at a fixed
/// path instead; a second session finds it locked and runs unjournaled rather than take it
/// over, and a new session moves an unfinished journal aside to `FILE.previous` first.
public enum JournalStore: Sendable, Equatable {
    case folder(String)
    case file(String)

    /// Ended journals kept in a folder beyond the newest unfinished ones; older ones are removed.
    public static let keptEndedSessions = 20

    /// `$PARLEY_JOURNAL` when set (empty turns journaling off: nil), else
    /// `$XDG_STATE_HOME/parley/sessions`, else `~/.local/state/parley/sessions`.
    public static func resolve(environment: [String: String]) -> JournalStore? {
        if let explicit = environment["PARLEY_JOURNAL"] {
            guard !explicit.isEmpty else { return nil }
            var path = explicit
            if path == "~" || path.hasPrefix("~/"), let home = environment["HOME"] { path = home + path.dropFirst() }
            return .file(JournalHeader.absolute(path, in: JournalHeader.workingFolder()))
        }
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return .folder(state + "/parley/sessions")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return .folder(home + "/.local/state/parley/sessions")
    }

    /// Why there is no store, for messages: which variable turned it off.
    public static func absenceReason(environment: [String: String]) -> String {
        if environment["PARLEY_JOURNAL"] != nil { return "PARLEY_JOURNAL is set but empty" }
        return "neither XDG_STATE_HOME nor HOME is set"
    }

    public var description: String {
        switch self {
        case .folder(let path), .file(let path): path
        }
    }

    /// One journal and what state its session is in.
    public struct Session: Sendable {
        public enum State: Sendable, Equatable {
            /// A running parley holds its lock.
            case running
            /// It ended with `quit` or Ctrl-D, or was resumed into another session.
            case ended(String)
            /// Killed, or its terminal closed: what `--resume` is for.
            case resumable
        }

        public var record: JournalRecord
        public var state: State
        /// The file's name without its folder.
        public var name: String { String(record.path.split(separator: "/").last ?? Substring(record.path)) }
    }

    /// Every journal, newest first. Files that cannot be read are left out.
    public func sessions() -> [Session] {
        let paths: [String]
        switch self {
        case .file(let path): paths = [path]
        case .folder(let folder):
            paths = Self.entries(of: folder).filter { $0.hasSuffix(".journal") }.sorted(by: >).map { folder + "/" + $0 }
        }
        return paths.compactMap { path in
            guard let record = try? JournalRecord.read(path) else { return nil }
            let state: Session.State
            if Self.isLocked(path) { state = .running }
            else if let ending = record.ending { state = .ended(ending) }
            else { state = .resumable }
            return Session(record: record, state: state)
        }
    }

    /// What `--resume` alone takes: the newest session that is not running, did not end, and
    /// holds a command.
    public func newestResumable() -> Session? {
        sessions().first { $0.state == .resumable && !$0.record.commands.isEmpty }
    }

    /// The session named `name` (a file name, with or without `.journal`, or a path).
    public func session(named name: String) -> Session? {
        sessions().first { $0.name == name || $0.name == name + ".journal" || $0.record.path == name }
    }

    /// Starts the journal of a new session. In a folder, a fresh file that no other session
    /// can share; at a fixed path, after checking no running session holds it.
    public func startJournal(header: JournalHeader) throws(JournalError) -> SessionJournal {
        switch self {
        case .folder(let folder):
            try SessionJournal.makeFolder(folder)
            prune(folder)
            let stamp = header.started.filter(\.isNumber)
            let base = "\(folder)/\(stamp.prefix(8))-\(stamp.dropFirst(8).prefix(6))-\(header.pid)"
            var path = base + ".journal"
            var attempt = 1
            while Self.exists(path) {
                attempt += 1
                path = "\(base)-\(attempt).journal"
            }
            return try SessionJournal(path: path, header: header)
        case .file(let path):
            var info = stat()
            if lstat(path, &info) == 0 {
                guard info.st_mode & S_IFMT == S_IFREG else {
                    throw JournalError(message: "'\(path)' is not a regular file; this session is not journaled")
                }
                // Holding the old file's lock while it is moved keeps a second session out.
                let old = try SessionJournal(claiming: path)
                let record = try? JournalRecord.read(path)
                // An unfinished journal, or one resumed here, is kept beside the new one.
                if let record, !record.commands.isEmpty, record.ending.map({ $0.hasPrefix("resumed") }) ?? true {
                    guard rename(path, path + ".previous") == 0 else {
                        throw JournalError(message: "cannot keep the unfinished journal as '\(path).previous': "
                                           + AtomicFile.reason(errno))
                    }
                } else {
                    unlink(path)
                }
                return try withExtendedLifetime(old) { () throws(JournalError) in
                    try SessionJournal(path: path, header: header)
                }
            }
            return try SessionJournal(path: path, header: header)
        }
    }

    /// Removes ended journals beyond the newest ``keptEndedSessions``; never one that is
    /// unfinished, running, or that left lines unreplayed.
    private func prune(_ folder: String) {
        let ended = sessions().filter {
            if case .ended(let how) = $0.state { return !how.contains("not replayed") }
            return false
        }
        for session in ended.dropFirst(Self.keptEndedSessions) { unlink(session.record.path) }
    }

    static func isLocked(_ path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return flock(descriptor, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    static func entries(of folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }
}
