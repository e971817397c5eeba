import Foundation

/// Where the REPL keeps its history file.
public enum HistoryLocation {
    /// `$PARLEY_HISTORY` when set (empty disables history: `nil`), else
    /// `$XDG_STATE_HOME/parley/history`, else `~/.local/state/parley/history`.
    /// Returns `nil` when no home directory is known either.
    public static func resolve(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> URL? {
        StateLocation.resolve(file: "history", override: "PARLEY_HISTORY", environment: environment)
    }
}

/// Files parley keeps between runs (history, the session journal), under the XDG state folder.
public enum StateLocation {
    /// `$OVERRIDE` when set (empty disables: `nil`), else `$XDG_STATE_HOME/parley/FILE`, else
    /// `~/.local/state/parley/FILE`; `nil` when no home directory is known either.
    public static func resolve(
        file: String, override: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> URL? {
        if let explicit = environment[override] {
            return explicit.isEmpty ? nil : URL(fileURLWithPath: expandTilde(explicit, environment))
        }
        // XDG says relative values are invalid and must be ignored.
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(fileURLWithPath: state).appendingPathComponent("parley/\(file)")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".local/state/parley/\(file)")
    }

    private static func expandTilde(_ path: String, _ environment: [String: String]) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = environment["HOME"], !home.isEmpty
        else { return path }
        return home + path.dropFirst()
    }
}
