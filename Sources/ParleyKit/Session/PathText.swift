import Foundation

/// Path arithmetic on plain strings, where Foundation's own cannot be trusted on Linux.
///
///     PathText.folder(of: "briefs/class.html")  // "briefs"
///     PathText.folder(of: "p")                  // ""
enum PathText {
    /// The folder part of `path`, as `NSString.deletingLastPathComponent` gives it: "" for a
    /// bare name, "/" for a name at the root.
    ///
    /// swift-corelibs-foundation traps (a precondition in `_startOfLastPathComponent`) on a
    /// one-character name with no folder, such as `p`, `p/` or `~`, so `save p` stopped parley
    /// with SIGILL. A bare name never reaches Foundation here.
    static func folder(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard trimmed.contains("/") else { return "" }
        return (String(trimmed) as NSString).deletingLastPathComponent
    }

    /// `~` and `~/…` with `$HOME` (then the account's home), as a shell expands them;
    /// `~user` is left to Foundation. Foundation on Linux ignores `$HOME`, so `save ~/x`
    /// wrote into root's home under `sudo -E` or a test's own HOME.
    ///
    ///     PathText.expandingTilde("~/briefs/x.html")  // "/home/ana/briefs/x.html"
    static func expandingTilde(_ path: String, home: String? = ProcessInfo.processInfo.environment["HOME"]) -> String {
        guard path.hasPrefix("~") else { return path }
        let rest = path.dropFirst()
        guard rest.isEmpty || rest.hasPrefix("/") else { return (path as NSString).expandingTildeInPath }
        var base = home.flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        while base.count > 1, base.hasSuffix("/") { base.removeLast() }
        return base + rest
    }
}
