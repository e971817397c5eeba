/// What a replayed script may write with `save` and `brief` (M8 of the reliability audit).
///
///     try ScriptWritePolicy.check("/home/a/.bashrc", typed: "~/.bashrc", scriptFolder: "/home/a/s", call, at: argument)
///     // error: a script may not write a hidden file or folder ('~/.bashrc')
///
/// A script is a file someone else may have written, so it may write only what parley
/// itself produces (`.parley`, `.html`, `.htm`, `.md`), never a hidden file or anything in a
/// hidden folder (`~/.bashrc`, `~/.ssh/…`), and it may replace an existing file (`--force`) only
/// inside its own folder or the working folder. Commands typed at the prompt or given with
/// `-c` are the user's own and are not limited.
enum ScriptWritePolicy {
    static let extensions = ["parley", "html", "htm", "md"]

    static func check(_ path: String, typed: String, scriptFolder: String,
                      _ call: CommandCall, at argument: Argument) throws(Diagnostic) {
        let components = typed.split(separator: "/")
        if components.contains(where: { $0.hasPrefix(".") && $0 != "." && $0 != ".." }) {
            throw call.error("a script may not write a hidden file or folder ('\(typed)')", at: argument)
        }
        let name = components.last.map(String.init) ?? typed
        let suffix = name.split(separator: ".").count > 1 ? String(name.split(separator: ".").last!).lowercased() : ""
        guard extensions.contains(suffix) else {
            throw call.error("a script may write only .parley, .html and .md files, not '\(typed)'", at: argument)
        }
        guard call.hasFlag("force") else { return }
        let absolute = JournalHeader.absolute(path, in: JournalHeader.workingFolder())
        let inside = [scriptFolder, JournalHeader.workingFolder()].contains { folder in
            absolute.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/") && !absolute.contains("/../")
        }
        guard inside else {
            throw call.error("a script may replace files (--force) only in its own folder or the working folder, "
                             + "not '\(typed)'", at: argument)
        }
    }
}
