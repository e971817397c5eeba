/// Every search run in a session, oldest first, kept in the session's result store so a
/// briefing can show the ones run on its branch and `search take` can read the last.
///
///     session.keep(history.adding(result))
///     history.runs(on: "main")   // the searches run on main, at whatever step
public struct SearchHistory: Sendable {
    public var runs: [SearchResult] = []

    public init(runs: [SearchResult] = []) {
        self.runs = runs
    }

    public func adding(_ result: SearchResult) -> SearchHistory {
        SearchHistory(runs: runs + [result])
    }

    /// The searches run on a branch, oldest first.
    public func runs(on branch: String) -> [SearchResult] {
        runs.filter { $0.branch == branch }
    }
}
