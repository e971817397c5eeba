/// A tornado chart of one-at-a-time sensitivity, in text that fits the terminal: one row per
/// input, widest swing first, each bar drawn from the seeded value to the target at the
/// input's low end (░) and high end (█).
///
///     TornadoChart(result, seeds: seeds, width: 80).render()
///
///     input                          evid.   low                         high
///     TR territory 25±20             est.   24.7 ░░░░░░░░│█████████████  44.1
///
/// The bars share one axis, from the lowest value any end reaches to the highest; `│` marks
/// the seeded value where no bar covers it, `▓` a cell both ends reach (an input that pushes
/// the same way at both ends). Every line is at most `width` columns (at least 50).
public struct TornadoChart: Sendable {
    public var result: SensitivityResult
    public var seeds: Seeds
    public var width: Int
    /// Rows drawn; the rest are counted below the chart.
    public var rows: Int

    public static let defaultRows = 12

    public init(_ result: SensitivityResult, seeds: Seeds, width: Int, rows: Int = defaultRows) {
        self.result = result
        self.seeds = seeds
        self.width = max(50, width)
        self.rows = max(1, rows)
    }

    public func render() -> String {
        let moving = result.moving
        let inputs = result.rows.count
        let shown = Array(moving.prefix(rows))
        let steps = result.steps == 0 ? "no steps" : result.steps == 1 ? "1 step" : "\(result.steps) steps"
        var text = "sensitivity of \(result.target.text) on branch \(result.branch) (\(result.date), \(steps)): "
            + "\(Self.figure(result.base)) as seeded\n"
        text += "each input across its range, one at a time: \(inputs) input\(inputs == 1 ? "" : "s"), "
            + "\(moving.count) move\(moving.count == 1 ? "s" : "") it\n"
        guard !shown.isEmpty else {
            return text + result.headline(seeds: seeds) + "\n"
        }
        text += "\n" + Self.bars(shown, base: result.base, width: width)
        let rest = moving.count - shown.count, still = inputs - moving.count
        var tail: [String] = []
        if rest > 0 { tail.append("\(rest) more move it less (top=N shows more)") }
        if still > 0 { tail.append("\(still) do not move it") }
        if !tail.isEmpty { text += tail.joined(separator: "; ") + ".\n" }
        return text + result.headline(seeds: seeds) + "\n"
    }

    /// The chart's rows, a legend and the axis, for any list of rows (the briefing uses it too).
    static func bars(_ rows: [SensitivityResult.Row], base: Double?, width: Int) -> String {
        let figures = rows.flatMap { [figure($0.atLow), figure($0.atHigh)] } + [figure(base)]
        let valueWidth = max(4, figures.map(\.count).max() ?? 4)
        let tagWidth = max(5, rows.map(\.input.evidence.tag.count).max() ?? 5)
        let longest = rows.map(\.input.label.count).max() ?? 5
        // Label, tag, two values and the bar, with a space between each.
        let fixed = tagWidth + 2 * valueWidth + 5
        // The label has priority over the bar down to 16 bar columns.
        let labelWidth = min(max(5, longest), max(12, width - fixed - 16))
        let barWidth = max(10, width - fixed - labelWidth)
        let values = rows.flatMap { [$0.atLow, $0.atHigh] }.compactMap { $0 } + (base.map { [$0] } ?? [])
        let lowest = values.min() ?? 0, highest = values.max() ?? 0
        func column(_ value: Double) -> Int {
            guard highest > lowest else { return barWidth / 2 }
            return min(barWidth - 1, max(0, Int(((value - lowest) / (highest - lowest) * Double(barWidth - 1)).rounded())))
        }
        var text = pad("input", labelWidth) + " " + pad("evid.", tagWidth) + " " + leftPad("low", valueWidth) + " "
            + String(repeating: " ", count: barWidth) + " high\n"
        for row in rows {
            var cells = Array(filling: Character(" "), count: barWidth)
            var low = Array(filling: false, count: barWidth), high = low
            if let base {
                let b = column(base)
                // The cells from the seeded value (not included) to where an end lands.
                func span(_ value: Double?) -> [Int] {
                    guard let value else { return [] }
                    let c = column(value)
                    return c < b ? Array(c..<b) : c > b ? Array((b + 1)...c) : []
                }
                for c in span(row.atLow) { low[c] = true }
                for c in span(row.atHigh) { high[c] = true }
                for c in 0..<barWidth { cells[c] = low[c] && high[c] ? "▓" : low[c] ? "░" : high[c] ? "█" : " " }
                cells[b] = "│"
            } else {
                // No seeded value to draw from: mark where each end lands.
                if let v = row.atLow { cells[column(v)] = "░" }
                if let v = row.atHigh { cells[column(v)] = cells[column(v)] == "░" ? "▓" : "█" }
            }
            text += pad(row.input.label, labelWidth) + " " + pad(row.input.evidence.tag, tagWidth) + " "
                + leftPad(figure(row.atLow), valueWidth) + " " + String(cells) + " " + figure(row.atHigh) + "\n"
        }
        let indent = String(repeating: " ", count: labelWidth + tagWidth + valueWidth + 3)
        let from = figure(lowest), to = figure(highest)
        let gap = max(1, barWidth - from.count - to.count)
        text += indent + from + String(repeating: " ", count: gap) + to + "\n"
        text += "░ input at its low end, █ at its high end, ▓ both, │ seeded\n"
        text += "ranges: positions their seed ±; saliences, capabilities ±\(Formula.format(SensitivityInput.jitter * 100))%; "
            + "magnitudes ×\(Formula.format(SensitivityInput.magnitudeRange.lowerBound))–\(Formula.format(SensitivityInput.magnitudeRange.upperBound)) (assumed)\n"
        return text
    }

    /// A target's value to one decimal, or `none`.
    static func figure(_ value: Double?) -> String {
        value.map { Figures.points($0) } ?? "none"
    }

    static func pad(_ text: String, _ width: Int) -> String {
        let count = text.count
        if count > width { return String(text.prefix(max(0, width - 1))) + "…" }
        return text + String(repeating: " ", count: width - count)
    }

    static func leftPad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
