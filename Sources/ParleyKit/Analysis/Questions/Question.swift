/// A dated yes/no question about the talks with the probability the Monte Carlo gave it, and,
/// once the date has come, what happened and the Brier score of the forecast.
///
///     question "deal on humanitarian by 2025-09-01"
///     // Question 1: … probability 0.64 (640 of 1000 runs)
///     resolve 1 yes   // Brier (0.64 − 1)² = 0.13
///
/// A question belongs to the branch and step it was asked on: its probability is what that
/// branch, as it stood, said about the date.
public struct Question: Sendable, Hashable {
    /// 1 for the session's first question.
    public var number: Int
    /// The question as asked.
    public var text: String
    /// What each run tests at the date, with the world's ids.
    public var condition: Condition
    /// The date the runs advance to and test the condition at.
    public var date: CalendarDate
    /// Where it was asked: the branch, how many steps it had, and its date then.
    public var branch: String
    public var step: Int
    public var askedOn: CalendarDate
    public var seed: UInt64
    public var runs: Int
    /// Runs in which the condition held at the date.
    public var holding: Int
    /// What happened: true for yes; nil until resolved.
    public var outcome: Bool?
    /// True when the condition was tested at every point up to the date (`--anytime`), not on it.
    public var anytime = false

    public init(number: Int, text: String, condition: Condition, date: CalendarDate, branch: String, step: Int,
                askedOn: CalendarDate, seed: UInt64, runs: Int, holding: Int, outcome: Bool? = nil) {
        self.number = number
        self.text = text
        self.condition = condition
        self.date = date
        self.branch = branch
        self.step = step
        self.askedOn = askedOn
        self.seed = seed
        self.runs = runs
        self.holding = holding
        self.outcome = outcome
    }

    /// The share of runs in which the condition held.
    public var probability: Double { runs == 0 ? 0 : Double(holding) / Double(runs) }

    /// The Monte Carlo's own error on the probability, one standard error `sqrt(p(1 − p)/n)`:
    /// how far more runs could move it, not how far the model is from the world.
    public var standardError: Double { runs == 0 ? 0 : (probability * (1 - probability) / Double(runs)).squareRoot() }

    /// `(p − o)²` with `o` 1 for yes and 0 for no; nil until resolved. 0 is a perfect forecast,
    /// 0.25 what always answering one half scores.
    public var brier: Double? {
        outcome.map { let o = $0 ? 1.0 : 0.0; return (probability - o) * (probability - o) }
    }
}
