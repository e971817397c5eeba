extension CommandSpec {
    /// `stability [--concept C] [--json]`: the Graph Model's equilibria for the current branch.
    static let stability = CommandSpec(
        name: "stability",
        aliases: ["gmcr"],
        usage: "stability [--concept C] [sanctions=RULE] [--json]",
        summary: "GMCR: the conflict's equilibria and the current state's stability",
        discussion: "Analyses the Graph Model of the talks (seeds/conflict.yaml) as framed at the branch's snapshot: options per decision maker, preferences by option prioritisation, and the state the branch is in now (the status quo, moved by applied events that set an option). Shows who would stay at the current state under Nash, GMR, SMR and SEQ, and the equilibria (states stable for every decision maker) per concept, or under one concept with --concept C. sanctions=literature (default: any sequence of opponents' moves, no one twice in a row), once (each opponent at most once) or single (one move by one opponent, as GMCR+'s solver). --json prints every state's stability and the equilibria.",
        examples: ["stability", "stability --concept gmr", "stability sanctions=once", "stability --json"],
        arguments: .lexed(ArgumentRules(positional: ["C"], keys: ["sanctions"], flags: ["concept", "json"])),
        completion: .custom { _, before, partial in Interpreter.conflictCompletion(before, partial, positional: []) }
    ) { interpreter, call in
        let context = try interpreter.requireConflict(call)
        let chosen: [StabilityConcept] = call.positionals.isEmpty && !call.hasFlag("concept")
            ? StabilityConcept.allCases : [try interpreter.concept(call, positional: 0, fallback: .nash)]
        if call.hasFlag("json") {
            interpreter.console.write(ConflictJSON.stability(context.analysis, talks: context.talks,
                                                             date: context.framing.date, current: context.current))
            return
        }
        interpreter.console.write(ConflictText.stability(context, concepts: chosen))
    }
}
