/// Questions as JSON, keys in a fixed order.
///
///     {"questions": [{"number": 1, "question": "deal on humanitarian by 2025-09-01",
///       "condition": "deal.humanitarian == 1", "by": "2025-09-01", "tested": "on", "branch": "main", "step": 0,
///       "asked_on": "2025-07-23", "seed": 1, "runs": 1000, "holding": 640, "probability": 0.64,
///       "standard_error": 0.0152, "outcome": null, "brier": null}], "resolved": 0, "mean_brier": null}
///
/// `tested` is "on" (the condition on the date) or "up to" (`--anytime`); `outcome` is "yes", "no" or null; `brier` and `mean_brier` null until resolved.
public enum QuestionJSON {
    public static func render(_ question: Question) -> String {
        let s = JSONText.string, n = JSONText.number
        var text = "{\"number\": \(question.number), \"question\": \(s(question.text)), \"condition\": \(s(question.condition.description))"
        text += ", \"by\": \(s(question.date.description)), \"tested\": \(s(question.anytime ? "up to" : "on")), \"branch\": \(s(question.branch)), \"step\": \(question.step)"
        text += ", \"asked_on\": \(s(question.askedOn.description)), \"seed\": \(question.seed), \"runs\": \(question.runs)"
        text += ", \"holding\": \(question.holding), \"probability\": \(n(question.probability))"
        text += ", \"standard_error\": \(n(question.standardError))"
        text += ", \"outcome\": \(question.outcome.map { s($0 ? "yes" : "no") } ?? "null")"
        text += ", \"brier\": \(question.brier.map(n) ?? "null")}"
        return text
    }

    public static func render(_ book: QuestionBook) -> String {
        let items = book.questions.map { "\n  " + render($0) }.joined(separator: ",")
        let resolved = book.questions.filter { $0.outcome != nil }.count
        return "{\"questions\": [\(items)\(items.isEmpty ? "" : "\n")], \"resolved\": \(resolved)"
            + ", \"mean_brier\": \(book.meanBrier.map(JSONText.number) ?? "null")}\n"
    }
}
