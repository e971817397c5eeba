import CLibEdit
import Foundation

extension LineEditor {
    /// Adds a line to the in-memory history, trimmed. Blank lines are skipped, and
    /// `H_SETUNIQUE` drops a line equal to the one before it.
    public func addToHistory(_ line: String) {
        guard let history else { return }
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        parley_history_enter(history, trimmed)
    }

    /// Writes the history file (libedit's `_HiStOrY_V2_` format) atomically with mode 0600,
    /// creating its directory. Does nothing when history is not kept.
    public func saveHistory() throws {
        guard let history, let historyFile else { return }
        // Follow a symlinked history (e.g. into a dotfiles repo) instead of replacing the link.
        let target = historyFile.resolvingSymlinksInPath()
        try HistoryFile.writeAtomically(to: target) { temporaryPath in
            parley_history_save(history, temporaryPath) >= 0
        }
    }

    /// Loads the history file if there is one; a missing or unreadable file starts empty.
    func loadHistory() {
        guard let history, let historyFile,
              FileManager.default.isReadableFile(atPath: historyFile.path)
        else { return }
        parley_history_load(history, historyFile.path)
    }
}
