/// `parley gmcr FILE --json` and `stability --json`: every state's stability and the equilibria.
///
///     {"states": [{"state": 1, "options": "NN", "stable": {"nash": ["Prisoner 1", "Prisoner 2"], …}}, …],
///      "equilibria": {"nash": [1], "gmr": [1, 4], "smr": [1, 4], "seq": [1, 4]}}
///
/// States are GMCR+'s 1-based numbers; option vectors list option 1 first.
public enum StabilityJSON {
    public static func render(_ analysis: StabilityAnalysis) -> String {
        let s = StanceJSON.string
        let graph = analysis.graph
        let names = graph.conflict.decisionMakers.map(\.name)
        var text = "{\"states\": ["
        for state in 0..<graph.stateCount {
            text += state == 0 ? "\n  " : ",\n  "
            text += "{\"state\": \(state + 1), \"options\": \(s(graph.optionText(of: state))), \"stable\": {"
            text += StabilityConcept.allCases.map { concept in
                "\"\(concept.rawValue)\": [" + analysis.stableMakers(concept, state: state).map { s(names[$0]) }.joined(separator: ", ") + "]"
            }.joined(separator: ", ")
            text += "}}"
        }
        text += "\n], \"equilibria\": {"
        text += StabilityConcept.allCases.map { concept in
            "\"\(concept.rawValue)\": [" + analysis.equilibria(concept).map { String($0 + 1) }.joined(separator: ", ") + "]"
        }.joined(separator: ", ")
        return text + "}}\n"
    }
}
