extension CommandSpec {
    /// `compare A B [--json]`: two futures side by side.
    static let compare = CommandSpec(
        name: "compare",
        usage: "compare A B [--all] [--json]",
        summary: "two branches' stances side by side",
        discussion: "Lists the positions that differ between branch A and branch B, with the change from A to B as an arrow and a number (↑3.5). The first line counts the positions that differ; --all lists every position, blank where they agree. --json prints every row as JSON.",
        examples: ["compare main squeeze", "compare main squeeze --all", "compare main squeeze --json"],
        arguments: .lexed(ArgumentRules(positional: ["A", "B"], required: 2, flags: ["json", "all"])),
        completion: .custom { session, before, partial in
            if partial.hasPrefix("-") { return ["--all", "--json"].filter { $0.hasPrefix(partial) } }
            return before.count < 2 ? session.branches.map(\.name).filter { $0.hasPrefix(partial) } : []
        }
    ) { interpreter, call in
        _ = try interpreter.requireBranch(call)
        let first = interpreter.session.branches[try interpreter.branchIndex(call.positional(0)!.text, call, at: call.positionals[0])]
        let second = interpreter.session.branches[try interpreter.branchIndex(call.positional(1)!.text, call, at: call.positionals[1])]
        let diff = BranchDiff(first: BranchDiff.Side(label: first.name, scenario: first.scenario),
                              second: BranchDiff.Side(label: second.name, scenario: second.scenario))
        interpreter.console.write(call.hasFlag("json") ? diff.json() : diff.render(all: call.hasFlag("all")))
    }
}
