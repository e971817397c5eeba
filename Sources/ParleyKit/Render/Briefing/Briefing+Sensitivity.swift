/// The briefing's "What the forecast rests on" section: the tornado of each headline (every
/// issue's coalition consensus) and of any other target `sensitivity` ran on this branch as it
/// stands, each with the sentence that says whether it rests on an estimate.
///
///     Briefing.sensitivitySection(input)?.heading   // "What the forecast rests on"
///
/// Built from ``BriefingInput/sensitivity`` (computed by the session before the briefing); the
/// HTML draws each input's bar, the Markdown gives the swing as a figure instead.
extension Briefing {
    /// Rows shown per target.
    static let tornadoRows = 5

    @Sendable static func sensitivitySection(_ input: BriefingInput) -> BriefingSection? {
        guard !input.sensitivity.isEmpty else { return nil }
        let lead = "Each input goes across its range while the others stay as documented, and the branch is replayed from its start: "
            + "positions across their ±, saliences and capabilities ±10% and event magnitudes ×0.5–1.5 (both assumed), "
            + "and the settlement model's structural choices. The light bar is the result with the input at its low end, "
            + "the dark bar at its high end; the line is the result as documented."
        let markdownLead = "Each input across its range, the others as documented, the branch replayed from its start "
            + "(positions across their ±; saliences and capabilities ±10% and event magnitudes ×0.5–1.5, both assumed; "
            + "the settlement model's structural choices)."
        return BriefingSection(heading: "What the forecast rests on",
                               lead: [.only(.html, [.paragraph(lead)]), .only(.markdown, [.paragraph(markdownLead)])],
                               blocks: input.sensitivity.map { tornado($0, seeds: input.seeds) })
    }

    /// One target's tornado, cut to its leading inputs.
    private static func tornado(_ result: SensitivityResult, seeds: Seeds) -> BriefingSection.Block {
        let moving = result.moving, shown = Array(moving.prefix(tornadoRows)), base = result.base
        var blocks: [BriefingSection.Block] = [
            .subheading("\(result.target.text): \(TornadoChart.figure(base)) as documented"),
            .paragraph(result.headline(seeds: seeds)),
        ]
        if !shown.isEmpty {
            let values = shown.flatMap { [$0.atLow, $0.atHigh] }.compactMap { $0 } + (base.map { [$0] } ?? [])
            let (lowest, highest) = (values.min() ?? 0, values.max() ?? 0)
            blocks.append(.table(
                [.text("input"), .text("evidence"), .number("at low end"), .drawing(""), .number("at high end"), .number("swing", in: .markdown)],
                shown.map { row in
                    .init([row.input.label, row.input.evidence.phrase, TornadoChart.figure(row.atLow),
                           bar(row, base: base, lowest: lowest, highest: highest), TornadoChart.figure(row.atHigh),
                           Figures.points(row.swing)])
                }))
        }
        let more = moving.count - shown.count
        if more > 0 { blocks.append(.paragraph("\(more) more of the \(result.rows.count) inputs move it less.", .small)) }
        return .together(blocks)
    }

    /// One input's bars on the target's shared axis, 160 × 12 pixels, drawn with inline CSS
    /// (the briefing's SVG figures are its position charts, one per issue); the colours are
    /// kept when printed.
    static func bar(_ row: SensitivityResult.Row, base: Double?, lowest: Double, highest: Double) -> String {
        let width = 160.0
        func x(_ value: Double) -> Double { highest > lowest ? (value - lowest) / (highest - lowest) * width : width / 2 }
        func n(_ value: Double) -> String { Formula.format(Figures.rounded(value, 1)) }
        let print = "print-color-adjust:exact;-webkit-print-color-adjust:exact"
        var html = "<div role=\"img\" aria-label=\"\(XMLText.escape(row.input.label))\" "
        html += "style=\"position:relative;width:160px;height:12px;\(print)\">"
        if let base {
            for (value, colour) in [(row.atLow, "#9fb8d8"), (row.atHigh, "#1a4d8f")] {
                guard let value, value != base else { continue }
                let (a, b) = (min(x(value), x(base)), max(x(value), x(base)))
                html += "<div style=\"position:absolute;left:\(n(a))px;width:\(n(max(1, b - a)))px;top:2px;height:8px;"
                html += "background:\(colour);\(print)\"></div>"
            }
            html += "<div style=\"position:absolute;left:\(n(x(base)))px;width:1px;top:0;height:12px;background:#111;\(print)\"></div>"
        }
        return html + "</div>"
    }
}
