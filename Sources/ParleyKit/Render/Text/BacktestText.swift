/// The text of `backtest`: per window, the engine's error beside persistence and naive
/// drift, over all stances and over the stances that changed, with direction counts.
enum BacktestText {
    static func render(_ result: Backtest.Result, seeds: String) -> String {
        // One paragraph: the width fitter wraps it at the terminal's width.
        var text = "Back-test: each snapshot to the next, firing the documented timeline (\(seeds)/timeline.yaml)"
        text += " with the event catalog frozen. Mean absolute error in points; skill = 1 - engine/yardstick"
        text += " (above 0 the engine beats it). Drift extrapolates the previous window's trend.\n\n"
        var rows: [[String]] = [["window", "stances", "engine", "persistence", "drift", "skill vs persistence", "skill vs drift"]]
        func skill(_ value: Double?) -> String { value.map { Figures.change($0, 2) } ?? "n/a" }
        for window in result.windows {
            for (label, score) in [("all", window.all), ("changed", window.changed)] {
                rows.append(["\(window.from) → \(window.to)", "\(score.count) \(label)", Figures.fixed(score.engine, 2),
                             Figures.fixed(score.persistence, 2), score.drift.map { Figures.fixed($0, 2) } ?? "n/a",
                             skill(score.skill(against: score.persistence)), skill(score.skill(against: score.drift))])
            }
        }
        text += TextColumns.render(rows.map { $0.enumerated().map { $0.offset == 0 ? "  " + $0.element : $0.element } })
        text += "\nDirection on the stances that changed (right / wrong / did not move):\n"
        for window in result.windows {
            let c = window.changed
            text += "  \(window.from) → \(window.to): engine \(c.engineRight) / \(c.engineWrong) / \(c.engineUnmoved)"
            text += c.drift == nil ? "; drift n/a\n" : "; drift \(c.driftRight) / \(c.driftWrong) / \(c.driftUnmoved)\n"
        }
        text += "\nDocumented events fired:\n"
        for window in result.windows {
            text += "  \(window.from) → \(window.to): \(window.fired.isEmpty ? "none" : window.fired.joined(separator: ", "))\n"
            if !window.skipped.isEmpty { text += "    not in the catalog, skipped: \(window.skipped.joined(separator: ", "))\n" }
        }
        return text
    }
}
