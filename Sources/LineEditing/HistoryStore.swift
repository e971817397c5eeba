import CLibEdit
import Foundation

/// libedit's history list and its file, apart from the terminal so it can be tested without one.
final class HistoryStore {
    let handle: OpaquePointer

    init(size: Int) {
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

    /// Loads a history file; a missing or unreadable one leaves the list as it is.
    func load(from url: URL) {
        guard FileManager.default.isReadableFile(atPath: url.path) else { return }
        parley_history_load(handle, url.path)
    }

    /// Writes libedit's `_HiStOrY_V2_` format atomically with mode 0600, creating directories.
    func save(to url: URL) throws {
        // Follow a symlinked history (e.g. into a dotfiles repo) instead of replacing the link.
        let target = url.resolvingSymlinksInPath()
        try HistoryFile.writeAtomically(to: target) { temporaryPath in
            parley_history_save(handle, temporaryPath) >= 0
        }
    }
}
