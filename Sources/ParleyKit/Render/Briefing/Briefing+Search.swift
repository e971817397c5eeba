/// The briefing's search section: every `search` run on the branch, with the best sequences
/// found (as the lines that replay them), what seed value would have to differ, and what the
/// search did not explore. Absent when no search ran on the branch.
///
///     Briefing.searchSection(input)   // input.searches, as the session kept them
extension Briefing {
    /// How many sequences and seed values per search a briefing shows.
    static let searchPathsShown = 3
    static let searchRequirementsShown = 3

    @Sendable static func searchSection(_ input: BriefingInput) -> BriefingSection? {
        guard !input.searches.isEmpty else { return nil }
        return BriefingSection(heading: "What would reach a goal (search)", blocks: input.searches.flatMap(searchBlocks))
    }

    /// One search: its goal, what it found, the sequences as the lines that replay them, the
    /// seed values that would do instead, and what it left out.
    private static func searchBlocks(_ result: SearchResult) -> [BriefingSection.Block] {
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
        var blocks: [BriefingSection.Block] = [
            .subheading("Goal \(code: result.goal), after step \(String(result.steps)) of branch \(result.branch)"),
            .paragraph(summary),
        ]
        for (index, path) in result.found.prefix(searchPathsShown).enumerated() {
            blocks.append(.commands(caption: "\(index + 1). effort \(Figures.share(path.effort)), \(result.measure) \(shown(path.value))",
                                    lines: path.commands))
        }
        let requirements = result.requirements.prefix(searchRequirementsShown).map { r in
            "\(r.input): \(SearchReport.number(r.from, r.kind)) → \(SearchReport.number(r.to, r.kind))"
                + (r.relative.map { " (\(Figures.share($0)) × its ±)" } ?? " (no ± declared)")
        }
        if !requirements.isEmpty {
            blocks += [.paragraph("What would have to be true instead (one seed value, no events):"), .list(requirements)]
        }
        blocks += [.paragraph("Not explored:", .small), .list(result.pruning + result.requirementNotes, .small)]
        return blocks
    }
}
