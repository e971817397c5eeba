extension CommandSpec {
    /// `apply EVENT key=value…`: a hypothetical event, now.
    static let apply = CommandSpec(
        name: "apply",
        usage: "apply EVENT [key=value…]",
        summary: "apply a hypothetical event now; show what moved",
        discussion: "Applies an event type from the catalog ('events' lists them) on the branch's current date. Parameters not given take their defaults. Each effect is recorded with its reason, for 'explain'. Events with a deadline (an ultimatum) schedule their consequence; 'advance' moves the clock to it.",
        examples: ["apply sanctions by=EU target=RU severity=0.7", "apply summit between=US,RU", "apply ultimatum by=US target=RU days=50d"],
        arguments: .lexed(ArgumentRules(positional: ["EVENT"], required: 1, keys: nil)),
        completion: .custom { session, before, partial in
            guard let catalog = session.world?.catalog else { return [] }
            if before.isEmpty { return catalog.types.map(\.id).filter { $0.hasPrefix(partial.lowercased()) } }
            guard let type = catalog.type(named: before[0]) else { return [] }
            let given = Set(before.compactMap { $0.split(separator: "=").first.map(String.init) })
            return type.parameters.map(\.name).filter { !given.contains($0) && $0.hasPrefix(partial.lowercased()) }.map { $0 + "=" }
        },
        recording: .always
    ) { interpreter, call in
        let (world, branch) = try interpreter.requireBranch(call)
        let argument = call.positionals[0]
        guard let type = world.catalog.type(named: argument.value!.text) else {
            throw call.error("unknown event type '\(argument.value!.text)'", at: argument,
                             suggestion: Suggestion.closest(to: argument.value!.text, in: world.catalog.allNames))
        }
        let arguments = try EventArguments(interpreter: interpreter, call: call, type: type).read(call.options)
        var scenario = branch.scenario
        let applier = EventApplier(catalog: world.catalog, step: branch.steps.count + 1)
        let trace: [TraceEntry]
        do throws(EventApplier.Failure) {
            trace = try applier.apply(type, arguments: arguments, to: &scenario)
        } catch {
            throw call.error("cannot apply '\(type.id)': \(error.message)", at: argument)
        }
        let written = type.parameters.map { "\($0.name)=\(arguments[$0.name]!)" }.joined(separator: " ")
        interpreter.record(Step(command: call.scriptText, summary: "\(type.id) \(written)",
                                after: scenario, trace: trace))
        guard !interpreter.console.discardsOutput else { return }
        var text = "\(scenario.date)  \(type.id) \(written)  (CAMEO \(type.cameo), Goldstein \(Figures.change(type.goldstein)))\n"
        text += ChangeList.render(trace)
        for event in scenario.scheduled where !branch.scenario.scheduled.contains(event) {
            text += "  scheduled: \(event.type) on \(event.date)" + (event.conditionText.map { " unless \($0)" } ?? "") + "\n"
        }
        interpreter.console.write(text)
    }
}
