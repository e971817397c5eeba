extension CommandSpec {
    /// `undo`: take back the branch's last step.
    static let undo = CommandSpec(
        name: "undo",
        usage: "undo",
        summary: "take back the last apply, advance, turns or note",
        examples: ["undo"],
        arguments: .none,
        recording: .always
    ) { interpreter, call in
        try interpreter.moveLastStep(from: \.steps, to: \.undone, call: call, verb: ("undo", "Undid"))
    }

    /// `redo`: put back what `undo` took.
    static let redo = CommandSpec(
        name: "redo",
        usage: "redo",
        summary: "put back the last step that undo took back",
        examples: ["redo"],
        arguments: .none,
        recording: .always
    ) { interpreter, call in
        try interpreter.moveLastStep(from: \.undone, to: \.steps, call: call, verb: ("redo", "Redid"))
    }

    /// `timeline`: what this branch did.
    static let timeline = CommandSpec(
        name: "timeline",
        usage: "timeline",
        summary: "list what this branch did since the snapshot",
        examples: ["timeline"],
        arguments: .none
    ) { interpreter, call in
        let (world, branch) = try interpreter.requireBranch(call)
        var rows: [[String]] = [["0", "\(branch.snapshotDate)", "start: snapshot \(branch.snapshotDate) of \(world.directory)", ""]]
        for (index, step) in branch.steps.enumerated() {
            let moved = Set(step.trace.filter { $0.quantity == .position }.map { "\($0.actor) \($0.subject ?? "")" }).count
            rows.append(["\(index + 1)", "\(step.after.date)", step.summary, moved == 0 ? "" : "(\(moved) stance\(moved == 1 ? "" : "s") moved)"])
        }
        var text = "branch \(branch.name)\n" + TextColumns.render(rows)
        for event in branch.scenario.scheduled {
            text += "   \(event.date)  pending: \(event.type) (from \(event.origin))" + (event.conditionText.map { " unless \($0)" } ?? "") + "\n"
        }
        if !branch.undone.isEmpty { text += "(\(branch.undone.count) undone step\(branch.undone.count == 1 ? "" : "s") can be redone)\n" }
        interpreter.console.write(text)
    }
}

extension Interpreter {
    /// Undo and redo are one move, mirrored: the last step of one list goes onto the other.
    func moveLastStep(from source: WritableKeyPath<Branch, [Step]>, to target: WritableKeyPath<Branch, [Step]>,
                      call: CommandCall, verb: (name: String, past: String)) throws(Diagnostic) {
        var branch = try requireBranch(call).1
        let isUndo = verb.name == "undo"
        if isUndo ? branch.lastIsNote : branch.nextRedoIsNote {
            let note = isUndo ? branch.notes.removeLast() : branch.undoneNotes.removeLast()
            if isUndo { branch.undoneNotes.append(note) } else { branch.notes.append(note) }
            session.branch = branch
            console.write("\(verb.past) the note: \(NoteText.quoted(note)).\n")
            return
        }
        guard let step = branch[keyPath: source].popLast() else {
            throw call.error("nothing to \(verb.name) on this branch")
        }
        branch[keyPath: target].append(step)
        session.branch = branch
        console.write("\(verb.past): \(step.summary). Now \(branch.scenario.date).\n")
    }
}
