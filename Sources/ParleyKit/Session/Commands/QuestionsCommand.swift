extension CommandSpec {
    /// `questions [--json]`: the questions asked, their probabilities and scores.
    static let questions = CommandSpec(
        name: "questions",
        usage: "questions [--json]",
        summary: "list the questions asked, with probability, outcome and Brier score",
        discussion: "Every question asked since the last load, numbered: its text, where it was asked (branch, steps, date), the probability and the runs behind it, the outcome once resolved and its Brier score, (p − outcome)², where 0 is a perfect forecast and always saying one half scores 0.25. The last line gives the mean Brier score over the resolved questions.",
        examples: ["questions", "questions --json"],
        arguments: .lexed(ArgumentRules(flags: ["json"])),
        completion: .custom { _, _, partial in ["--json"].filter { $0.hasPrefix(partial) } }
    ) { interpreter, call in
        _ = try interpreter.requireBranch(call)
        let book = interpreter.session.questions
        interpreter.console.write(call.hasFlag("json") ? QuestionJSON.render(book) : QuestionListing.render(book))
    }
}
