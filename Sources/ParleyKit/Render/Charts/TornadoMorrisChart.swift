/// The Morris screening in text: one row per input, highest μ* first, with μ, σ and a bar for
/// μ* on a shared scale. Every line fits `width` (at least 50).
///
///     TornadoMorrisChart(result, seeds: seeds, width: 80).render()
public struct TornadoMorrisChart: Sendable {
    public var result: MorrisResult
    public var seeds: Seeds
    public var width: Int
    public var rows: Int

    public init(_ result: MorrisResult, seeds: Seeds, width: Int, rows: Int = TornadoChart.defaultRows) {
        self.result = result
        self.seeds = seeds
        self.width = max(50, width)
        self.rows = max(1, rows)
    }

    public func render() -> String {
        let moving = result.moving, shown = Array(moving.prefix(rows))
        let steps = result.steps == 0 ? "no steps" : result.steps == 1 ? "1 step" : "\(result.steps) steps"
        var text = "Morris screening of \(result.target.text) on branch \(result.branch) (\(result.date), \(steps))\n"
        text += "\(result.trajectories) trajectories over \(result.rows.count) inputs at \(result.levels) levels "
            + "(step \(Formula.format(Figures.rounded(result.delta, 3))) of each range), \(result.evaluations) replays, seed \(result.seed); "
            + "μ* and μ in points per whole range\n"
        guard !shown.isEmpty else { return text + result.headline(seeds: seeds) + "\n" }
        let figures = shown.flatMap { [Figures.points($0.muStar), Figures.points($0.mu), Figures.points($0.sigma)] }
        let valueWidth = max(5, figures.map(\.count).max() ?? 5)
        let tagWidth = max(5, shown.map(\.input.evidence.tag.count).max() ?? 5)
        let longest = shown.map(\.input.label.count).max() ?? 5
        let fixed = tagWidth + 3 * valueWidth + 5
        let labelWidth = min(max(5, longest), max(12, width - fixed - 10))
        let barWidth = max(8, width - fixed - labelWidth)
        let top = shown.map(\.muStar).max() ?? 0
        text += "\n" + TornadoChart.pad("input", labelWidth) + " " + TornadoChart.pad("evid.", tagWidth) + " "
            + TornadoChart.leftPad("μ*", valueWidth) + " " + TornadoChart.leftPad("μ", valueWidth) + " "
            + TornadoChart.leftPad("σ", valueWidth) + "\n"
        for row in shown {
            let filled = top > 0 ? Int((row.muStar / top * Double(barWidth)).rounded()) : 0
            text += TornadoChart.pad(row.input.label, labelWidth) + " " + TornadoChart.pad(row.input.evidence.tag, tagWidth) + " "
                + TornadoChart.leftPad(Figures.points(row.muStar), valueWidth) + " "
                + TornadoChart.leftPad(Figures.points(row.mu), valueWidth) + " "
                + TornadoChart.leftPad(Figures.points(row.sigma), valueWidth) + " "
                + String(repeating: "█", count: max(filled, 1)) + "\n"
        }
        let rest = moving.count - shown.count, still = result.rows.count - moving.count
        var tail: [String] = []
        if rest > 0 { tail.append("\(rest) more move it less (top=N shows more)") }
        if still > 0 { tail.append("\(still) do not move it") }
        let undefined = result.rows.reduce(0) { $0 + $1.undefined }
        if undefined > 0 { tail.append("\(undefined) steps had no value at one end and were not counted") }
        if !tail.isEmpty { text += tail.joined(separator: "; ") + ".\n" }
        return text + result.headline(seeds: seeds) + "\n"
    }
}
