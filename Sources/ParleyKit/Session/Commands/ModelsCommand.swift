extension CommandSpec {
    /// `models [--concept C] [--json]`: SMP, the settlement and GMCR side by side on the questions they share.
    static let models = CommandSpec(
        name: "models",
        usage: "models [--concept C] [sanctions=RULE] [--json]",
        summary: "the views side by side on shared questions, with where they disagree",
        discussion: "For each Graph Model option tied to an issue (seeds/conflict.yaml gives the issue and where on its scale the option counts as taken), SMP's coalition consensus on the issue (the probability-weighted vote, as 'forecast' shows it), the settlement (the Nash point of the deal space every signatory signs, or the no-deal point when there is none, as 'settle' shows it) and GMCR: whether the option is taken in all, none or some of the equilibria (Nash by default, or --concept C). Each says whether it takes the option; a one-line note on each disagreement names who takes it, who does not, and why the odd view says what it says. An issue with no signatories has no settlement view.",
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
        interpreter.console.write(ModelsText.render(comparison, view: view, date: branch.scenario.date, width: interpreter.tableWidth))
    }
}
