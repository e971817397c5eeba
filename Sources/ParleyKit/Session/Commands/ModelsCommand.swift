extension CommandSpec {
    /// `models [--concept C] [--json]`: SMP and GMCR side by side on the questions they share.
    static let models = CommandSpec(
        name: "models",
        usage: "models [--concept C] [sanctions=RULE] [--json]",
        summary: "the views side by side on shared questions, with where they disagree",
        discussion: "For each Graph Model option tied to an issue (seeds/conflict.yaml gives the issue and where on its scale the option counts as taken), SMP's coalition consensus on the issue (the probability-weighted vote, as 'forecast' shows it) beside GMCR: whether the option is taken in all, none or some of the equilibria (Nash by default, or --concept C). A one-line note explains each disagreement. The settlement view joins when the settlement model is on this build.",
        examples: ["models", "models --concept gmr", "models --json"],
        arguments: .lexed(ArgumentRules(positional: ["C"], keys: ["sanctions"], flags: ["concept", "json"])),
        completion: .custom { _, before, partial in Interpreter.conflictCompletion(before, partial, positional: []) }
    ) { interpreter, call in
        let view = try interpreter.requireConflict(call)
        let (_, branch) = try interpreter.requireBranch(call)
        let concept = try interpreter.concept(call, positional: 0, fallback: .nash)
        let comparison = ModelComparison(view: view, scenario: branch.scenario, concept: concept)
        if call.hasFlag("json") {
            interpreter.console.write(ConflictJSON.models(comparison, date: branch.scenario.date))
            return
        }
        interpreter.console.write(ConflictText.models(comparison, view: view, date: branch.scenario.date))
    }
}
