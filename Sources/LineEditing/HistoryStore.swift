import CLibEdit
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libedit's history list and its file, apart from the terminal so it can be tested without one.
final class HistoryStore {
    let handle: OpaquePointer
    let size: Int
    /// The lines this session added, oldest first: what is merged into the file at save.
    private(set) var added: [String] = []

    init(size: Int) {
        self.size = size
        handle = history_init()
        parley_history_setsize(handle, Int32(clamping: size))
        // Drops a line equal to the one before it, also while loading.
        parley_history_setunique(handle, 1)
    }

    deinit { history_end(handle) }

    /// Adds a line, trimmed; blank lines are skipped.
    func add(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        parley_history_enter(handle, trimmed)
        added.append(trimmed)
    }

    /// The entries, oldest first.
    var entries: [String] {
        var result: [String] = []
        var entry = parley_history_step(handle, H_LAST)
        while let text = entry {
            result.append(String(cString: text))
            entry = parley_history_step(handle, H_PREV)
        }
        return result
    }

    /// Loads a history file; a missing or unreadable one, or one that is not a regular file
    /// (`/dev/null`, a FIFO), leaves the list as it is.
    func load(from url: URL) {
        guard HistoryFile.isRegularOrMissing(url.path), FileManager.default.isReadableFile(atPath: url.path) else { return }
        parley_history_load(handle, url.path)
    }

    /// Writes libedit's `_HiStOrY_V2_` format atomically with mode 0600, creating directories.
    ///
    /// What other sessions saved since this one started is kept: the file is read again under
    /// a lock and this session's own lines are added after it, so two sessions that quit in
    /// turn keep both sets. A target that is not a regular file (`PARLEY_HISTORY=/dev/null`)
    /// means history is off: it is never replaced.
    func save(to url: URL) throws {
        // Follow a symlinked history (e.g. into a dotfiles repo) instead of replacing the link.
        let target = url.resolvingSymlinksInPath()
        guard HistoryFile.isRegularOrMissing(target.path) else { return }
        try HistoryFile.withLock(beside: target) {
            let merged = HistoryStore(size: size)
            merged.load(from: target)
            for line in added { parley_history_enter(merged.handle, line) }
            let expected = merged.entries
            try HistoryFile.writeAtomically(to: target) { temporaryPath in
                guard parley_history_save(merged.handle, temporaryPath) >= 0 else { return false }
                // libedit does not report a failed write (a full disk): read the file back.
                let check = HistoryStore(size: size)
                check.load(from: URL(fileURLWithPath: temporaryPath))
                return check.entries == expected
            }
        }
        added.removeAll()
    }
}
