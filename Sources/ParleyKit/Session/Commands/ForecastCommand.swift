extension CommandSpec {
    /// `forecast [ISSUE]`: the coalition consensus per issue.
    static let forecast = CommandSpec(
        name: "forecast",
        usage: "forecast [ISSUE] [--json]",
        summary: "coalition consensus and each stance's chance",
        discussion: "Runs the model's Condorcet election on each issue: every actor votes with its capability for the stances it prefers. Shows each distinct stance's probability of prevailing, the most likely position, and the probability-weighted position, the coalition consensus (what 'expect forecast.ISSUE' tests), with its spread. --json prints every issue's options as JSON.",
        examples: ["forecast", "forecast territory", "forecast --json"],
        arguments: .lexed(ArgumentRules(positional: ["ISSUE"], flags: ["json"])),
        completion: .custom { session, before, partial in
            if partial.hasPrefix("-") { return ["--json"].filter { $0.hasPrefix(partial) } }
            return before.isEmpty ? (session.world?.seeds.issues.map(\.id) ?? []).filter { $0.hasPrefix(partial.lowercased()) } : []
        }
    ) { interpreter, call in
        let (world, branch) = try interpreter.requireBranch(call)
        let scenario = branch.scenario
        var chosen = Array(scenario.issues.indices)
        if let argument = call.positionals.first {
            chosen = [scenario.issueIndex(try interpreter.resolveIssue(argument.value!.text, call, at: argument).id)!]
        }
        if call.hasFlag("json") {
            interpreter.console.write(ForecastJSON.render(chosen.map { scenario.consensus(issue: $0) }, date: scenario.date))
            return
        }
        var text = ""
        for issueIndex in chosen {
            let consensus = scenario.consensus(issue: issueIndex)
            let issue = world.seeds.issues[issueIndex]
            text += "\(issue.id): most likely \(Figures.points(consensus.mostLikely)) (\(issue.band(for: consensus.mostLikely)?.label ?? "")),"
            text += " coalition consensus \(Figures.points(consensus.expected)) ± \(Figures.points(consensus.spread))\n"
            if chosen.count == 1 {
                let rows = consensus.options.map { ["  " + Figures.points($0.position), Figures.share($0.probability), $0.holders.joined(separator: ",")] }
                text += TextColumns.render([["  position", "chance", "held by"]] + rows)
                text += KnifeEdge.closeOptions(consensus).map { HelpText.wrap("note: " + $0, width: 92) + "\n" }.joined()
            }
        }
        interpreter.console.write(text)
    }
}
