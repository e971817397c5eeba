import Foundation

/// Works out what TAB may complete, from the text before the cursor.
///
///     Completer(catalog: .standard).candidates(for: "he", session: Session())  // ["help"]
///
/// Returns whole replacements for the last word; the line editor inserts their common prefix.
public struct Completer: Sendable {
    public var catalog: CommandCatalog
    /// Folder that relative paths are completed in.
    public var workingDirectory: String
    /// What `~` stands for: `$HOME`.
    public var home: String?

    public init(catalog: CommandCatalog = .standard,
                workingDirectory: String = FileManager.default.currentDirectoryPath,
                home: String? = ProcessInfo.processInfo.environment["HOME"]) {
        self.catalog = catalog
        self.workingDirectory = workingDirectory
        self.home = home
    }

    public func candidates(for lineBeforeCursor: String, session: Session) -> [String] {
        let endsInSpace = lineBeforeCursor.last.map { $0 == " " || $0 == "\t" } ?? true
        var words = lineBeforeCursor.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let partial = endsInSpace ? "" : (words.popLast() ?? "")
        guard let first = words.first else {
            return catalog.commands.map(\.name).filter { $0.hasPrefix(partial.lowercased()) }.sorted()
        }
        guard let spec = catalog.command(named: first) else { return [] }
        let before = Array(words.dropFirst())
        switch spec.completion {
        case .none:
            return []
        case .commands:
            return before.isEmpty ? catalog.commands.map(\.name).filter { $0.hasPrefix(partial.lowercased()) }.sorted() : []
        case .settings:
            return before.isEmpty ? Setting.all.map(\.name).filter { $0.hasPrefix(partial.lowercased()) } : []
        case .files:
            return partial.hasPrefix("-") ? [] : paths(completing: partial)
        case .custom(let complete):
            return complete(session, before, partial).sorted()
        }
    }

    /// Entries of the folder named by `partial`, folders with a trailing slash; dotfiles only
    /// when asked for.
    func paths(completing partial: String) -> [String] {
        if partial == "~" { return ["~/"] }
        let expanded = PathText.expandingTilde(partial, home: home)
        let slash = expanded.lastIndex(of: "/")
        let folderPart = slash.map { String(expanded[...$0]) } ?? ""
        let namePart = slash.map { String(expanded[expanded.index(after: $0)...]) } ?? expanded
        let folder = folderPart.hasPrefix("/")
            ? folderPart
            : (workingDirectory as NSString).appendingPathComponent(folderPart)
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else {
            return []
        }
        // Keep the user's own spelling (e.g. `~/`) in what is put back on the line.
        let typedFolder = partial.lastIndex(of: "/").map { String(partial[...$0]) } ?? ""
        return entries
            .filter { $0.hasPrefix(namePart) && (namePart.hasPrefix(".") || !$0.hasPrefix(".")) }
            // A name with terminal controls could steer the terminal when listed (M7) and
            // cannot be written in the language: it is not offered.
            .filter { !$0.unicodeScalars.contains { TerminalText.isUnsafe($0) } }
            .sorted()
            .map { entry in
                var isDirectory: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(entry), isDirectory: &isDirectory)
                let path = typedFolder + entry + (isDirectory.boolValue ? "/" : "")
                // L20: a name with a blank or a quote goes back on the line quoted, as one word.
                let needsQuotes = path.contains { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "#" }
                return needsQuotes ? Value.quote(path) : path
            }
    }
}
