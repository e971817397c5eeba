extension CommandSpec {
    /// `explain ACTOR ISSUE`: why a stance is what it is.
    static let explain = CommandSpec(
        name: "explain",
        usage: "explain ACTOR ISSUE|capability [--json] | explain settle ISSUE|package",
        summary: "why a stance is what it is, with its sources",
        discussion: "Starts from the loaded snapshot's value and its provenance (the document and quote, or the estimate's reasoning), then lists in order each recorded change to the actor's position and salience on the issue, with before and after values and the reason. 'explain ACTOR capability' does the same for the actor's capability, its weight in the bargaining. 'explain settle ISSUE' traces a settlement verdict to its terms: who must sign, which bound each signatory sets, its ideal, expected no-deal outcome and cost with their provenance, the no-deal point, and what the branch changed; 'explain settle package' does the same for the package, with its red lines. --json gives an actor's chain (or capability) as one JSON object.",
        examples: ["explain RU territory", "explain ukraine humanitarian", "explain RU capability", "explain settle ceasefire", "explain RU sanctions --json"],
        arguments: .lexed(ArgumentRules(positional: ["ACTOR", "ISSUE"], required: 2, flags: ["json"])),
        completion: .custom { session, before, partial in
            guard let seeds = session.world?.seeds else { return [] }
            if before.isEmpty { return ValueCompletion.names(seeds.actors.map(\.id) + ["settle"], aliases: seeds.actors.flatMap(\.aliases), partial) }
            guard before.count == 1 else { return [] }
            if before[0].lowercased() == "settle" { return ValueCompletion.names(seeds.issues.map(\.id) + ["package"], aliases: [], partial) }
            return ValueCompletion.names(seeds.issues.map(\.id) + ["capability"], aliases: seeds.issues.flatMap(\.aliases), partial)
        }
    ) { interpreter, call in
        let (world, branch) = try interpreter.requireBranch(call)
        if call.positional(0)!.text.lowercased() == "settle", world.seeds.actor(named: "settle") == nil {
            try SettleExplanation.run(interpreter, call, world: world, branch: branch)
            return
        }
        let actor = try interpreter.resolveActor(call.positional(0)!.text, call, at: call.positionals[0])
        if call.positional(1)!.text.lowercased() == "capability", world.seeds.issue(named: "capability") == nil {
            if call.hasFlag("json") {
                interpreter.console.write(ExplainJSON.capability(actor, branch: branch))
                return
            }
            interpreter.console.write(CapabilityExplanation.render(actor, branch: branch, width: interpreter.tableWidth))
            return
        }
        let issue = try interpreter.resolveIssue(call.positional(1)!.text, call, at: call.positionals[1])
        let snapshot = world.seeds.snapshot(onOrBefore: branch.snapshotDate) ?? world.seeds.latest
        let stance = snapshot.stance(actor: actor.id, issue: issue.id)!
        // A change too small to show at the figures' precision is no change to the reader.
        let entries = branch.history(actor: actor.id, issue: issue.id).filter {
            Figures.rounded($0.before, $0.quantity.decimals) != Figures.rounded($0.after, $0.quantity.decimals)
        }
        if call.hasFlag("json") {
            interpreter.console.write(ExplainJSON.stance(actor: actor.id, issue: issue, stance: stance, snapshot: snapshot.date,
                                                         branch: branch, seeds: world.seeds, changes: entries))
            return
        }
        let scenario = branch.scenario
        let a = scenario.actorIndex(actor.id)!, i = scenario.issueIndex(issue.id)!
        var text = "\(actor.id) on \(issue.id): position \(Figures.points(scenario.position(actor: a, issue: i)))"
        text += " (\(issue.band(for: scenario.position(actor: a, issue: i))?.label ?? "off the scale")),"
        text += " salience \(Figures.share(scenario.salience(actor: a, issue: i))) on \(scenario.date), branch \(branch.name)\n\n"
        text += "Start, snapshot \(snapshot.date):\n"
        text += "  position \(Figures.points(stance.position.value)): \(ProvenanceText.line(stance.position.provenance))\n"
        text += "  salience \(Figures.share(stance.salience.value)): \(ProvenanceText.line(stance.salience.provenance))\n"
        if entries.isEmpty {
            text += "\nNothing on this branch has moved it.\n"
        } else {
            text += "\nChanges:\n"
            for entry in entries {
                text += "  step \(entry.step) (\(entry.date)) \(entry.cause): \(entry.changeText)\n"
                text += HelpText.wrap(entry.reason, width: min(70, interpreter.tableWidth - 6)).split(separator: "\n").map { "      " + $0 }.joined(separator: "\n") + "\n"
            }
        }
        interpreter.console.write(text)
    }
}
