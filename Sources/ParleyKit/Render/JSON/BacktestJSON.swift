/// `backtest --json`: per window, the scores over all stances and over those that changed.
///
///     {"windows": [{"from": "2025-03-19", "to": "2025-06-03", "fired": ["…"], "skipped": [],
///       "all": {"stances": 42, "engine": 2.56, "persistence": 2.55, "drift": null,
///               "direction": {"engine": [3, 1, 11], "drift": null}}, "changed": {…}}]}
///
/// Direction triples are right, wrong, did not move, over the stances that changed.
public enum BacktestJSON {
    public static func render(_ result: Backtest.Result) -> String {
        let s = StanceJSON.string, n = StanceJSON.number
        func optional(_ value: Double?) -> String { value.map(n) ?? "null" }
        func score(_ score: Backtest.Score) -> String {
            var text = "{\"stances\": \(score.count), \"engine\": \(n(score.engine)), \"persistence\": \(n(score.persistence))"
            text += ", \"drift\": \(optional(score.drift))"
            text += ", \"skill_vs_persistence\": \(optional(score.skill(against: score.persistence)))"
            text += ", \"skill_vs_drift\": \(optional(score.skill(against: score.drift)))"
            text += ", \"direction\": {\"engine\": [\(score.engineRight), \(score.engineWrong), \(score.engineUnmoved)]"
            text += ", \"drift\": " + (score.drift == nil ? "null" : "[\(score.driftRight), \(score.driftWrong), \(score.driftUnmoved)]") + "}}"
            return text
        }
        let windows = result.windows.map { window in
            "{\"from\": \(s(window.from.description)), \"to\": \(s(window.to.description))"
                + ", \"fired\": [\(window.fired.map(s).joined(separator: ", "))], \"skipped\": [\(window.skipped.map(s).joined(separator: ", "))]"
                + ", \"all\": \(score(window.all)), \"changed\": \(score(window.changed))}"
        }
        return "{\"windows\": [" + windows.map { "\n  " + $0 }.joined(separator: ",") + (windows.isEmpty ? "]}\n" : "\n]}\n")
    }
}
