extension CommandSpec {
    /// `branch NAME`: fork the current branch.
    static let branch = CommandSpec(
        name: "branch",
        usage: "branch NAME",
        summary: "copy this branch as an alternative future",
        examples: ["branch squeeze", "branch summit-first"],
        arguments: .lexed(ArgumentRules(positional: ["NAME"], required: 1)),
        recording: .always
    ) { interpreter, call in
        let from = try interpreter.requireBranch(call).1
        let argument = call.positionals[0]
        let name = argument.value!.text
        guard name.unicodeScalars.first.map(ArgumentLexer.isLetter) == true,
              name.unicodeScalars.allSatisfy(ArgumentLexer.isNameScalar) else {
            throw call.error("a branch name is letters, digits, '-' and '_', starting with a letter", at: argument)
        }
        do throws(Session.Refusal) {
            try interpreter.session.fork(as: name)
        } catch .branchExists {
            throw call.error("there is already a branch '\(name)'; use 'switch \(name)'", at: argument)
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
        usage: "branches",
        summary: "list the branches; * marks the current one",
        examples: ["branches"],
        arguments: .none
    ) { interpreter, call in
        _ = try interpreter.requireBranch(call)
        let rows = interpreter.session.branches.enumerated().map { index, branch in
            [index == interpreter.session.currentBranchIndex ? "*" : " ", branch.name, "\(branch.scenario.date)",
             "\(branch.steps.count) step\(branch.steps.count == 1 ? "" : "s")", branch.steps.last?.summary ?? "as loaded"]
        }
        interpreter.console.write(TextColumns.render(rows))
    }
}

extension Interpreter {
    func branchIndex(_ name: String, _ call: CommandCall, at argument: Argument) throws(Diagnostic) -> Int {
        guard let index = session.index(of: name) else {
            throw call.error("no branch named '\(name)'", at: argument,
                             suggestion: Suggestion.closest(to: name, in: session.branches.map(\.name)))
        }
        return index
    }
}
