/// The text of a stability analysis: each state's option vector, who is stable there under
/// each concept, and the equilibria.
///
///     decision makers: 1 Prisoner 1, 2 Prisoner 2
///     state  options  Nash  GMR  SMR  SEQ
///         1  NN       12*   12*  12*  12*
///         2  YN       ·2    12   12   12
///     …
///     equilibria (stable for every decision maker, marked *):
///       Nash  1
///
/// A cell lists the decision makers (by number) for whom the state is stable; `·` marks one
/// who would move.
public enum StabilityReport {
    public static func render(_ analysis: StabilityAnalysis) -> String {
        let graph = analysis.graph
        let makers = graph.conflict.decisionMakers
        var text = "options: " + graph.conflict.options.enumerated().map { index, option in
            "\(index + 1) \(option.name)" + (option.direction == .both ? "" : " (\(option.direction.rawValue))")
        }.joined(separator: ", ") + "\n"
        text += "decision makers: " + makers.enumerated().map { "\($0.offset + 1) \($0.element.name)" }.joined(separator: ", ") + "\n"
        text += "sanctions: " + ruleText(analysis.rule) + "\n\n"
        var rows = [["state", "options"] + StabilityConcept.allCases.map(\.label)]
        for state in 0..<graph.stateCount {
            var row = [String(state + 1), graph.optionText(of: state)]
            for concept in StabilityConcept.allCases {
                row.append(cell(analysis, concept, state))
            }
            rows.append(row)
        }
        text += TableText(rows: rows).render(layout: TableText.Layout(rightAligned: [0], trims: [0x20, 0x09]))
        text += "\nequilibria (stable for every decision maker, marked *):\n"
        text += equilibria(analysis)
        return text
    }

    /// "  Nash  7, 8" per concept.
    public static func equilibria(_ analysis: StabilityAnalysis) -> String {
        TextColumns.render(StabilityConcept.allCases.map { concept in
            let states = analysis.equilibria(concept)
            return ["  " + concept.label, states.isEmpty ? "none" : states.map { String($0 + 1) }.joined(separator: ", ")]
        })
    }

    static func ruleText(_ rule: SanctionRule) -> String {
        switch rule {
        case .literature: "any sequence of opponents' moves, no one twice in a row (Fang, Hipel & Kilgour 1993)"
        case .once: "each opponent moves at most once, in any order"
        case .single: "one move by one opponent (as GMCR+'s solver checks)"
        }
    }

    static func cell(_ analysis: StabilityAnalysis, _ concept: StabilityConcept, _ state: Int) -> String {
        let count = analysis.graph.decisionMakerCount
        let separator = count > 9 ? " " : ""
        let marks = (0..<count).map { analysis.isStable(concept, maker: $0, state: state) ? String($0 + 1) : "·" }
        return marks.joined(separator: separator) + (analysis.isEquilibrium(concept, state: state) ? "*" : "")
    }
}
