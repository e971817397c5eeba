/// What a Morris screening found for one target: μ*, μ and σ of each input's elementary
/// effects, ranked by μ*.
///
///     result.rows.first?.muStar   // points of the target per whole range of the top input
public struct MorrisResult: Sendable {
    public struct Row: Sendable {
        public var input: SensitivityInput
        /// Mean absolute elementary effect: how much the input matters.
        public var muStar: Double
        /// Mean elementary effect: its sign says which way the input mostly pushes.
        public var mu: Double
        /// Standard deviation of the effects (n − 1 denominator; 0 with one).
        public var sigma: Double
        /// Effects counted, and steps skipped because the target had no value at one end.
        public var count: Int
        public var undefined: Int

        public init(input: SensitivityInput, effects: [Double], undefined: Int) {
            self.input = input
            self.undefined = undefined
            count = effects.count
            let n = Double(max(1, effects.count))
            mu = effects.reduce(0, +) / n
            muStar = effects.reduce(0) { $0 + abs($1) } / n
            let mean = mu
            sigma = effects.count > 1
                ? (effects.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(effects.count - 1)).squareRoot() : 0
        }
    }

    public var target: SensitivityTarget
    public var branch: String
    public var steps: Int
    public var date: CalendarDate
    public var trajectories: Int
    public var levels: Int
    public var delta: Double
    public var seed: UInt64
    public var evaluations: Int
    public var rows: [Row]

    /// By μ* (compared to 10⁻⁶ points), then by id.
    static func ranked(_ rows: [Row]) -> [Row] {
        rows.sorted { a, b in
            let (x, y) = ((a.muStar * 1e6).rounded(), (b.muStar * 1e6).rounded())
            if x != y { return x > y }
            return a.input.id < b.input.id
        }
    }

    /// The rows whose effects are not all zero.
    public var moving: [Row] { rows.filter { $0.muStar > SensitivityResult.noise } }

    /// In plain words, which input screens first and whether it is an estimate.
    public func headline(seeds: Seeds) -> String {
        let subject = target.phrase(seeds: seeds)
        guard let top = moving.first else { return "No input moves \(subject) in the screening." }
        let what = top.input.evidence.isEstimate ? "an estimate" : top.input.evidence.phrase
        let which = top.input.id == target.inputID ? "its own starting value" : top.input.phrase
        var text = "With every input varying at once, \(subject) turns most on \(which) (\(top.input.range)), \(what)."
        let leading = Array(moving.prefix(10))
        let estimated = leading.filter { $0.input.evidence.isEstimate }.count
        if leading.count > 1 {
            text += " Of the \(leading.count) inputs that screen highest, \(SensitivityResult.estimates(estimated))."
        }
        return text
    }
}
