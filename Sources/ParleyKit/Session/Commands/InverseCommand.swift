extension CommandSpec {
    /// `inverse STATE [--concept C]`: which ranking changes would make STATE an equilibrium.
    static let inverse = CommandSpec(
        name: "inverse",
        usage: "inverse STATE [--concept C] [sanctions=RULE] [--json]",
        summary: "GMCR: what preferences would make a state an equilibrium",
        discussion: "Inverse analysis of the Graph Model. STATE is a state number (as 'stability --json' lists them) or an option vector such as YNNNY (option 1 first). For each decision maker, the least promotion of STATE in its own ranking that makes STATE stable for it under the concept (Nash by default, or --concept C), and the states it would have to stop preferring; the changed conflict is analysed again to confirm STATE is then an equilibrium. sanctions= as in 'stability'.",
        examples: ["inverse 2", "inverse YNNNN --concept gmr", "inverse 2 --json"],
        arguments: .lexed(ArgumentRules(positional: ["STATE", "C"], required: 1, keys: ["sanctions"], flags: ["concept", "json"])),
        completion: .custom { session, before, partial in
            if before.isEmpty, !partial.hasPrefix("-") { return [] }
            return Interpreter.conflictCompletion(before, partial, positional: [])
        }
    ) { interpreter, call in
        let context = try interpreter.requireConflict(call)
        let argument = call.positionals[0]
        let text = argument.value?.text ?? ""
        let graph = context.graph
        var state: Int?
        if let number = Int(text) {
            guard (1...graph.stateCount).contains(number) else {
                throw call.error("no state \(number): the states are 1 to \(graph.stateCount)", at: argument)
            }
            state = number - 1
        } else if text.count == graph.conflict.options.count, text.uppercased().allSatisfy({ $0 == "Y" || $0 == "N" }) {
            let value = text.uppercased().enumerated().reduce(0) { $1.element == "Y" ? $0 | 1 << $1.offset : $0 }
            guard let found = graph.state(withValue: value) else {
                throw call.error("\(text.uppercased()) is an infeasible combination of options", at: argument)
            }
            state = found
        }
        guard let state else {
            throw call.error("expected a state number (1 to \(graph.stateCount)) or an option vector of \(graph.conflict.options.count) Y/N letters, found '\(text)'", at: argument)
        }
        let concept = try interpreter.concept(call, positional: 1, fallback: .nash)
        let inverse = InverseAnalysis(context.analysis, state: state, concept: concept)
        if call.hasFlag("json") {
            interpreter.console.write(ConflictJSON.inverse(inverse, context: context))
            return
        }
        interpreter.console.write(ConflictText.inverse(inverse, context: context))
    }
}
