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
        let (world, branch) = try interpreter.requireBranch(call)
        let move = try MoveReader(world: world, scenario: branch.scenario).turns(call)
        let outcome: MoveOutcome
        do throws(EventApplier.Failure) {
            outcome = try branch.scenario.performing(move, catalog: world.catalog, step: branch.steps.count + 1)
        } catch {
            throw MoveReader.failure(error, performing: move, call)
        }
        interpreter.record(outcome.step(command: call.scriptText))
        let played = Set(outcome.trace.map(\.cause)).count
        let notes = KnifeEdge.afterTurns(before: branch.scenario, after: outcome.scenario).map { HelpText.wrap("note: " + $0, width: 92) + "\n" }
        interpreter.console.write("\(outcome.scenario.date)  \(outcome.summary) (\(played) turn\(played == 1 ? "" : "s") moved someone)\n"
                                  + ChangeList.render(outcome.trace) + notes.joined())
    }
}
