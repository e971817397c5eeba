extension LineEditor {
    /// Adds a line to the history, trimmed. Blank lines and a repeat of the previous line
    /// are skipped. Does nothing when history is not kept.
    public func addToHistory(_ line: String) {
        history?.add(line)
    }

    /// Writes the history file atomically with mode 0600, creating its directory.
    /// Does nothing when history is not kept.
    public func saveHistory() throws {
        guard let history, let historyFile else { return }
        try history.save(to: historyFile)
    }
}
