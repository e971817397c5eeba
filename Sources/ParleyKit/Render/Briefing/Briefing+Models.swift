/// The briefing's side-by-side view of the three models (the `models` command's table), on
/// the branch as it stands.
extension Briefing {
    @Sendable static func modelsSection(_ input: BriefingInput) -> BriefingSection? {
        guard let comparison = input.models, !comparison.rows.isEmpty else { return nil }
        let rows = comparison.rows.map { row in
            BriefingSection.Row([
                "\(row.name) (\(row.issue) \(row.threshold))",
                "\(Figures.points(row.consensus)): \(yes(row.consensusTakes))",
                settlementCell(row),
                gmcrCell(row),
            ], marked: !row.agree)
        }
        let notes = comparison.rows.compactMap { row in row.note.map { "\(row.name): \($0)." } }
        var blocks: [BriefingSection.Block] = [
            .paragraph("Three models read the same stances. The coalition consensus (SMP) says where the bargaining leans; "
                       + "the settlement model says whether there is a deal every signatory would sign, and where; the Graph Model "
                       + "(GMCR) says which outcomes are stable, given who can move what and who can punish a move. "
                       + "Each row is a yes-or-no question the three share; rows where they part are highlighted."),
            .table([.text("question"), .number("SMP consensus"), .text("settlement"), .text("GMCR (\(comparison.concept.label))")], rows),
            .aside("settlement: the Nash point of the deal space, or the no-deal point (facts on the ground) when no deal is signed by all. "
                   + "GMCR: how many of its equilibria take the option."),
        ]
        blocks.append(notes.isEmpty ? .paragraph("The three views agree on every shared question.")
                                    : .subheading("Where they disagree"))
        if !notes.isEmpty { blocks.append(.list(notes)) }
        return BriefingSection(heading: "Three views on the shared questions", blocks: blocks)
    }

    private static func yes(_ value: Bool) -> String { value ? "yes" : "no" }

    private static func settlementCell(_ row: ModelComparison.Row) -> String {
        switch row.settlement {
        case .deal(let lower, let upper, let nash):
            "deal \(Figures.points(lower))–\(Figures.points(upper)), Nash \(Figures.points(nash)): \(yes(row.settlementTakes == true))"
        case .noDeal(let point, _): "no deal, stays at \(Figures.points(point)): \(yes(row.settlementTakes == true))"
        case .notModelled: "not modelled"
        }
    }

    private static func gmcrCell(_ row: ModelComparison.Row) -> String {
        switch row.gmcr {
        case .noEquilibrium: "no equilibrium"
        case .taken: "yes (\(row.equilibriaTaking) of \(row.equilibria) stable states)"
        case .notTaken: "no (0 of \(row.equilibria) stable states)"
        case .open: "open (\(row.equilibriaTaking) of \(row.equilibria) stable states)"
        }
    }
}
