extension CommandSpec {
    /// `turns [N]`: bargaining among everyone.
    static let turns = CommandSpec(
        name: "turns",
        usage: "turns [N]",
        summary: "bargaining turns among all actors (to convergence)",
        discussion: "Plays the spatial bargaining model (KTAB's SMP) on every issue with every actor: each challenges where it expects to gain, bargains are struck, and each actor takes the bargain it values most. Without N, plays until the stances settle (at most 100 turns).",
        examples: ["turns", "turns 3"],
        arguments: .lexed(ArgumentRules(positional: ["N"])),
        recording: .always
    ) { interpreter, call in
        let (_, branch) = try interpreter.requireBranch(call)
        var count: Int?
        if let argument = call.positionals.first {
            guard case .number(let value, _) = argument.value!, value == value.rounded(), (1...100).contains(value) else {
                throw call.error("N must be a whole number from 1 to 100", at: argument)
            }
            count = Int(value)
        }
        var scenario = branch.scenario
        let trace = scenario.bargain(among: Array(scenario.actors.indices), issues: Array(scenario.issues.indices),
                                     turns: count, step: branch.steps.count + 1, cause: "turns")
        let played = trace.map { $0.cause }.reduce(into: Set<String>()) { $0.insert($1) }.count
        let summary = count.map { "\($0) bargaining turn\($0 == 1 ? "" : "s")" } ?? "bargaining to convergence"
        interpreter.record(Step(command: call.scriptText, summary: summary, after: scenario, trace: trace))
        guard !interpreter.console.discardsOutput else { return }
        let notes = KnifeEdge.afterTurns(before: branch.scenario, after: scenario).map { HelpText.wrap("note: " + $0, width: 92) + "\n" }
        interpreter.console.write("\(scenario.date)  \(summary) (\(played) turn\(played == 1 ? "" : "s") moved someone)\n" + ChangeList.render(trace) + notes.joined())
    }
}
