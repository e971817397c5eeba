/// What the Graph Model commands share: the talks' conflict as framed at the branch's
/// snapshot, analysed, with the branch's current state.
struct ConflictContext {
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

extension Interpreter {
    /// The conflict for the current branch, or an error saying why there is none.
    func requireConflict(_ call: CommandCall) throws(Diagnostic) -> ConflictContext {
        let (world, branch) = try requireBranch(call)
        guard let talks = world.seeds.conflict, let framing = talks.framing(onOrBefore: branch.snapshotDate) else {
            throw call.error("these seeds have no Graph Model: add \(SeedAssembler.conflictFile) to the seed folder (see docs/SEEDS.md)")
        }
        var rule = SanctionRule.literature
        if let argument = call.option("sanctions") {
            let text = argument.value?.text ?? ""
            guard let parsed = SanctionRule(rawValue: text.lowercased()) else {
                throw call.error("unknown sanction rule '\(text)': expected literature, once or single", at: argument,
                                 suggestion: Suggestion.closest(to: text, in: SanctionRule.allCases.map(\.rawValue)))
            }
            rule = parsed
        }
        let graph: ConflictGraph
        do {
            graph = try talks.conflict(for: framing).graph()
        } catch {
            throw call.error("the conflict cannot be analysed: \(error.message)")
        }
        let analysis = StabilityAnalysis(graph: graph, rule: rule)
        // The loader guarantees the status quo is feasible; an event can still land on an infeasible vector.
        let statusQuo = graph.state(withValue: talks.statusQuoValue(framing))!
        let value = talks.value(of: branch.scenario, in: framing)
        guard let current = graph.state(withValue: value) else {
            throw call.error("the events applied on this branch lead to an infeasible combination of options")
        }
        return ConflictContext(talks: talks, framing: framing, analysis: analysis, current: current, statusQuo: statusQuo)
    }

    /// `--concept C` (or a bare C at `index`), else `fallback`.
    func concept(_ call: CommandCall, positional index: Int, fallback: StabilityConcept) throws(Diagnostic) -> StabilityConcept {
        let list = call.positionals
        guard index < list.count, let text = list[index].value?.text else {
            if call.hasFlag("concept") { throw call.error("--concept needs a concept: nash, gmr, smr or seq") }
            return fallback
        }
        guard let concept = StabilityConcept(rawValue: text.lowercased()) else {
            throw call.error("unknown concept '\(text)': expected nash, gmr, smr or seq", at: list[index],
                             suggestion: Suggestion.closest(to: text.lowercased(), in: StabilityConcept.allCases.map(\.rawValue)))
        }
        return concept
    }

    static func conflictCompletion(_ before: [String], _ partial: String, positional: [String]) -> [String] {
        if partial.hasPrefix("-") { return ["--concept", "--json"].filter { $0.hasPrefix(partial) } }
        if partial.lowercased().hasPrefix("sanctions=") {
            return SanctionRule.allCases.map { "sanctions=" + $0.rawValue }.filter { $0.hasPrefix(partial.lowercased()) }
        }
        var offered = ["sanctions="]
        if before.last == "--concept" || before.allSatisfy({ $0.hasPrefix("-") || $0.contains("=") }) {
            offered = StabilityConcept.allCases.map(\.rawValue) + offered + positional
        }
        return offered.filter { $0.hasPrefix(partial.lowercased()) }
    }
}
