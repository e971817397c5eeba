/// The briefing's search section: every `search` run on the branch, with the best sequences
/// found (as the lines that replay them), what seed value would have to differ, and what the
/// search did not explore. Absent when no search ran on the branch.
///
///     Briefing.searchSection(input)   // input.searches, as the session kept them
extension Briefing {
    /// How many sequences and seed values per search a briefing shows.
    static let searchPathsShown = 3
    static let searchRequirementsShown = 3

    /// One search as a briefing shows it: a heading line and paragraphs of plain text, with
    /// the replayable lines apart so each renderer can set them as code.
    public struct SearchBlock: Sendable {
        public var goal: String
        public var when: String
        public var summary: String
        /// Per sequence shown: a caption and its command lines.
        public var paths: [SearchPath]
        public var requirements: [String]
        public var notExplored: [String]
    }

    /// One sequence: a caption and the lines that replay it.
    public struct SearchPath: Sendable {
        public var caption: String
        public var commands: [String]
    }

    static func searchBlocks(_ input: BriefingInput) -> [SearchBlock] {
        input.searches.map { result in
            let when = "after step \(result.steps) of branch \(result.branch)"
            func shown(_ value: Double?) -> String { value.map(Figures.points) ?? "none" }
            var summary: String
            if result.alreadyMet {
                summary = "The goal already held (\(result.measure) was \(shown(result.startValue))): no event was needed."
            } else if result.found.isEmpty {
                summary = "No sequence of up to \(result.depth) events among those explored reached it "
                    + "(\(result.measure) was \(shown(result.startValue)); \(EventSearch.count(result.evaluated)) sequences evaluated)."
            } else {
                let length = result.found[0].commands.count
                summary = "\(EventSearch.count(result.foundCount)) distinct sequence\(result.foundCount == 1 ? "" : "s") of \(length) "
                    + "event\(length == 1 ? "" : "s") reached it (\(result.measure) was \(shown(result.startValue))); "
                    + "\(EventSearch.count(result.evaluated)) sequences evaluated. Ranked by \(SearchReport.costRule)."
            }
            if let note = result.packageNote { summary += " " + note }
            if result.cancelled { summary += " The search was stopped by Ctrl-C: this is the best it had found." }
            let paths = result.found.prefix(searchPathsShown).enumerated().map { index, path in
                SearchPath(caption: "\(index + 1). effort \(Figures.share(path.effort)), \(result.measure) \(shown(path.value))",
                           commands: path.commands)
            }
            let requirements = result.requirements.prefix(searchRequirementsShown).map { r in
                "\(r.input): \(SearchReport.number(r.from, r.kind)) → \(SearchReport.number(r.to, r.kind))"
                    + (r.relative.map { " (\(Figures.share($0)) × its ±)" } ?? " (no ± declared)")
            }
            return SearchBlock(goal: result.goal, when: when, summary: summary, paths: paths,
                               requirements: requirements, notExplored: result.pruning + result.requirementNotes)
        }
    }
}

extension BriefingHTML {
    /// The search section, or nothing when no search ran on the branch.
    static func searchSection(_ briefing: Briefing) -> String {
        guard !briefing.searches.isEmpty else { return "" }
        let e = XMLText.escape
        var html = "<section>\n<div class=\"keep\">\n<h2>What would reach a goal (search)</h2>\n</div>\n"
        for block in briefing.searches {
            html += "<h3>Goal <code>\(e(block.goal))</code>, \(e(block.when))</h3>\n<p>\(e(block.summary))</p>\n"
            for path in block.paths {
                html += "<p class=\"keep\">\(e(path.caption))<br/>\n"
                html += path.commands.map { "<code>\(e($0))</code>" }.joined(separator: "<br/>\n") + "</p>\n"
            }
            if !block.requirements.isEmpty {
                html += "<p>What would have to be true instead (one seed value, no events):</p>\n<ul>\n"
                html += block.requirements.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
            }
            html += "<p class=\"meta\">Not explored:</p>\n<ul class=\"meta\">\n"
            html += block.notExplored.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
        }
        return html + "</section>\n"
    }
}

extension BriefingMarkdown {
    /// The search section, or nothing when no search ran on the branch.
    static func searchSection(_ briefing: Briefing) -> String {
        guard !briefing.searches.isEmpty else { return "" }
        // Plain text in Markdown: characters that would start markup are escaped.
        func plain(_ text: String) -> String {
            var result = ""
            for character in text {
                if "\\`*_[]<>#|".contains(character) { result.append("\\") }
                result.append(character)
            }
            return result
        }
        var md = "\n## What would reach a goal (search)\n"
        for block in briefing.searches {
            md += "\n### Goal `\(block.goal)`, \(plain(block.when))\n\n\(plain(block.summary))\n"
            for path in block.paths {
                md += "\n\(plain(path.caption))\n\n" + path.commands.map { "    \($0)\n" }.joined()
            }
            if !block.requirements.isEmpty {
                md += "\nWhat would have to be true instead (one seed value, no events):\n\n"
                md += block.requirements.map { "- \(plain($0))\n" }.joined()
            }
            md += "\nNot explored:\n\n" + block.notExplored.map { "- \(plain($0))\n" }.joined()
        }
        return md
    }
}
