extension CommandSpec {
    /// `show [ACTOR or ISSUE] [--diff [BRANCH]] [--json]`: the stance table of the current branch.
    static let show = CommandSpec(
        name: "show",
        usage: "show [NAME] [--diff [BRANCH] [--all]] [--json]",
        summary: "stances: position, change, band, sources",
        discussion: "NAME is an actor or an issue. Shows every stance, one actor's, or one issue's, as they stand now on the current branch. Until an event or turn moves a value it carries its seed provenance: the document's number and the quote, or 'estimate'. A moved value says what it moved from, and the change column gives its move since the branch's baseline as an arrow and a number (↑3.5); 'explain ACTOR ISSUE' tells why. --diff sets the positions that moved beside the baseline's; --diff BRANCH beside another branch's (the word after --diff is a branch when one has that name); --all with --diff lists every position. --json prints the same rows as JSON for piping.",
        examples: ["show", "show RU", "show territory --json", "show --diff", "show RU --diff squeeze"],
        arguments: .lexed(ArgumentRules(positional: ["ACTOR or ISSUE", "BRANCH"], flags: ["json", "diff", "all"])),
        completion: .custom { session, before, partial in
            if partial.hasPrefix("-") { return ["--diff", "--all", "--json"].filter { $0.hasPrefix(partial) } }
            if before.last == "--diff" { return session.branches.map(\.name).filter { $0.hasPrefix(partial) } }
            guard before.isEmpty, let seeds = session.world?.seeds else { return [] }
            return ValueCompletion.names(seeds.actors.map(\.id) + seeds.issues.map(\.id),
                                         aliases: seeds.actors.flatMap(\.aliases) + seeds.issues.flatMap(\.aliases), partial)
        }
    ) { interpreter, call in
        let (world, branch) = try interpreter.requireBranch(call)
        let seeds = world.seeds
        var words = call.positionals
        // With --diff, the word right after it names a branch if one has that name.
        var other: Branch?
        if call.hasFlag("diff"), let flag = call.arguments.firstIndex(where: { $0.kind == .flag("diff") }),
           flag + 1 < call.arguments.count, case .positional(let value) = call.arguments[flag + 1].kind,
           let found = interpreter.session.branches.first(where: { $0.name == value.text }) {
            other = found
            words.removeAll { $0 == call.arguments[flag + 1] }
        }
        if words.count > 1 {
            let message = call.hasFlag("diff")
                ? "no branch named '\(words[1].value!.text)'"
                : "a second word is read only after --diff, as a branch; usage: show [NAME] [--diff [BRANCH]]"
            throw call.error(message, at: words[1],
                             suggestion: call.hasFlag("diff") ? Suggestion.closest(to: words[1].value!.text, in: interpreter.session.branches.map(\.name)) : nil)
        }
        var selection = StanceSelection.all
        if let argument = words.first {
            let name = argument.value!.text
            guard let found = seeds.selection(named: name) else {
                let branchSuggestion = call.hasFlag("diff") ? Suggestion.closest(to: name, in: interpreter.session.branches.map(\.name)) : nil
                throw call.error("'\(name)' is neither an actor nor an issue\(call.hasFlag("diff") ? " nor a branch" : "")", at: argument,
                                 suggestion: seeds.closestName(to: name) ?? branchSuggestion)
            }
            selection = found
        }
        let json = call.hasFlag("json")
        if call.hasFlag("diff") {
            let reference = other.map { BranchDiff.Side(label: $0.name, scenario: $0.scenario) }
                ?? BranchDiff.Side(label: "baseline", scenario: branch.baseline)
            let diff = BranchDiff(first: reference, second: BranchDiff.Side(label: branch.name, scenario: branch.scenario))
            interpreter.console.write(json ? diff.json(selection) : diff.render(selection, all: call.hasFlag("all")))
            return
        }
        let snapshot = seeds.snapshot(onOrBefore: branch.snapshotDate) ?? seeds.latest
        let scenario = branch.scenario
        let rows = StanceView.rows(seeds, snapshot: snapshot, scenario: scenario, baseline: branch.baseline, selection: selection)
        if json {
            let label = branch.steps.isEmpty ? snapshot.label : "branch \(branch.name), \(branch.steps.count) step\(branch.steps.count == 1 ? "" : "s") after snapshot \(snapshot.date)"
            let capabilities = zip(scenario.actors, scenario.capabilities).map { (actor: $0, value: $1) }
            interpreter.console.write(StanceJSON.render(rows, date: scenario.date, label: label, capabilities: capabilities))
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
