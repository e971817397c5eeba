extension CommandSpec {
    /// `paths [--concept C]`: status-quo analysis, from the current state to the equilibria.
    static let paths = CommandSpec(
        name: "paths",
        usage: "paths [--concept C] [sanctions=RULE] [--json]",
        summary: "GMCR: how the conflict can move from now to its equilibria",
        discussion: "Status-quo analysis of the Graph Model: from the branch's current state, the shortest sequence of unilateral improvements (each decision maker moving its own options to a state it prefers) to each equilibrium it can reach, and the equilibria it cannot. Paths stop at equilibria. Nash by default; --concept C picks another concept's equilibria. sanctions= as in 'stability'.",
        examples: ["paths", "paths --concept gmr", "paths --json"],
        arguments: .lexed(ArgumentRules(positional: ["C"], keys: ["sanctions"], flags: ["concept", "json"])),
        completion: .custom { _, before, partial in Interpreter.conflictCompletion(before, partial, positional: []) }
    ) { interpreter, call in
        let context = try interpreter.requireConflict(call)
        let concept = try interpreter.concept(call, positional: 0, fallback: .nash)
        let paths = StatusQuoPaths(context.analysis, from: context.current, concept: concept)
        if call.hasFlag("json") {
            interpreter.console.write(ConflictJSON.paths(paths, context: context))
            return
        }
        interpreter.console.write(ConflictText.paths(paths, context: context))
    }
}
