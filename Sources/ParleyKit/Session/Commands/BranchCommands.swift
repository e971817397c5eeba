extension CommandSpec {
    /// `branch NAME`: fork the current branch.
    static let branch = CommandSpec(
        name: "branch",
        usage: "branch NAME | branch --rename OLD NEW | branch --delete NAME",
        summary: "copy this branch as an alternative future; rename or delete one",
        discussion: "'branch NAME' copies the current branch, its steps and notes, and moves to the copy. --rename gives a branch a new name (the current one too); --delete removes a branch other than the current one, for good.",
        examples: ["branch squeeze", "branch summit-first", "branch --rename squeeze sanctions", "branch --delete summit-first"],
        arguments: .lexed(ArgumentRules(positional: ["NAME", "NEW"], required: 1, flags: ["rename", "delete"])),
        completion: .custom { session, before, partial in
            if partial.hasPrefix("-") { return ["--rename", "--delete"].filter { $0.hasPrefix(partial) } }
            let naming = before.contains("--rename") || before.contains("--delete")
            return naming && before.count == 1 ? session.branches.map(\.name).filter { $0.hasPrefix(partial) } : []
        },
        recording: .always
    ) { interpreter, call in
        if call.hasFlag("rename") { return try interpreter.renameBranch(call) }
        if call.hasFlag("delete") { return try interpreter.deleteBranch(call) }
        if call.positionals.count > 1 {
            throw call.error("'branch' takes one NAME; did you mean --rename?", at: call.positionals[1])
        }
        let from = try interpreter.requireBranch(call).1
        let argument = call.positionals[0]
        let name = argument.value!.text
        try interpreter.checkNewBranchName(name, call, at: argument)
        do throws(Session.Refusal) {
            try interpreter.session.fork(as: name)
        } catch {
            throw call.error("a session holds at most \(Session.maximumBranches) branches", at: argument)
        }
        interpreter.console.write("Branch \(name) starts from \(from.name) (\(from.steps.count) step\(from.steps.count == 1 ? "" : "s")); now on \(name).\n")
    }

    /// `switch NAME`: work on another branch.
    static let switchBranch = CommandSpec(
        name: "switch",
        usage: "switch NAME",
        summary: "work on another branch",
        examples: ["switch main"],
        arguments: .lexed(ArgumentRules(positional: ["NAME"], required: 1)),
        completion: .custom { session, before, partial in
            before.isEmpty ? session.branches.map(\.name).filter { $0.hasPrefix(partial) } : []
        },
        recording: .always
    ) { interpreter, call in
        _ = try interpreter.requireBranch(call)
        let argument = call.positionals[0]
        let index = try interpreter.branchIndex(argument.value!.text, call, at: argument)
        let branch = interpreter.session.branches[index]
        try? interpreter.session.switchTo(branch.name)
        interpreter.console.write("Now on \(branch.name) (\(branch.scenario.date), \(branch.steps.count) step\(branch.steps.count == 1 ? "" : "s")).\n")
    }

    /// `branches`: list them.
    static let branches = CommandSpec(
        name: "branches",
        usage: "branches [--json]",
        summary: "list the branches; * marks the current one",
        examples: ["branches", "branches --json"],
        arguments: .lexed(ArgumentRules(flags: ["json"]))
    ) { interpreter, call in
        _ = try interpreter.requireBranch(call)
        if call.hasFlag("json") {
            interpreter.console.write(BranchesJSON.render(interpreter.session.branches, current: interpreter.session.currentBranchIndex))
            return
        }
        let rows = interpreter.session.branches.enumerated().map { index, branch in
            [index == interpreter.session.currentBranchIndex ? "*" : " ", branch.name, "\(branch.scenario.date)",
             "\(branch.steps.count) step\(branch.steps.count == 1 ? "" : "s")", branch.steps.last?.summary ?? "as loaded"]
        }
        interpreter.console.write(TextColumns.render(rows))
    }
}

extension Interpreter {
    /// A new branch's name: a word of its own, not an actor's or an issue's (so `show --diff
    /// NAME` is never ambiguous), and not taken.
    func checkNewBranchName(_ name: String, _ call: CommandCall, at argument: Argument) throws(Diagnostic) {
        guard name.unicodeScalars.first.map(ArgumentLexer.isLetter) == true,
              name.unicodeScalars.allSatisfy(ArgumentLexer.isNameScalar) else {
            throw call.error("a branch name is letters, digits, '-' and '_', starting with a letter", at: argument)
        }
        if let seeds = session.world?.seeds {
            if let actor = seeds.actor(named: name) {
                throw call.error("'\(name)' names the actor \(actor.id); give the branch a name of its own", at: argument)
            }
            if let issue = seeds.issue(named: name) {
                throw call.error("'\(name)' names the issue \(issue.id); give the branch a name of its own", at: argument)
            }
        }
        guard session.index(of: name) == nil else {
            throw call.error("there is already a branch '\(name)'; use 'switch \(name)'", at: argument)
        }
    }

    func renameBranch(_ call: CommandCall) throws(Diagnostic) {
        _ = try requireBranch(call)
        guard call.positionals.count == 2 else {
            throw call.error("missing NEW; usage: branch --rename OLD NEW")
        }
        let index = try branchIndex(call.positionals[0].value!.text, call, at: call.positionals[0])
        let newName = call.positionals[1].value!.text
        try checkNewBranchName(newName, call, at: call.positionals[1])
        let old = session.branches[index].name
        try? session.rename(old, to: newName)
        console.write("Branch \(old) is now \(newName).\n")
    }

    func deleteBranch(_ call: CommandCall) throws(Diagnostic) {
        _ = try requireBranch(call)
        if call.positionals.count > 1 {
            throw call.error("'branch --delete' takes one NAME", at: call.positionals[1])
        }
        let argument = call.positionals[0]
        let index = try branchIndex(argument.value!.text, call, at: argument)
        guard index != session.currentBranchIndex else {
            throw call.error("'\(session.branches[index].name)' is the current branch; switch to another first", at: argument)
        }
        guard let removed = try? session.delete(session.branches[index].name) else { return }
        console.write("Deleted branch \(removed.name) (\(removed.steps.count) step\(removed.steps.count == 1 ? "" : "s")).\n")
    }

    func branchIndex(_ name: String, _ call: CommandCall, at argument: Argument) throws(Diagnostic) -> Int {
        guard let index = session.index(of: name) else {
            throw call.error("no branch named '\(name)'", at: argument,
                             suggestion: Suggestion.closest(to: name, in: session.branches.map(\.name)))
        }
        return index
    }
}
