/// The Markdown briefing: the same sections as the HTML one, with each issue's chart given as a
/// table of positions per step instead of SVG, so it reads in any Markdown viewer.
///
///     try AtomicFile.write(BriefingMarkdown.render(briefing), to: "class.md")
enum BriefingMarkdown {
    static func render(_ briefing: Briefing) -> String {
        var md = "# \(inline(briefing.title))\n\n"
        md += "Branch **\(inline(briefing.branch))** · documented snapshot \(briefing.snapshotDate) · scenario date \(briefing.date)"
        md += " · \(briefing.steps.count) hypothetical step\(briefing.steps.count == 1 ? "" : "s")\n\n"
        md += "Everything after the snapshot is hypothetical: events applied in a parley session, not reported facts.\n"
        if !briefing.notes.isEmpty {
            md += "\n## Notes\n\n" + briefing.notes.map { "- \(inline($0))\n" }.joined()
        }
        if let instructor = briefing.instructorNotes {
            md += "\n## Instructor notes\n\n"
            md += instructor.isEmpty ? "No instructor notes in this scenario.\n" : instructor.map { "- \(inline($0))\n" }.joined()
        }

        md += "\n## Documented baseline\n\nStarting positions from the documented snapshot of \(briefing.snapshotDate).\n\n"
        md += table(["actor", "issue", "position", "±", "band", "source"],
                    briefing.baseline.map { [inline($0.actor), inline($0.issue), Figures.points($0.position),
                                             Figures.points($0.uncertainty), inline($0.bands), source($0.source)] })

        md += "\n## Timeline of hypothetical events\n\n"
        md += briefing.steps.isEmpty ? "No hypothetical events: the branch is still at its baseline.\n"
            : table(["step", "date", "what happened"], briefing.steps.map { ["\($0.step)", $0.date.description, inline($0.words)] })

        let moved = briefing.stances.filter { Figures.points($0.before) != Figures.points($0.after) }
        md += "\n## What moved\n\n\(moved.count) of \(briefing.stances.count) positions moved; the appendix lists every one.\n\n"
        if !moved.isEmpty {
            md += table(["actor", "issue", "before", "after", "change"], moved.map {
                [inline($0.actor), inline($0.issue), Figures.points($0.before), Figures.points($0.after),
                 Figures.arrow(Figures.rounded($0.after, 1) - Figures.rounded($0.before, 1))]
            })
        }
        if !briefing.capabilities.isEmpty {
            md += "\nCapability changed:\n\n" + table(["actor", "before", "after"], briefing.capabilities.map {
                [inline($0.actor), Figures.points($0.before), Figures.points($0.after)]
            })
        }

        md += "\n## Appendix: every stance before and after\n\n"
        md += table(["actor", "issue", "before", "after", "change"], briefing.stances.map {
            [inline($0.actor), inline($0.issue), Figures.points($0.before), Figures.points($0.after),
             Figures.arrow(Figures.rounded($0.after, 1) - Figures.rounded($0.before, 1))]
        })

        md += "\n## Positions over time\n\nOne table per issue (the HTML briefing draws these as charts); step 0 is the baseline.\n"
        for chart in briefing.charts {
            md += "\n### \(inline(chart.issue.id)): \(inline(chart.issue.name))\n\n"
            md += "0 = \(inline(chart.issue.zero)); 100 = \(inline(chart.issue.hundred)).\n\n"
            md += table(["step", "date"] + chart.series.map(\.actor), chart.dates.indices.map { k in
                ["\(k)", chart.dates[k].description] + chart.series.map { Figures.points($0.values[k]) }
            })
        }

        md += "\n## Forecast\n\n"
        var header = ["issue", "most likely", "band", "held by", "chance", "consensus ± spread"]
        if briefing.simulation != nil { header += ["simulated p10", "p50", "p90"] }
        md += table(header, briefing.consensus.map { row in
            var cells = [cell(row.issue), Figures.points(row.consensus.mostLikely), cell(row.band), cell(row.holders.joined(separator: ", ")),
                         Figures.share(row.consensus.options.first?.probability ?? 0),
                         "\(Figures.points(row.consensus.expected)) ± \(Figures.points(row.consensus.spread))"]
            if briefing.simulation != nil {
                cells += row.simulated.map { [Figures.points($0.p10), Figures.points($0.p50), Figures.points($0.p90)] } ?? ["", "", ""]
            }
            return cells
        })
        if let simulation = briefing.simulation {
            md += "\nSimulated: \(simulation.runs) Monte Carlo runs, seed \(simulation.seed).\n"
        }
        md += briefing.sections.map(section).joined()

        md += "\n## Why the largest moves happened\n\n"
        if briefing.chains.isEmpty { md += "No position has moved on this branch.\n" }
        for chain in briefing.chains {
            let stance = chain.stance
            md += "### \(inline(stance.actor)) on \(inline(stance.issue)): \(Figures.points(stance.before)) → \(Figures.points(stance.after))\n\n"
            md += "Start: \(source(chain.start))\n\n"
            for line in ChainText.lines(chain) { md += "- \(inline(line))\n" }
            let reasons = ChainText.reasons(chain)
            if !reasons.isEmpty { md += "\nWhy: " + reasons.map(inline).joined(separator: " ") + "\n" }
            md += "\n"
        }

        md += briefing.closingSections.map(section).joined()
        if !briefing.questions.isEmpty {
            md += "\n## Discussion questions\n\n"
            md += briefing.questions.enumerated().map { "\($0.offset + 1). \(inline($0.element))\n" }.joined()
        }
        md += "\n## Source documents\n\n"
        for document in briefing.documents {
            var line = "- *\(inline(document.title))*"
            if let url = document.url, url.hasPrefix("http://") || url.hasPrefix("https://") {
                line = "- [*\(inline(document.title))*](<\(url.replacingOccurrences(of: ">", with: "%3E"))>)"
            }
            line += [document.outlet, document.author, document.date.description].compactMap { $0 }.map { ", " + inline($0) }.joined()
            if let note = document.note { line += ". \(inline(note))" }
            md += line + "\n"
        }
        return md
    }

