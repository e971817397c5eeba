extension CommandSpec {
    /// `note TEXT`: narrative for briefings.
    static let note = CommandSpec(
        name: "note",
        usage: "note TEXT",
        summary: "narrative for the briefing (question:, instructor:)",
        discussion: "The rest of the line is kept as written, apostrophes and all. Start it with 'question:' to make it a discussion question, or 'instructor:' to keep it for the teacher's copy of the briefing.",
        examples: [
            "note The 50-day deadline lapses without a ceasefire.",
            "note question: Why did sanctions not move Moscow on territory?",
            "note instructor: Stress that the exchanges continued throughout.",
        ],
        arguments: .raw,
        recording: .always
    ) { interpreter, call in
        guard !call.text.isEmpty else {
            throw call.error("missing TEXT; usage: note TEXT",
                             column: call.invocation.line.unicodeScalars.count + 1)
        }
        let note = Note(parsing: call.text)
        guard !note.text.isEmpty else {
            throw call.error("the \(note.audience.rawValue) note is empty",
                             column: call.invocation.rawArgumentsColumn, length: call.text.count)
        }
        if var branch = interpreter.session.branch {
            branch.record(note)
            interpreter.session.branch = branch
        } else {
            interpreter.session.notesBeforeLoad.append(note)
        }
    }
}

extension CommandCall {
    func error(_ message: String, column: Int, length: Int = 1) -> Diagnostic {
        invocation.error(message, column: column, length: length)
    }
}
