/// The briefing's "What the forecast rests on" section: the tornado of each headline (every
/// issue's coalition consensus) and of any other target `sensitivity` ran on this branch as it
/// stands, each with the sentence that says whether it rests on an estimate.
///
///     briefing.tornadoes.first?.headline   // "The ceasefire forecast rests most on …"
///
/// Built from ``BriefingInput/sensitivity`` (computed by the session before the briefing); the
/// HTML draws each input's bar in SVG, the Markdown gives the same figures as a table.
extension Briefing {
    /// One target's tornado, cut to its leading inputs.
    public struct Tornado: Sendable {
        public var target: String
        public var base: Double?
        public var headline: String
        public var rows: [SensitivityResult.Row]
        /// Inputs that move the target but are not shown, and inputs in all.
        public var more: Int
        public var inputs: Int
    }

    /// Rows shown per target.
    static let tornadoRows = 5

    static func tornadoes(_ input: BriefingInput) -> [Tornado] {
        input.sensitivity.map { result in
            let moving = result.moving
            return Tornado(target: result.target.text, base: result.base, headline: result.headline(seeds: input.seeds),
                           rows: Array(moving.prefix(tornadoRows)), more: max(0, moving.count - tornadoRows),
                           inputs: result.rows.count)
        }
    }
}

extension BriefingHTML {
    /// The section, or nothing when no tornado was computed.
    static func tornadoSection(_ briefing: Briefing) -> String {
        guard !briefing.tornadoes.isEmpty else { return "" }
        var html = "<section>\n<div class=\"keep\">\n<h2>What the forecast rests on</h2>\n"
        html += "<p>Each input goes across its range while the others stay as documented, and the branch is replayed from its start: "
        html += "positions across their ±, saliences and capabilities ±10% and event magnitudes ×0.5–1.5 (both assumed), "
        html += "and the settlement model's structural choices. The light bar is the result with the input at its low end, "
        html += "the dark bar at its high end; the line is the result as documented.</p>\n</div>\n"
        for tornado in briefing.tornadoes {
            html += "<div class=\"keep\">\n<h3>\(XMLText.escape(tornado.target)): \(TornadoChart.figure(tornado.base)) as documented</h3>\n"
            html += "<p>\(XMLText.escape(tornado.headline))</p>\n"
            if !tornado.rows.isEmpty {
                html += "<table>\n<thead><tr><th>input</th><th>evidence</th><th class=\"num\">at low end</th><th></th>"
                html += "<th class=\"num\">at high end</th></tr></thead>\n<tbody>\n"
                let values = tornado.rows.flatMap { [$0.atLow, $0.atHigh] }.compactMap { $0 } + (tornado.base.map { [$0] } ?? [])
                let (lowest, highest) = (values.min() ?? 0, values.max() ?? 0)
                for row in tornado.rows {
                    html += "<tr><td>\(XMLText.escape(row.input.label))</td><td>\(XMLText.escape(row.input.evidence.phrase))</td>"
                    html += "<td class=\"num\">\(TornadoChart.figure(row.atLow))</td>"
                    html += "<td>\(bar(row, base: tornado.base, lowest: lowest, highest: highest))</td>"
                    html += "<td class=\"num\">\(TornadoChart.figure(row.atHigh))</td></tr>\n"
                }
                html += "</tbody>\n</table>\n"
            }
            if tornado.more > 0 { html += "<p class=\"meta\">\(tornado.more) more of the \(tornado.inputs) inputs move it less.</p>\n" }
            html += "</div>\n"
        }
        return html + "</section>\n"
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

extension BriefingMarkdown {
    /// The section, or nothing when no tornado was computed.
    static func tornadoSection(_ briefing: Briefing) -> String {
        guard !briefing.tornadoes.isEmpty else { return "" }
        var md = "\n## What the forecast rests on\n\n"
        md += "Each input across its range, the others as documented, the branch replayed from its start "
        md += "(positions across their ±; saliences and capabilities ±10% and event magnitudes ×0.5–1.5, both assumed; "
        md += "the settlement model's structural choices).\n"
        for tornado in briefing.tornadoes {
            md += "\n### \(tornado.target): \(TornadoChart.figure(tornado.base)) as documented\n\n\(tornado.headline)\n"
            if !tornado.rows.isEmpty {
                md += "\n| input | evidence | at low end | at high end | swing |\n|---|---|---|---|---|\n"
                for row in tornado.rows {
                    md += "| \(row.input.label) | \(row.input.evidence.phrase) | \(TornadoChart.figure(row.atLow)) | "
                    md += "\(TornadoChart.figure(row.atHigh)) | \(Figures.points(row.swing)) |\n"
                }
            }
            if tornado.more > 0 { md += "\n\(tornado.more) more of the \(tornado.inputs) inputs move it less.\n" }
        }
        return md
    }
}
