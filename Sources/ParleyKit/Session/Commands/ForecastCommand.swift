extension CommandSpec {
    /// `forecast [ISSUE]`: the coalition consensus per issue.
    static let forecast = CommandSpec(
        name: "forecast",
        usage: "forecast [ISSUE] [--json]",
        summary: "the settlement (deal or no deal) beside the coalition consensus",
        discussion: "Leads each issue with the settlement model's answer (see settle): a deal space and its Nash point, or no deal and who blocks. Beneath it, the coalition consensus: the model's Condorcet election on the issue, where every actor votes with its capability for the stances it prefers and nobody has to sign. One line says where the two disagree. With one issue it shows each distinct stance's probability of prevailing; the consensus's most likely stance and the probability-weighted consensus (what 'expect forecast.ISSUE' tests) and its spread. --json prints every issue's options as JSON.",
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
        let package = scenario.settlePackage()
        for issueIndex in chosen {
            let consensus = scenario.consensus(issue: issueIndex)
            let issue = world.seeds.issues[issueIndex]
            text += SettlementText.forecast(scenario.settle(issue: issueIndex), consensus: consensus, issue: issue, package: package)
            if chosen.count == 1 {
                let rows = consensus.options.map { ["    " + Figures.points($0.position), Figures.share($0.probability), $0.holders.joined(separator: ",")] }
                text += TextColumns.render([["    position", "chance", "held by"]] + rows)
                text += KnifeEdge.closeOptions(consensus).map { HelpText.wrap("note: " + $0, width: 92) + "\n" }.joined()
            }
        }
        interpreter.console.write(text)
    }
}
