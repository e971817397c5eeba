/// What one-at-a-time sensitivity found for one target: the inputs ranked by how far each
/// moves it across its range.
///
///     result.rows.first?.input.phrase   // "Türkiye's territory stance"
///     result.headline(seeds: seeds)     // "The territory forecast rests mainly on …"
public struct SensitivityResult: Sendable {
    /// One input: the target with the input at its low end and at its high end.
    public struct Row: Sendable {
        public var input: SensitivityInput
        /// nil where the target has no value (no deal space).
        public var atLow: Double?
        public var atHigh: Double?
        /// The span of the target's values over the two ends and the seeded setting.
        public var swing: Double
        /// True when one end has a value and the seeded setting not, or the other way round:
        /// the input decides whether a deal exists at all.
        public var changesExistence: Bool

        public init(input: SensitivityInput, atLow: Double?, atHigh: Double?, base: Double?) {
            self.input = input
            self.atLow = atLow
            self.atHigh = atHigh
            let defined = [atLow, base, atHigh].compactMap { $0 }
            swing = (defined.max() ?? 0) - (defined.min() ?? 0)
            changesExistence = (atLow == nil) != (base == nil) || (atHigh == nil) != (base == nil)
        }

        /// Whether the input moves the target at all (by more than rounding noise).
        public var moves: Bool { changesExistence || swing > SensitivityResult.noise }
    }

    public var target: SensitivityTarget
    public var branch: String
    public var steps: Int
    public var date: CalendarDate
    /// The target with every input as seeded; nil when it has no value.
    public var base: Double?
    /// Ranked: inputs that decide whether the target has a value first, then by swing, then by id.
    public var rows: [Row]

    /// Swings below this are floating-point noise, not movement.
    public static let noise = 1e-9

    public init(target: SensitivityTarget, branch: String, steps: Int, date: CalendarDate, base: Double?, rows: [Row]) {
        self.target = target
        self.branch = branch
        self.steps = steps
        self.date = date
        self.base = base
        self.rows = rows
    }

    /// The rows in rank order. Swings are compared to 10⁻⁶ points so that rounding in the last
    /// bits (which can differ with the actors' order) never reorders them.
    static func ranked(_ rows: [Row]) -> [Row] {
        rows.sorted { a, b in
            if a.changesExistence != b.changesExistence { return a.changesExistence }
            let (x, y) = ((a.swing * 1e6).rounded(), (b.swing * 1e6).rounded())
            if x != y { return x > y }
            return a.input.id < b.input.id
        }
    }

    /// The rows that move the target.
    public var moving: [Row] { rows.filter(\.moves) }

    /// In plain words, what the target rests on most, saying whether that is an estimate:
    /// "The territory forecast rests mainly on Türkiye's territory stance, an estimate (±20)."
    public func headline(seeds: Seeds) -> String {
        let subject = target.phrase(seeds: seeds)
        let capital = subject.prefix(1).uppercased() + subject.dropFirst()
        guard let top = moving.first else {
            return "No input moves \(subject) across its range."
        }
        let what = top.input.id == target.inputID ? "its own starting value" : top.input.phrase
        var text: String
        if top.input.evidence.isEstimate {
            text = "\(capital) rests mainly on \(what), an estimate (\(top.input.range))."
        } else {
            text = "\(capital) rests most on \(what) (\(top.input.range)), \(top.input.evidence.phrase)."
        }
        let leading = Array(moving.prefix(10))
        let estimated = leading.filter { $0.input.evidence.isEstimate }.count
        if leading.count > 1 {
            text += " Of the \(leading.count) inputs that move it most, \(Self.estimates(estimated))."
        }
        return text
    }

    /// "1 is an estimate", "none is an estimate", "3 are estimates".
    static func estimates(_ count: Int) -> String {
        count == 0 ? "none is an estimate" : count == 1 ? "1 is an estimate" : "\(count) are estimates"
    }
}
