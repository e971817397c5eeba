/// One input a sensitivity analysis varies across its range: a seed value, a catalog
/// magnitude, or a structural choice of the settlement model.
///
///     let inputs = SensitivityInput.all(world: world, branch: branch)
///     inputs.first { $0.id == "position:TR:territory" }?.range   // "25±20"
///
/// Ranges follow stated rules (docs/MODEL.md, "Sensitivity"): a position across its seed ±
/// (docs/SEEDS.md), a salience or capability ±10% (the Monte Carlo's jitter: the seeds give
/// them no ±, so the range is assumed), a catalog magnitude ×0.5–1.5 (assumed, as the
/// judgement tests use), and a structural choice between its two settings. An input is named
/// by actor and issue ids, never by index, so the analysis does not depend on actor order.
public struct SensitivityInput: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A starting position, from `low` to `high` (the seed value ∓ its ±, within 0–100).
        case position(actor: String, issue: String)
        /// A starting salience, times `low`…`high`; the actor's other saliences make room so
        /// its total stays, as in the Monte Carlo.
        case salience(actor: String, issue: String)
        /// A starting capability, times `low`…`high`, within 0–100.
        case capability(actor: String)
        /// A catalog magnitude (named as ``EventCatalog/scaled(_:)`` names it), times `low`…`high`.
        case magnitude(String)
        /// Structural: the signatory's own expectation of no deal (`high`) or the facts on the ground (`low`).
        case expectation(actor: String, issue: String)
        /// Structural: the signatory holds a veto on the issue (`high`) or only votes (`low`).
        case veto(actor: String, issue: String)
    }

    public var kind: Kind
    /// A stable key: `position:TR:territory`, `magnitude:summit bargain #1 uptake`.
    public var id: String
    /// For a table: `TR territory 25±20`.
    public var label: String
    /// For a sentence: "Türkiye's territory stance".
    public var phrase: String
    /// The range in words: `25±20`, `±10%`, `×0.5–1.5`, `own 75 / facts 55`, `veto / vote`.
    public var range: String
    /// The value as seeded, and the ends of its range, in the input's own units (a position's
    /// points; a factor for saliences, capabilities and magnitudes; 0 or 1 for a choice).
    public var base: Double
    public var low: Double
    public var high: Double
    public var evidence: InputEvidence

    /// A choice between two settings rather than a range; the Morris screening leaves these out.
    public var isStructural: Bool {
        switch kind {
        case .expectation, .veto: true
        default: false
        }
    }

    /// The input's value at `level` (0 its low end, 1 its high end).
    public func value(at level: Double) -> Double { Self.value(at: level, low: low, high: high) }

    /// The value at `level` of a range from `low` to `high`: one formula for every caller.
    static func value(at level: Double, low: Double, high: Double) -> Double { low + (high - low) * level }

    /// The level of the seeded value (a structural input is seeded at its high end).
    public var baseLevel: Double { high == low ? 0 : (base - low) / (high - low) }

    public init(kind: Kind, id: String, label: String, phrase: String, range: String,
                base: Double, low: Double, high: Double, evidence: InputEvidence) {
        self.kind = kind
        self.id = id
        self.label = label
        self.phrase = phrase
        self.range = range
        self.base = base
        self.low = low
        self.high = high
        self.evidence = evidence
    }
}
