/// `explain settle ISSUE|package`: a settlement verdict traced to its terms and their sources.
///
///     explain settle ceasefire
///     explain settle package
enum SettleExplanation {
    static func run(_ interpreter: Interpreter, _ call: CommandCall, world: World, branch: Branch) throws(Diagnostic) {
        let scenario = branch.scenario
        let argument = call.positionals[1]
        guard scenario.settlement.isModelled else {
            throw call.error("no settlement model for \(scenario.date): the seeds have no settlement.yaml terms for this snapshot", at: argument)
        }
        let snapshot = world.seeds.snapshot(onOrBefore: branch.snapshotDate) ?? world.seeds.latest
        if argument.value!.text.lowercased() == "package" {
            guard let package = scenario.settlePackage() else { throw call.error("settlement.yaml names no package of issues", at: argument) }
            interpreter.console.write(SettlementExplanation.package(package, scenario: scenario, seeds: world.seeds, snapshot: snapshot,
                                                                    branch: branch.name, trace: branch.trace, width: interpreter.tableWidth))
            return
        }
        let issue = try interpreter.resolveIssue(argument.value!.text, call, at: argument)
        guard let result = scenario.settle(issue: scenario.issueIndex(issue.id)!) else {
            throw call.error("\(issue.id) has no signatories in settlement.yaml, so it has no deal space", at: argument)
        }
        interpreter.console.write(SettlementExplanation.issue(result, issue: issue, scenario: scenario, seeds: world.seeds, snapshot: snapshot,
                                                              branch: branch.name, trace: branch.trace, width: interpreter.tableWidth,
                                                              package: result.isConditionalOnPackage ? scenario.settlePackage() : nil))
    }
}
