/// The talks' conflict as framed at one snapshot, analysed, with a branch's current state:
/// what `stability`, `paths`, `inverse` and `models` show.
///
///     view.label(view.current)   // "1 NNNNN (no option taken)"
struct ConflictView {
    var talks: TalksConflict
    var framing: TalksConflict.Framing
    var analysis: StabilityAnalysis
    /// The branch's state now (status quo moved by applied events), 0-based.
    var current: Int
    var statusQuo: Int

    var graph: ConflictGraph { analysis.graph }

    /// "17 NNNNY (us-sanctions)": number, option vector, options taken.
    func label(_ state: Int) -> String {
        let taken = talks.options.indices.filter { (graph.values[state] >> $0) & 1 == 1 }.map { talks.options[$0].id }
        return "\(state + 1) \(graph.optionText(of: state)) (" + (taken.isEmpty ? "no option taken" : taken.joined(separator: ", ")) + ")"
    }

    /// The options a move changes: "us-sanctions N→Y".
    func change(from: Int, to: Int) -> String {
        let differ = graph.values[from] ^ graph.values[to]
        return talks.options.indices.filter { (differ >> $0) & 1 == 1 }.map { index in
            talks.options[index].id + ((graph.values[to] >> index) & 1 == 1 ? " N→Y" : " Y→N")
        }.joined(separator: ", ")
    }
}

