extension CommandSpec {
    /// `compare A B`: two futures side by side.
    static let compare = CommandSpec(
        name: "compare",
        usage: "compare A B",
        summary: "two branches' stances side by side",
        examples: ["compare main squeeze"],
        arguments: .lexed(ArgumentRules(positional: ["A", "B"], required: 2)),
        completion: .custom { session, before, partial in
            before.count < 2 ? session.branches.map(\.name).filter { $0.hasPrefix(partial) } : []
        }
    ) { interpreter, call in
        _ = try interpreter.requireBranch(call)
        let first = interpreter.session.branches[try interpreter.branchIndex(call.positional(0)!.text, call, at: call.positionals[0])]
        let second = interpreter.session.branches[try interpreter.branchIndex(call.positional(1)!.text, call, at: call.positionals[1])]
        let a = first.scenario, b = second.scenario
        var rows: [[String]] = [["actor", "issue", first.name, second.name, "difference"]]
        for (actorIndex, actor) in a.actors.enumerated() {
            for (issueIndex, issue) in a.issues.enumerated() {
                let x = a.position(actor: actorIndex, issue: issueIndex), y = b.position(actor: actorIndex, issue: issueIndex)
                let difference = ChangeList.rounded(y, 1) - ChangeList.rounded(x, 1)
                rows.append([actor, issue, Figures.points(x), Figures.points(y), difference == 0 ? "" : Figures.change(difference)])
            }
        }
        interpreter.console.write("\(first.name) on \(a.date) against \(second.name) on \(b.date)\n" + TextColumns.render(rows))
    }
}
