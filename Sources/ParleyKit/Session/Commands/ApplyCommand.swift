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
        let move = try MoveReader(world: world, scenario: branch.scenario).apply(call)
        guard case .apply(let event, _) = move, let type = world.catalog.type(named: event) else { return }
        let outcome: MoveOutcome
        do throws(EventApplier.Failure) {
            outcome = try branch.scenario.performing(move, catalog: world.catalog, step: branch.steps.count + 1)
        } catch {
            throw MoveReader.failure(error, performing: move, call)
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
