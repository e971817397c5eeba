extension Interpreter {
    /// The conflict for the current branch, or an error saying why there is none.
    func requireConflict(_ call: CommandCall) throws(Diagnostic) -> ConflictView {
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
        return ConflictView(talks: talks, framing: framing, analysis: analysis, current: current, statusQuo: statusQuo)
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
