/// The briefing's "Forecast questions" section: the dated questions asked on this branch, with
/// the probability the Monte Carlo gave each and, once resolved, the outcome and Brier score.
///
///     Briefing.questionsSection(input)   // nil when no question was asked on the branch
extension Briefing {
    @Sendable static func questionsSection(_ input: BriefingInput) -> BriefingSection? {
        let asked = input.questions.filter { $0.branch == input.branch.name }
        guard !asked.isEmpty else { return nil }
        let rows = asked.map { question in
            BriefingSection.Row([
                "\(question.number)", question.text, Figures.share(question.probability),
                "\(question.holding) of \(question.runs) runs, seed \(question.seed), asked on \(question.askedOn) after step \(question.step)",
                question.outcome.map { $0 ? "yes" : "no" } ?? "open",
                question.brier.map { Figures.fixed($0, 3) } ?? "",
            ])
        }
        return BriefingSection(heading: "Forecast questions", blocks: [
            .paragraph("The share of Monte Carlo runs in which each condition held on its date, each run advanced there from this branch as it stood when the question was asked; the Brier score (p − outcome)² is 0 for a perfect forecast and 0.25 for always answering one half."),
            .table([.number("#"), .text("question"), .number("p"), .text("runs"), .text("outcome"), .number("Brier")], rows),
        ])
    }
}
