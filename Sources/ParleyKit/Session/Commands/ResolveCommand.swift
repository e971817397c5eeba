extension CommandSpec {
    /// `resolve N yes|no`: what happened, and how well the question was forecast.
    static let resolve = CommandSpec(
        name: "resolve",
        usage: "resolve N yes|no",
        summary: "record a question's outcome and its Brier score",
        discussion: "N is the question's number in 'questions'. Records whether it came true and scores the probability it was given: Brier (p − outcome)², 0 for a perfect forecast, 0.25 for always saying one half, 1 for certainty the wrong way. Resolving again corrects the outcome; 'undo' takes a resolution back.",
        examples: ["resolve 1 yes", "resolve 2 no"],
        arguments: .lexed(ArgumentRules(positional: ["N", "OUTCOME"], required: 2)),
        completion: .custom { session, before, partial in
            if before.isEmpty {
                let count = session.questions.questions.count
                return count == 0 ? [] : (1...count).map(String.init).filter { $0.hasPrefix(partial) }
            }
            return before.count == 1 ? ["yes", "no"].filter { $0.hasPrefix(partial.lowercased()) } : []
        },
        recording: .always
    ) { interpreter, call in
        _ = try interpreter.requireBranch(call)
        let numberArgument = call.positionals[0], outcomeArgument = call.positionals[1]
        let count = interpreter.session.questions.questions.count
        let range = count == 0 ? "no question has been asked yet" : "questions are numbered 1 to \(count)"
        guard case .number(let value, let text)? = numberArgument.value, value == value.rounded(), value >= 1 else {
            throw call.error("N must be the number of a question in 'questions'; \(range)", at: numberArgument)
        }
        let word = outcomeArgument.value?.text.lowercased() ?? ""
        guard word == "yes" || word == "no" else {
            throw call.error("expected yes or no, not '\(outcomeArgument.value?.text ?? "")'", at: outcomeArgument,
                             suggestion: Suggestion.closest(to: word, in: ["yes", "no"]))
        }
        let number = Int(exactly: value) ?? Int.max
        let previous = interpreter.session.questions.questions.first { $0.number == number }?.outcome
        let question: Question
        do throws(QuestionBook.Refusal) {
            question = try interpreter.session.resolve(question: number, outcome: word == "yes")
        } catch {
            throw call.error("no question \(text); \(range)", at: numberArgument)
        }
        interpreter.console.write(QuestionListing.resolution(question, previous: previous))
    }
}
