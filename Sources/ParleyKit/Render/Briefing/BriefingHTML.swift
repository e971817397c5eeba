/// The HTML briefing: one self-contained XHTML-compatible file with inline CSS and SVG, no
/// scripts and no external resources, laid out to print on A4 and Letter alike.
///
///     try AtomicFile.write(BriefingHTML.render(briefing), to: "class.html")
enum BriefingHTML {
    static func render(_ briefing: Briefing) -> String {
        var html = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
        html += "<meta charset=\"utf-8\"/>\n<title>\(e(briefing.title))</title>\n<style>\n\(style)</style>\n</head>\n<body>\n"
        html += "<header>\n<h1>\(e(briefing.title))</h1>\n"
        html += "<p class=\"meta\">Branch <b>\(e(briefing.branch))</b> · documented snapshot \(briefing.snapshotDate)"
        html += " · scenario date \(briefing.date) · \(briefing.steps.count) hypothetical step\(briefing.steps.count == 1 ? "" : "s")</p>\n"
        html += "<p class=\"meta\">Positions run from 0 to 100 on each issue's scale; the scales are listed with the charts."
        html += " Everything after the snapshot is hypothetical: events applied in a parley session, not reported facts.</p>\n</header>\n"
        if !briefing.notes.isEmpty {
            html += section("Notes", list(briefing.notes, tag: "ul"))
        }
        if let instructor = briefing.instructorNotes {
            let body = instructor.isEmpty ? "<p>No instructor notes in this scenario.</p>\n" : list(instructor, tag: "ul")
            html += section("Instructor notes", body, className: "instructor")
        }
        html += section("Documented baseline", baseline(briefing))
        html += section("Timeline of hypothetical events", steps(briefing))
        html += section("What moved", stances(briefing))
        let charts = charts(briefing)
        html += section("Positions over time", lead: charts.lead, charts.rest)
        html += section("Forecast", forecast(briefing))
        html += briefing.sections.map(section).joined()
        html += section("Why the largest moves happened", chains(briefing))
        html += briefing.closingSections.map(section).joined()
        if !briefing.questions.isEmpty {
            html += section("Discussion questions", list(briefing.questions, tag: "ol"))
        }
        html += section("Source documents", documents(briefing))
        html += section("Appendix: every stance before and after", allStances(briefing))
        html += "<footer><p class=\"meta\">Made by parley \(e(ParleyVersion.current)) from branch \(e(briefing.branch)).</p></footer>\n"
        html += "</body>\n</html>\n"
        return html
    }

    static let style = """
    @page { margin: 16mm 14mm; }
    body { font-family: Georgia, "Times New Roman", serif; font-size: 11pt; line-height: 1.4; color: #111; max-width: 190mm; margin: 0 auto; padding: 0 4mm; }
    h1 { font-size: 18pt; margin: 0.4em 0 0.2em; }
    h2 { font-size: 13pt; margin: 1.2em 0 0.4em; border-bottom: 1px solid #999; break-after: avoid; page-break-after: avoid; }
    h3 { font-size: 11pt; margin: 0.8em 0 0.2em; break-after: avoid; page-break-after: avoid; }
    .meta { color: #444; font-size: 9.5pt; margin: 0.2em 0; }
    table { border-collapse: collapse; width: 100%; font-family: "Helvetica Neue", Arial, sans-serif; font-size: 8.5pt; }
    thead { display: table-header-group; }
    th, td { border-bottom: 1px solid #ddd; padding: 2px 5px; text-align: left; vertical-align: top; }
    th { background: #f0f0f0; }
    td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    td.date { white-space: nowrap; }
    tr.moved td { background: #fff4d6; font-weight: bold; }
    tr, figure, .chain, li, .keep { break-inside: avoid; page-break-inside: avoid; }
    figure { margin: 0.6em 0 1em; }
    figcaption { font-size: 9.5pt; color: #333; }
    svg.chart { max-width: 100%; height: auto; font-family: "Helvetica Neue", Arial, sans-serif; }
    svg .grid { stroke: #ddd; stroke-width: 1; }
    svg .axis { stroke: #444; stroke-width: 1; }
    svg .tick { font-size: 11px; fill: #333; }
    svg .legend { font-size: 12px; fill: #111; }
    svg .endlabel { font-size: 10px; fill: #111; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
    .quote { font-style: italic; }
    .estimate { color: #555; }
    .instructor { border: 1px dashed #a33; padding: 0 0.8em 0.4em; }
    .chain ul { margin: 0.2em 0 0.6em; padding-left: 1.2em; font-size: 10pt; }
    a { color: #1a4d8f; }
    @media print { a { color: inherit; text-decoration: none; } body { max-width: none; padding: 0; } }

    """

