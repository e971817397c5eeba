/// `models`: the three views side by side, one row per shared question, then a line on each
/// disagreement. At 80 columns and more a table; narrower, a block per question.
///
///     ModelsText.render(comparison, view: view, date: scenario.date, width: 80)
///     // option        question            SMP        settlement    GMCR
///     // ru-ceasefire  ceasefire below 55  25.1 yes   Nash 55.6 no  no 0/2
enum ModelsText {
    static func render(_ comparison: ModelComparison, view: ConflictView, date: CalendarDate, width: Int) -> String {
        var text = "\(date): SMP, the settlement and GMCR (\(comparison.concept.label) equilibria) on the questions they share"
        text += " (conflict framed at \(view.framing.date), now state \(view.current + 1) \(view.graph.optionText(of: view.current)))\n\n"
        if width >= 80 {
            var rows = [["option", "question", "SMP", "settlement", "GMCR"]]
            for row in comparison.rows {
                rows.append([row.option, "\(row.issue) \(row.threshold)",
                             "\(Figures.points(row.consensus)) \(yes(row.consensusTakes))", settlementCell(row), gmcrCell(row)])
            }
            text += TextColumns.render(rows)
            text += "\nyes or no: whether the view takes the option. SMP: the coalition consensus. settlement: the Nash point"
            text += " of the deal space, or the no-deal point when there is none. GMCR: equilibria that take it.\n"
        } else {
            for row in comparison.rows {
                text += "\(row.option): \(row.issue) \(row.threshold)\n"
                text += TextColumns.render([
                    ["  SMP", "consensus \(Figures.points(row.consensus)), \(taken(row.consensusTakes))"],
                    ["  settlement", settlementWords(row)],
                    ["  GMCR", gmcrWords(row)],
                ])
            }
        }
        let notes = comparison.rows.compactMap { row in row.note.map { "  \(row.option): \($0)\n" } }
        text += notes.isEmpty ? "\nThe views agree on every shared question.\n" : "\nwhere they disagree:\n" + notes.joined()
        return text
    }

    private static func yes(_ value: Bool) -> String { value ? "yes" : "no" }
    private static func taken(_ value: Bool) -> String { value ? "taken" : "not taken" }

    private static func settlementCell(_ row: ModelComparison.Row) -> String {
        switch row.settlement {
        case .deal(_, _, let nash): "Nash \(Figures.points(nash)) \(yes(row.settlementTakes == true))"
        case .noDeal(let point, _): "no deal \(Figures.points(point)) \(yes(row.settlementTakes == true))"
        case .notModelled: "not modelled"
        }
    }

    private static func settlementWords(_ row: ModelComparison.Row) -> String {
        switch row.settlement {
        case .deal(let lower, let upper, let nash):
            "deal \(Figures.points(lower))–\(Figures.points(upper)), Nash point \(Figures.points(nash)), \(taken(row.settlementTakes == true))"
        case .noDeal(let point, let gap):
            "no deal (gap \(Figures.points(gap))), no-deal point \(Figures.points(point)), \(taken(row.settlementTakes == true))"
        case .notModelled: "not modelled (no signatories)"
        }
    }

    private static func gmcrCell(_ row: ModelComparison.Row) -> String {
        switch row.gmcr {
        case .noEquilibrium: "no equilibrium"
        case .taken: "yes \(row.equilibriaTaking)/\(row.equilibria)"
        case .notTaken: "no \(row.equilibriaTaking)/\(row.equilibria)"
        case .open: "open \(row.equilibriaTaking)/\(row.equilibria)"
        }
    }

    private static func gmcrWords(_ row: ModelComparison.Row) -> String {
        row.gmcr == .noEquilibrium ? "no equilibrium"
            : "\(row.gmcr.rawValue) (\(row.equilibriaTaking) of \(row.equilibria) equilibria take it)"
    }
}
