extension CommandSpec {
    /// `apply EVENT key=value…`: a hypothetical event, now.
    static let apply = CommandSpec(
        name: "apply",
        usage: "apply EVENT [key=value…]",
        summary: "apply a hypothetical event now; show what moved",
        discussion: "Applies an event type from the catalog ('events' lists them) on the branch's current date. Parameters not given take their defaults. Each effect is recorded with its reason, for 'explain'. Events with a deadline (an ultimatum) schedule their consequence; 'advance' moves the clock to it.",
        examples: ["apply sanctions by=EU target=RU severity=0.7", "apply summit between=US,RU", "apply ultimatum by=US target=RU days=50d"],
        arguments: .lexed(ArgumentRules(positional: ["EVENT"], required: 1, keys: nil)),
        completion: .custom(ValueCompletion.apply),
        recording: .always
    ) { interpreter, call in
        let (world, branch) = try interpreter.requireBranch(call)
        let argument = call.positionals[0]
        guard let type = world.catalog.type(named: argument.value!.text) else {
            throw call.error("unknown event type '\(argument.value!.text)'", at: argument,
                             suggestion: Suggestion.closest(to: argument.value!.text, in: world.catalog.allNames))
        }
        let arguments = try EventArgumentReader(interpreter: interpreter, call: call, type: type).read(call.options)
        let outcome: MoveOutcome
        do throws(EventApplier.Failure) {
            outcome = try branch.scenario.performing(.apply(event: type.id, arguments: arguments), catalog: world.catalog,
                                                     step: branch.steps.count + 1)
        } catch {
            throw call.error("cannot apply '\(type.id)': \(error.message)", at: argument)
        }
        interpreter.record(outcome.step(command: call.scriptText))
        let scenario = outcome.scenario
        var text = "\(scenario.date)  \(outcome.summary)  (CAMEO \(type.cameo), Goldstein \(Figures.change(type.goldstein)))\n"
        text += ChangeList.render(outcome.trace)
        for event in scenario.scheduled where !branch.scenario.scheduled.contains(event) {
            text += "  scheduled: \(event.type) on \(event.date)" + (event.conditionText.map { " unless \($0)" } ?? "") + "\n"
        }
        interpreter.console.write(text)
    }
}