    private static func e(_ text: String) -> String { XMLText.escape(text) }

    /// A section under a heading. `lead` is kept on one page with the heading: browsers honour
    /// "no break after a heading" only loosely, and a chart that moved to the next page left its
    /// heading alone at the foot of the last.
    private static func section(_ heading: String, lead: String = "", _ body: String, className: String? = nil) -> String {
        let attribute = className.map { " class=\"\($0)\"" } ?? ""
        return "<section\(attribute)>\n<div class=\"keep\">\n<h2>\(e(heading))</h2>\n\(lead)</div>\n\(body)</section>\n"
    }

    /// A ``BriefingSection`` under its heading, its lead kept with it.
    private static func section(_ added: BriefingSection) -> String {
        section(added.heading, lead: blocks(added.lead), blocks(added.blocks))
    }

    private static func list(_ items: [String], tag: String, print: BriefingSection.Print = .regular) -> String {
        "<\(tag)\(meta(print))>\n" + items.map { "<li>\(e($0))</li>\n" }.joined() + "</\(tag)>\n"
    }

    private static func meta(_ print: BriefingSection.Print) -> String {
        print == .small ? " class=\"meta\"" : ""
    }

    private static func table(_ header: [(String, Bool)], _ rows: [[String]]) -> String {
        var html = "<table>\n<thead><tr>"
        html += header.map { "<th\($0.1 ? " class=\"num\"" : "")>\(e($0.0))</th>" }.joined()
        html += "</tr></thead>\n<tbody>\n"
        for row in rows {
            html += "<tr>" + zip(header, row).map { "<td\($0.0.1 ? " class=\"num\"" : "")>\($0.1)</td>" }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// Already-escaped markup for a value's source.
    static func source(_ source: Briefing.Source) -> String {
        switch source {
        case .estimate(let reasoning):
            return "<span class=\"estimate\"><b>estimate</b>: \(e(reasoning))</span>"
        case .document(let document, let citation):
            var html = ""
            if let document {
                let title = "<cite>\(e(document.title))</cite>"
                if let url = document.url, url.hasPrefix("http://") || url.hasPrefix("https://") {
                    html += "<a href=\"\(e(url))\">\(title)</a>"
                } else {
                    html += title
                }
                html += [document.outlet, document.date.description].compactMap { $0 }.map { ", " + e($0) }.joined()
            } else {
                html += e(citation.document)
            }
            return html + ": <span class=\"quote\">\u{201C}\(e(citation.quote))\u{201D}</span>"
        }
    }

    private static func baseline(_ briefing: Briefing) -> String {
        var html = "<p>Starting positions from the documented snapshot of \(briefing.snapshotDate), each with its ± from the evidence, every band that ± reaches, and the document and a verbatim quote, or marked as an estimate with its reasoning.</p>\n"
        html += table([("actor", false), ("issue", false), ("position", true), ("±", true), ("band", false), ("source", false)],
                      briefing.baseline.map { [e($0.actor), e($0.issue), Figures.points($0.position), Figures.points($0.uncertainty),
                                               e($0.bands), source($0.source)] })
        return html
    }

    private static func steps(_ briefing: Briefing) -> String {
        guard !briefing.steps.isEmpty else {
            return "<p>No hypothetical events: the branch is still at its baseline.</p>\n"
        }
        var html = "<table>\n<thead><tr><th class=\"num\">step</th><th>date</th><th>what happened</th></tr></thead>\n<tbody>\n"
        for row in briefing.steps {
            html += "<tr><td class=\"num\">\(row.step)</td><td class=\"date\">\(row.date)</td><td>\(e(row.words))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// The positions that moved, highlighted, and the capabilities that changed; every
    /// stance is in the appendix.
    private static func stances(_ briefing: Briefing) -> String {
        let moved = briefing.stances.filter { Figures.points($0.before) != Figures.points($0.after) }
        var html = "<p>\(moved.count) of \(briefing.stances.count) positions moved between the baseline (\(briefing.snapshotDate)) and now (\(briefing.date)); the appendix lists every one.</p>\n"
        if !moved.isEmpty { html += stanceTable(moved, marksMoved: false) }
        if !briefing.capabilities.isEmpty {
            html += "<p>Capability, each actor's weight in the bargaining, changed for \(briefing.capabilities.count == 1 ? "one actor" : "\(briefing.capabilities.count) actors"):</p>\n"
            html += table([("actor", false), ("capability before", true), ("after", true), ("change", true)],
                          briefing.capabilities.map {
                              [e($0.actor), Figures.points($0.before), Figures.points($0.after),
                               e(Figures.arrow(Figures.rounded($0.after, 1) - Figures.rounded($0.before, 1)))]
                          })
        }
        return html
    }

    private static func allStances(_ briefing: Briefing) -> String {
        "<p>Each actor's position at the baseline (\(briefing.snapshotDate)) and now (\(briefing.date)); moved rows are highlighted.</p>\n"
            + stanceTable(briefing.stances, marksMoved: true)
    }

    private static func stanceTable(_ rows: [Briefing.StanceRow], marksMoved: Bool) -> String {
        var html = "<table>\n<thead><tr><th>actor</th><th>issue</th><th class=\"num\">before</th><th class=\"num\">after</th><th class=\"num\">change</th></tr></thead>\n<tbody>\n"
        for row in rows {
            let change = Figures.rounded(row.after, 1) - Figures.rounded(row.before, 1)
            let moved = marksMoved && change != 0
            html += "<tr\(moved ? " class=\"moved\"" : "")><td>\(e(row.actor))</td><td>\(e(row.issue))</td>"
            html += "<td class=\"num\">\(Figures.points(row.before))</td><td class=\"num\">\(Figures.points(row.after))</td>"
            html += "<td class=\"num\">\(e(Figures.arrow(change)))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// The charts, the introduction and first chart apart (they stay with the heading).
    private static func charts(_ briefing: Briefing) -> (lead: String, rest: String) {
        let figures = briefing.charts.map { chart in
            "<figure>\n<h3>\(e(chart.issue.id)): \(e(chart.issue.name))</h3>\n"
                + BriefingChart(chart: chart).render() + "\n"
                + "<figcaption>0 = \(e(chart.issue.zero)); 100 = \(e(chart.issue.hundred)).</figcaption>\n</figure>\n"
        }
        let introduction = "<p>One chart per issue. Steps are numbered as in the timeline; a position holds until a step moves it.</p>\n"
        return (introduction + (figures.first ?? ""), figures.dropFirst().joined())
    }

    private static func forecast(_ briefing: Briefing) -> String {
        var html = "<p>The coalition consensus on each issue: where the model's vote among the actors, weighted by capability and salience, leans from the current stances.</p>\n"
        var header = [("issue", false), ("most likely", true), ("band", false), ("held by", false), ("chance", true), ("consensus ± spread", true)]
        if briefing.simulation != nil { header += [("simulated p10", true), ("p50", true), ("p90", true)] }
        html += table(header, briefing.consensus.map { row in
            var cells = [e(row.issue), Figures.points(row.consensus.mostLikely), e(row.band), e(row.holders.joined(separator: ", ")),
                         Figures.share(row.consensus.options.first?.probability ?? 0),
                         "\(Figures.points(row.consensus.expected)) ± \(Figures.points(row.consensus.spread))"]
            if let band = row.simulated {
                cells += [Figures.points(band.p10), Figures.points(band.p50), Figures.points(band.p90)]
            } else if briefing.simulation != nil {
                cells += ["", "", ""]
            }
            return cells
        })
        if let simulation = briefing.simulation {
            html += "<p class=\"meta\">Simulated: \(simulation.runs) Monte Carlo runs, seed \(simulation.seed), drawing starting values from the seeds' uncertainty and replaying this branch.</p>\n"
        } else {
            html += "<p class=\"meta\">No simulation of this branch as it stands; run 'simulate N' before 'brief' to add bands.</p>\n"
        }
        return html
    }

    /// A ``BriefingSection``'s content, escaped; what is for Markdown only is left out.
    static func blocks(_ blocks: [BriefingSection.Block]) -> String {
        var html = ""
        for block in blocks {
            switch block {
            case .paragraph(let text, let print): html += "<p\(meta(print))>\(e(text))</p>\n"
            case .aside(let text): html += "<p class=\"meta\">\(e(text))</p>\n"
            case .subheading(let phrase): html += "<h3>" + phrase.rendered(text: e, code: { "<code>\(e($0))</code>" }) + "</h3>\n"
            case .list(let items, let print): html += list(items, tag: "ul", print: print)
            case .figure(let svg, let caption): html += "<figure>\n\(svg)\n<figcaption>\(e(caption))</figcaption>\n</figure>\n"
            case .commands(let caption, let lines):
                html += "<p class=\"keep\">\(e(caption))<br/>\n" + lines.map { "<code>\(e($0))</code>" }.joined(separator: "<br/>\n") + "</p>\n"
            case .together(let inner): html += "<div class=\"keep\">\n" + self.blocks(inner) + "</div>\n"
            case .only(let medium, let inner): if medium == .html { html += self.blocks(inner) }
            case .table(let columns, let rows):
                let shown = columns.indices.filter { columns[$0].onlyIn != .markdown }
                func attribute(_ column: BriefingSection.Column) -> String { column.isNumber ? " class=\"num\"" : "" }
                html += "<table>\n<thead><tr>"
                html += shown.map { "<th\(attribute(columns[$0]))>\(e(columns[$0].title))</th>" }.joined()
                html += "</tr></thead>\n<tbody>\n"
                for row in rows {
                    html += "<tr\(row.isMarked ? " class=\"moved\"" : "")>"
                    html += shown.filter { $0 < row.cells.count }.map { k in
                        "<td\(attribute(columns[k]))>\(columns[k].isDrawing ? row.cells[k] : e(row.cells[k]))</td>"
                    }.joined()
                    html += "</tr>\n"
                }
                html += "</tbody>\n</table>\n"
            }
        }
        return html
    }

    private static func documents(_ briefing: Briefing) -> String {
        var html = "<ul>\n"
        for document in briefing.documents {
            let title = "<cite>\(e(document.title))</cite>"
            html += "<li>"
            if let url = document.url, url.hasPrefix("http://") || url.hasPrefix("https://") {
                html += "<a href=\"\(e(url))\">\(title)</a>"
            } else {
                html += title
            }
            html += [document.outlet, document.author, document.date.description].compactMap { $0 }.map { ", " + e($0) }.joined()
            if let note = document.note { html += ". <span class=\"estimate\">\(e(note))</span>" }
            html += "</li>\n"
        }
        return html + "</ul>\n"
    }

    private static func chains(_ briefing: Briefing) -> String {
        guard !briefing.chains.isEmpty else {
            return "<p>No position has moved on this branch.</p>\n"
        }
        var html = "<p>The \(briefing.chains.count) position\(briefing.chains.count == 1 ? "" : "s") that moved most, as 'explain ACTOR ISSUE' shows them.</p>\n"
        for chain in briefing.chains {
            let stance = chain.stance
            html += "<div class=\"chain\">\n<h3>\(e(stance.actor)) on \(e(stance.issue)): \(Figures.points(stance.before)) → \(Figures.points(stance.after))</h3>\n"
            html += "<p>Start: \(source(chain.start))</p>\n<ul>\n"
            for line in ChainText.lines(chain) {
                html += "<li>\(e(line))</li>\n"
            }
            html += "</ul>\n"
            let reasons = ChainText.reasons(chain)
            if !reasons.isEmpty {
                html += "<p class=\"meta\">Why: " + reasons.map(e).joined(separator: " ") + "</p>\n"
            }
            html += "</div>\n"
        }
        return html
    }
}
