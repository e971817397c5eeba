/// The briefing's "Forecast questions" section: the dated questions asked on this branch, with
/// the probability the Monte Carlo gave each and, once resolved, the outcome and Brier score.
extension Briefing {
    /// One question as the briefing lists it, its figures already formatted.
    public struct QuestionRow: Sendable, Hashable {
        public var number: Int
        public var text: String
        public var probability: String
        /// "640 of 1000 runs, seed 1, asked on 2025-07-23 after step 0".
        public var basis: String
        public var outcome: String
        public var brier: String
    }

    /// The questions asked on the briefing's branch, in the order asked.
    static func questionRows(_ input: BriefingInput) -> [QuestionRow] {
        input.questions.filter { $0.branch == input.branch.name }.map { question in
            QuestionRow(number: question.number, text: question.text, probability: Figures.share(question.probability),
                        basis: "\(question.holding) of \(question.runs) runs, seed \(question.seed), asked on \(question.askedOn) after step \(question.step)",
                        outcome: question.outcome.map { $0 ? "yes" : "no" } ?? "open",
                        brier: question.brier.map { Figures.fixed($0, 3) } ?? "")
        }
    }

    /// The sentence above the table.
    static let questionLead = "The share of Monte Carlo runs in which each condition held on its date, each run advanced there from this branch as it stood when the question was asked; the Brier score (p − outcome)² is 0 for a perfect forecast and 0.25 for always answering one half."
}

extension BriefingMarkdown {
    static func questionSection(_ briefing: Briefing) -> String {
        guard !briefing.forecastQuestions.isEmpty else { return "" }
        var md = "\n## Forecast questions\n\n\(inline(Briefing.questionLead))\n\n"
        md += "| # | question | p | runs | outcome | Brier |\n|---|---|---|---|---|---|\n"
        for row in briefing.forecastQuestions {
            md += "| \(row.number) | \(inline(row.text)) | \(row.probability) | \(inline(row.basis)) | \(row.outcome) | \(row.brier) |\n"
        }
        return md
    }
}

extension BriefingHTML {
    static func questionBody(_ briefing: Briefing) -> String {
        var html = "<p>\(XMLText.escape(Briefing.questionLead))</p>\n<table>\n<thead><tr><th class=\"num\">#</th><th>question</th>"
        html += "<th class=\"num\">p</th><th>runs</th><th>outcome</th><th class=\"num\">Brier</th></tr></thead>\n<tbody>\n"
        for row in briefing.forecastQuestions {
            html += "<tr><td class=\"num\">\(row.number)</td><td>\(XMLText.escape(row.text))</td><td class=\"num\">\(row.probability)</td>"
            html += "<td>\(XMLText.escape(row.basis))</td><td>\(row.outcome)</td><td class=\"num\">\(row.brier)</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }
}