    /// One line of text: newlines folded, Markdown's active characters escaped (`#` only where
    /// it would start a heading).
    static func inline(_ text: String) -> String {
        text.first == "#" ? "\\" + cell(text) : cell(text)
    }

    /// Text in a table cell, where no character starts a line: as ``inline(_:)``, `#` kept.
    static func cell(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\n", "\r": result += " "
            case "\\", "*", "_", "`", "[", "]", "<", ">", "|": result += "\\" + String(character)
            default: result.append(character)
            }
        }
        return result
    }

    static func source(_ source: Briefing.Source) -> String {
        switch source {
        case .estimate(let reasoning):
            return "*estimate*: \(inline(reasoning))"
        case .document(let document, let citation):
            var text: String
            if let document {
                text = "*\(inline(document.title))*"
                if let url = document.url, url.hasPrefix("http://") || url.hasPrefix("https://") {
                    text = "[\(text)](<\(url.replacingOccurrences(of: ">", with: "%3E").replacingOccurrences(of: "|", with: "%7C"))>)"
                }
                text += [document.outlet, document.date.description].compactMap { $0 }.map { ", " + inline($0) }.joined()
            } else {
                text = inline(citation.document)
            }
            return text + ": \u{201C}\(inline(citation.quote))\u{201D}"
        }
    }

    /// A ``BriefingSection`` under its heading, its lead first.
    private static func section(_ added: BriefingSection) -> String {
        "\n## \(inline(added.heading))\n\n" + blocks(added.lead + added.blocks)
    }

    /// A ``BriefingSection``'s content, one blank line between blocks; a marked row is set in
    /// bold, a figure keeps its caption, and what is for HTML only is left out.
    static func blocks(_ blocks: [BriefingSection.Block]) -> String {
        var md = ""
        for (index, block) in flattened(blocks).enumerated() {
            if index > 0 { md += "\n" }
            switch block {
            case .paragraph(let text, _): md += inline(text) + "\n"
            case .aside(let text): md += "*\(inline(text))*\n"
            case .subheading(let phrase): md += "### " + phrase.rendered(text: inline, code: { "`\($0)`" }) + "\n"
            case .list(let items, _): md += items.map { "- \(inline($0))\n" }.joined()
            case .figure(_, let caption): md += "\(inline(caption)) (drawn in the HTML briefing)\n"
            case .commands(let caption, let lines): md += inline(caption) + "\n\n" + lines.map { "    \($0)\n" }.joined()
            case .together, .only: break
            case .table(let columns, let rows):
                let shown = columns.indices.filter { columns[$0].onlyIn != .html }
                md += table(shown.map { columns[$0].title }, rows.map { row in
                    shown.filter { $0 < row.cells.count }.map { row.cells[$0] }.map {
                        row.isMarked && !$0.isEmpty ? "**\(cell($0))**" : cell($0)
                    }
                })
            }
        }
        return md
    }

    /// Markdown has no page to keep blocks together on: a group is its blocks, and what is for
    /// HTML only goes.
    private static func flattened(_ blocks: [BriefingSection.Block]) -> [BriefingSection.Block] {
        blocks.flatMap { block -> [BriefingSection.Block] in
            switch block {
            case .together(let inner): flattened(inner)
            case .only(let medium, let inner): medium == .markdown ? flattened(inner) : []
            default: [block]
            }
        }
    }

    private static func table(_ header: [String], _ rows: [[String]]) -> String {
        var md = "| " + header.map(cell).joined(separator: " | ") + " |\n"
        md += "|" + header.map { _ in "---|" }.joined() + "\n"
        // Cells arrive escaped: a source cell carries its own emphasis and link.
        for row in rows {
            md += "| " + row.joined(separator: " | ") + " |\n"
        }
        return md
    }
}
