import Foundation

/// A scratch folder for one fault test: it is HOME and XDG_STATE_HOME, so journals and
/// history land here and nowhere else; removed at the end.
final class FaultScratch {
    let folder: URL
    var path: String { folder.path }
    var state: String { folder.appendingPathComponent("state").path }
    var sessions: String { state + "/parley/sessions" }

    init() throws {
        folder = URL(fileURLWithPath: "/tmp").appendingPathComponent("parley-fault-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// The environment of a user whose home is this folder, history included unless told.
    func environment(history: Bool = true, _ extra: [String: String] = [:]) -> [String: String] {
        var environment = ["HOME": path, "XDG_STATE_HOME": state, "PARLEY_HISTORY": history ? state + "/parley/history" : ""]
        environment.removeValue(forKey: "PARLEY_JOURNAL")
        for (key, value) in extra { environment[key] = value }
        return environment
    }

    /// Starts the REPL in a terminal of its own and waits for its first prompt.
    func repl(_ arguments: [String] = [], _ extra: [String: String] = [:], history: Bool = true) throws -> PseudoTerminal {
        var variables = environment(history: history, extra)
        // A parent's PARLEY_JOURNAL must not leak into the default, per-session location.
        if extra["PARLEY_JOURNAL"] == nil { variables["PARLEY_JOURNAL"] = nil }
        let terminal = try PseudoTerminal([ParleyBinary.path] + arguments, in: folder, environment: variables,
                                          removing: extra["PARLEY_JOURNAL"] == nil ? ["PARLEY_JOURNAL"] : [])
        try terminal.waitForPrompts(1)
        return terminal
    }

    /// Runs parley to the end, without a terminal.
    func run(_ arguments: [String], stdin: String = "", _ extra: [String: String] = [:]) throws -> ParleyBinary.Result {
        try ParleyBinary.run(arguments, in: folder, stdin: stdin, environment: environment(history: false, extra))
    }

    /// Files in `folder` (recursively) whose names say they are temporary.
    func temporaryFiles() -> [String] {
        let walker = FileManager.default.enumerator(atPath: path)
        var found: [String] = []
        while let name = walker?.nextObject() as? String {
            let last = (name as NSString).lastPathComponent
            if last.hasSuffix(".tmp") || last.contains(".history.") || last.hasPrefix(".parley-") { found.append(name) }
        }
        return found
    }
}
