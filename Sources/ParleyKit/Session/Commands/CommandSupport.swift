import Foundation

/// Lookups that several commands share, each failing with an error placed on the argument.
extension Interpreter {
    /// The current branch, or an error saying what to load first.
    func requireBranch(_ call: CommandCall) throws(Diagnostic) -> (World, Branch) {
        guard let world = session.world, let branch = session.branch else {
            throw call.error("nothing is loaded; start with 'load' (the bundled seeds load at start-up unless they failed)")
        }
        return (world, branch)
    }

    func resolveActor(_ name: String, _ call: CommandCall, at argument: Argument?) throws(Diagnostic) -> Actor {
        guard let world = session.world else { throw call.error("nothing is loaded") }
        return try world.resolveActor(name, call, at: argument)
    }

    func resolveIssue(_ name: String, _ call: CommandCall, at argument: Argument?) throws(Diagnostic) -> Issue {
        guard let world = session.world else { throw call.error("nothing is loaded") }
        return try world.resolveIssue(name, call, at: argument)
    }

    /// Columns available for a table: `set width`, else the terminal's.
    var tableWidth: Int { session.settings.width ?? console.terminalWidth() }

    /// Whether output may be coloured: `set color on|off`, or with `auto` the terminal's say.
    var usesColor: Bool {
        switch session.settings.color {
        case .on: true
        case .off: false
        case .auto: console.allowsColor
        }
    }

    /// Whether a file may be written at `path`: yes if nothing is there; a directory is an
    /// error; an existing file needs `--force` in a script and a yes at the prompt.
    /// False means the user declined.
    func mayWrite(_ path: String, typed: String, _ call: CommandCall, at argument: Argument) throws(Diagnostic) -> Bool {
        if let folder = runningScriptFolder {
            try ScriptWritePolicy.check(path, typed: typed, scriptFolder: folder, call, at: argument)
        }
        do throws(AtomicFile.WriteError) {
            _ = try AtomicFile.regularTarget(path)
        } catch {
            throw call.error("cannot write '\(typed)': \(error.message)", at: argument)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return true }
        if isDirectory.boolValue {
            throw call.error("'\(typed)' is a directory", at: argument)
        }
        if call.hasFlag("force") { return true }
        guard isAtPrompt else {
            throw call.error("'\(typed)' exists; add --force to replace it", at: argument)
        }
        return console.confirm("'\(typed)' exists. Replace it?")
    }

    /// Records a step on the current branch (the interpreter records the command for `save`).
    func record(_ step: Step) {
        session.record(step)
    }
}
