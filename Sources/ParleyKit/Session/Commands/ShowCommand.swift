extension CommandSpec {
    /// `show [ACTOR or ISSUE] [--json]`: the stance table of the current branch.
    static let show = CommandSpec(
        name: "show",
        usage: "show [ACTOR or ISSUE] [--json]",
        summary: "stance table: position, band, salience and sources",
        discussion: "Shows every stance, one actor's, or one issue's, as they stand now on the current branch. Until an event or turn moves a value it carries its seed provenance: the document's number and the quote, or 'estimate'. A moved value says what it moved from; 'explain ACTOR ISSUE' tells why. --json prints the same rows as JSON for piping.",
        examples: ["show", "show RU", "show territory --json"],
        arguments: .lexed(ArgumentRules(positional: ["ACTOR or ISSUE"], flags: ["json"])),
        completion: .custom { session, before, partial in
            if partial.hasPrefix("-") { return ["--json"].filter { $0.hasPrefix(partial) } }
            guard before.isEmpty, let seeds = session.world?.seeds else { return [] }
            return (seeds.actors.map(\.id) + seeds.issues.map(\.id))
                .filter { $0.lowercased().hasPrefix(partial.lowercased()) }
        }
    ) { interpreter, call in
        let (world, branch) = try interpreter.requireBranch(call)
        let seeds = world.seeds
        var selection = StanceSelection.all
        if let argument = call.positionals.first {
            let name = argument.value!.text
            guard let found = seeds.selection(named: name) else {
                throw call.error("'\(name)' is neither an actor nor an issue", at: argument,
                                 suggestion: seeds.closestName(to: name))
            }
            selection = found
        }
        let snapshot = seeds.snapshot(onOrBefore: branch.snapshotDate) ?? seeds.latest
        let scenario = branch.scenario
        let rows = StanceView.rows(seeds, snapshot: snapshot, scenario: scenario, selection: selection)
        if call.hasFlag("json") {
            let label = branch.steps.isEmpty ? snapshot.label : "branch \(branch.name), \(branch.steps.count) step\(branch.steps.count == 1 ? "" : "s") after snapshot \(snapshot.date)"
            interpreter.console.write(StanceJSON.render(rows, date: scenario.date, label: label))
        } else {
            var title = "Stances on \(scenario.date)"
            if branch.steps.isEmpty {
                title += " (\(snapshot.label))"
            } else {
                title += ", branch \(branch.name), \(branch.steps.count) step\(branch.steps.count == 1 ? "" : "s") after snapshot \(snapshot.date)"
            }
            interpreter.console.write(StanceTable.render(rows, title: title, width: interpreter.tableWidth))
        }
    }
}
