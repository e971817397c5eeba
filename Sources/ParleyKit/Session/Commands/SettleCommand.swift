extension CommandSpec {
    /// `settle [ISSUE | --package] [--json]`: the deal space per issue or across the package.
    static let settle = CommandSpec(
        name: "settle",
        usage: "settle [ISSUE | --package] [--json]",
        summary: "deal space per issue or across issues, with who blocks",
        discussion: "A settlement needs its signatories (seeds/settlement.yaml). Each signs an outcome it values at least as much as the no-deal outcome it expects over the horizon, less its cost of continuing, with the SMP core's utility. Shows, per issue, each signatory's acceptable range, the no-deal point now and as each expects it, and the deal space with its Nash point (weights from capability) or the gap and who blocks. --package bargains over the seeds' package of issues at once, where trades across issues can open a deal. docs/MODEL.md has the equations.",
        examples: ["settle", "settle territory", "settle --package", "settle humanitarian --json"],
        arguments: .lexed(ArgumentRules(positional: ["ISSUE"], flags: ["package", "json"])),
        completion: .custom { session, before, partial in
            if partial.hasPrefix("-") { return ["--package", "--json"].filter { $0.hasPrefix(partial) } }
            return before.isEmpty ? (session.world?.seeds.issues.map(\.id) ?? []).filter { $0.hasPrefix(partial.lowercased()) } : []
        }
    ) { interpreter, call in
        let (world, branch) = try interpreter.requireBranch(call)
        let scenario = branch.scenario
        guard scenario.settlement.isModelled else {
            throw call.error("no settlement model for \(scenario.date): the seeds have no settlement.yaml terms for this snapshot")
        }
        let issues = world.seeds.issues
        if let argument = call.positionals.first {
            if call.hasFlag("package") {
                throw call.error("give an issue or --package, not both", at: argument)
            }
            let issue = try interpreter.resolveIssue(argument.value!.text, call, at: argument)
            let index = scenario.issueIndex(issue.id)!
            guard let result = scenario.settle(issue: index) else {
                throw call.error("\(issue.id) has no signatories in settlement.yaml, so it has no deal space", at: argument)
            }
            if call.hasFlag("json") {
                interpreter.console.write(SettlementJSON.render(issues: [result], package: nil, date: scenario.date,
                                                                horizonDays: scenario.settlement.horizonDays))
            } else {
                interpreter.console.write(SettlementText.detail(result, issue: issue, scenario: scenario,
                                                                package: result.isConditionalOnPackage ? scenario.settlePackage() : nil))
            }
            return
        }
        if call.hasFlag("package") {
            guard let package = scenario.settlePackage() else {
                throw call.error("settlement.yaml names no package of issues")
            }
            if call.hasFlag("json") {
                interpreter.console.write(SettlementJSON.render(issues: [], package: package, date: scenario.date,
                                                                horizonDays: scenario.settlement.horizonDays))
            } else {
                interpreter.console.write(SettlementText.packageDetail(package, issues: issues, scenario: scenario,
                                                                       width: interpreter.tableWidth))
            }
            return
        }
        if call.hasFlag("json") {
            let results = scenario.issues.indices.compactMap { scenario.settle(issue: $0) }
            interpreter.console.write(SettlementJSON.render(issues: results, package: scenario.settlePackage(), date: scenario.date,
                                                            horizonDays: scenario.settlement.horizonDays))
        } else {
            interpreter.console.write(SettlementText.summary(scenario, issues: issues))
        }
    }
}
