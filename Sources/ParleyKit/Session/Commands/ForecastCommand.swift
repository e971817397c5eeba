extension CommandSpec {
    /// `forecast [ISSUE]`: likely settlements.
    static let forecast = CommandSpec(
        name: "forecast",
        usage: "forecast [ISSUE] [--json]",
        summary: "likely settlement and each stance's chance",
        discussion: "Runs the model's Condorcet election on each issue: every actor votes with its capability for the stances it prefers. Shows each distinct stance's probability of prevailing, the most likely settlement, the probability-weighted settlement (what 'expect forecast.ISSUE' tests) and its spread. --json prints every issue's options as JSON.",
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
            interpreter.console.write(ForecastJSON.render(chosen.map { scenario.forecast(issue: $0) }, date: scenario.date))
            return
        }
        var text = ""
        for issueIndex in chosen {
            let forecast = scenario.forecast(issue: issueIndex)
            let issue = world.seeds.issues[issueIndex]
            text += "\(issue.id): most likely \(Figures.points(forecast.mostLikely)) (\(issue.band(for: forecast.mostLikely)?.label ?? "")),"
            text += " expected \(Figures.points(forecast.expected)) ± \(Figures.points(forecast.spread))\n"
            if chosen.count == 1 {
                let rows = forecast.options.map { ["  " + Figures.points($0.position), Figures.share($0.probability), $0.holders.joined(separator: ",")] }
                text += TextColumns.render([["  position", "chance", "held by"]] + rows)
                text += KnifeEdge.closeOptions(forecast).map { HelpText.wrap("note: " + $0, width: 92) + "\n" }.joined()
            }
        }
        interpreter.console.write(text)
    }
}
