extension CommandSpec {
    /// `notes [drop N]`: list this branch's notes, or remove one.
    static let notes = CommandSpec(
        name: "notes",
        usage: "notes [drop N]",
        summary: "list this branch's notes, or drop one",
        discussion: "Notes belong to the branch they were written on: 'branch' copies them, 'switch' shows the other branch's, 'undo' takes back the last one when it came after the last step, and 'load' starts without them. 'notes drop N' removes the note numbered N in the list.",
        examples: ["notes", "notes drop 2"],
        arguments: .lexed(ArgumentRules(positional: ["drop", "N"])),
        completion: .custom { session, before, partial in
            if before.isEmpty { return ["drop"].filter { $0.hasPrefix(partial) } }
            let count = session.notes.count
            return before == ["drop"] && count > 0 ? (1...count).map(String.init).filter { $0.hasPrefix(partial) } : []
        },
        recording: .withArguments
    ) { interpreter, call in
        var branch = try interpreter.requireBranch(call).1
        guard let verb = call.positionals.first else {
            interpreter.console.write(NoteText.listing(branch))
            return
        }
        guard verb.value?.text.lowercased() == "drop" else {
            throw call.error("'notes' takes 'drop N' or nothing", at: verb,
                             suggestion: Suggestion.closest(to: verb.value?.text ?? "", in: ["drop"]))
        }
        guard call.positionals.count == 2, let numberArgument = call.positionals.last,
              case .number(let value, _)? = numberArgument.value else {
            throw call.error("missing N, the number of the note in 'notes'; usage: notes drop N",
                             at: call.positionals.count == 2 ? call.positionals[1] : nil)
        }
        guard value == value.rounded(), value >= 1, Int(value) <= branch.notes.count else {
            let range = branch.notes.isEmpty ? "this branch has no notes" : "notes are numbered 1 to \(branch.notes.count)"
            throw call.error("no note \(numberArgument.value!.text); \(range)", at: numberArgument)
        }
        let note = branch.notes.remove(at: Int(value) - 1)
        interpreter.session.branch = branch
        interpreter.console.write("Dropped note \(Int(value)): \(NoteText.quoted(note)).\n")
    }
}

/// How notes read in the terminal.
enum NoteText {
    /// `question: Why…`, shortened to a line's worth.
    static func quoted(_ note: Note) -> String {
        let prefix = note.audience == .everyone ? "" : note.audience.rawValue + ": "
        let text = prefix + note.text
        return "“" + (text.count > 60 ? String(text.prefix(59)) + "…" : text) + "”"
    }

    static func listing(_ branch: Branch) -> String {
        guard !branch.notes.isEmpty else { return "No notes on branch \(branch.name).\n" }
        let rows = branch.notes.enumerated().map { index, note in
            ["\(index + 1)", note.audience == .everyone ? "" : note.audience.rawValue,
             "after step \(note.afterStep)", note.text]
        }
        return "Notes on branch \(branch.name):\n" + TextColumns.render(rows)
    }
}
