/// The text of `backtest`: per window, the engine's error beside persistence and naive
/// drift, over all stances and over the stances that changed, with direction counts.
///
/// The table has a row per window and subset while that fits the width; narrower, each window
/// is a block with a row per measure and a column per subset, so no row wraps.
enum BacktestText {
    static func render(_ result: Backtest.Result, seeds: String, width: Int = StanceTable.defaultWidth) -> String {
        // One paragraph: the width fitter wraps it at the terminal's width.
        var text = "Back-test: each snapshot to the next, firing the documented timeline (\(seeds)/timeline.yaml)"
        text += " with the event catalog frozen. Mean absolute error in points; skill = 1 - engine/yardstick"
        text += " (above 0 the engine beats it). Drift extrapolates the previous window's trend.\n\n"
        let measures = ["stances", "engine", "persistence", "drift", "skill vs persistence", "skill vs drift"]
        func skill(_ value: Double?) -> String { value.map { Figures.change($0, 2) } ?? "n/a" }
        func figures(_ score: Backtest.Score) -> [String] {
            [Figures.fixed(score.engine, 2), Figures.fixed(score.persistence, 2), score.drift.map { Figures.fixed($0, 2) } ?? "n/a",
             skill(score.skill(against: score.persistence)), skill(score.skill(against: score.drift))]
        }
        var rows: [[String]] = [["  window"] + measures]
        for window in result.windows {
            for (label, score) in [("all", window.all), ("changed", window.changed)] {
                rows.append(["  \(window.from) → \(window.to)", "\(score.count) \(label)"] + figures(score))
            }
        }
        let wide = TableText(rows: rows)
        if wide.laidOutWidth(layout: TextColumns.layout) <= width {
            text += wide.render(layout: TextColumns.layout)
        } else {
            var blocks: [[String]] = []
            for window in result.windows {
                if !blocks.isEmpty { blocks.append([]) }
                blocks.append(["  \(window.from) → \(window.to)", "all", "changed"])
                let columns = [[String(window.all.count)] + figures(window.all), [String(window.changed.count)] + figures(window.changed)]
                for (index, measure) in measures.enumerated() {
                    blocks.append(["    " + measure, columns[0][index], columns[1][index]])
                }
            }
            text += TableText(rows: blocks).render(layout: TableText.Layout(rightAligned: [1, 2]))
        }
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
