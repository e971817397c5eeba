/// How questions read in the terminal: the answer when one is asked, the list, a resolution.
///
///     Question 1: deal on humanitarian by 2025-09-01
///     Probability 0.64: deal.humanitarian == 1 held on 2025-09-01 in 640 of 1000 runs (seed 1; Monte Carlo standard error 0.015)
///     Each run: start drawn on 2025-07-23, branch main's 0 steps replayed, advanced to 2025-09-01 (scheduled events fire)
public enum QuestionListing {
    public static func answer(_ question: Question) -> String {
        var text = "Question \(question.number): \(question.text)\n"
        text += "Probability \(Figures.share(question.probability)): \(question.condition) held \(question.anytime ? "at some point up to" : "on") \(question.date) in "
        text += "\(question.holding) of \(question.runs) run\(question.runs == 1 ? "" : "s") (seed \(question.seed); "
        if question.runs > 0, question.holding == 0 || question.holding == question.runs {
            // A standard error of 0 would claim certainty; the rule of three bounds what the runs can show.
            text += "every run agreed: by the rule of three, runs disagree less than \(Figures.fixed(3 / Double(question.runs), 3)) of the time at 95 % confidence)\n"
        } else {
            text += "Monte Carlo standard error \(Figures.fixed(question.standardError, 3)))\n"
        }
        text += "Each run: start drawn at branch \(question.branch)'s snapshot, its \(question.step) step\(question.step == 1 ? "" : "s") "
        text += "replayed to \(question.askedOn), then advanced to \(question.date) (scheduled events fire); the condition is tested "
        text += question.anytime ? "now, after each event that falls due and on that date\n" : "on that date\n"
        return text
    }

    public static func render(_ book: QuestionBook) -> String {
        guard !book.questions.isEmpty else {
            return "No questions asked yet; ask one with: question \"deal on humanitarian by 2025-09-01\"\n"
        }
        var rows = [["#", "p", "runs", "outcome", "Brier", "asked on", "question"]]
        for question in book.questions {
            rows.append(["\(question.number)", Figures.share(question.probability), "\(question.runs)",
                         question.outcome.map { $0 ? "yes" : "no" } ?? "open",
                         question.brier.map { Figures.fixed($0, 3) } ?? "",
                         "\(question.branch) \(question.askedOn) step \(question.step)", question.text])
        }
        var text = "Questions: the share of Monte Carlo runs in which each held on its date; Brier (p − outcome)², 0 is perfect\n"
        text += TextColumns.render(rows)
        let resolved = book.questions.filter { $0.outcome != nil }.count
        if let mean = book.meanBrier {
            text += "Mean Brier over \(resolved) resolved question\(resolved == 1 ? "" : "s"): \(Figures.fixed(mean, 3)) "
            text += "(always answering 0.5 would score 0.250)\n"
        } else {
            text += "No question resolved yet: 'resolve N yes' or 'resolve N no' once its date has come.\n"
        }
        return text
    }

    public static func resolution(_ question: Question, previous: Bool?) -> String {
        let outcome = question.outcome.map { $0 ? "yes" : "no" } ?? "open"
        var text = "Question \(question.number) resolved \(outcome)"
        if let previous, previous != question.outcome { text += " (was \(previous ? "yes" : "no"))" }
        text += ": probability \(Figures.share(question.probability)), Brier \(question.brier.map { Figures.fixed($0, 3) } ?? "")\n"
        return text
    }

    /// What `undo` or `redo` says about a question change.
    public static func change(_ change: QuestionBook.Change, verb: String) -> String {
        switch change {
        case .asked(let question):
            return "\(verb) question \(question.number): “\(question.text)”.\n"
        case .resolved(let number, let outcome, let previous):
            let now = verb == "Undid" ? previous : outcome
            return "\(verb) the resolution of question \(number) (\(outcome ? "yes" : "no")); it is now "
                + (now.map { $0 ? "resolved yes" : "resolved no" } ?? "open") + ".\n"
        }
    }
}
