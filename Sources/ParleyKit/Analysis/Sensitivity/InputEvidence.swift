/// What an input to a sensitivity analysis rests on: a graded citation, a published finding,
/// or the analyst's estimate or assumption.
///
///     InputEvidence.cited(document: "003_e354e611adafdd87.txt", grade: "C2", supports: "band")
///     InputEvidence.estimate.isEstimate   // true
public enum InputEvidence: Sendable, Hashable {
    /// A seed document's quote; `grade` is reliability and credibility ("C2"), or the
    /// reliability alone where the citation carries no credibility (a catalog basis).
    case cited(document: String, grade: String, supports: String)
    /// A published finding, outside the five documents.
    case finding(String)
    /// The analyst's estimate (a seed value) or assumption (a catalog size, a structural choice).
    case estimate

    /// True when no document or finding stands under the value.
    public var isEstimate: Bool { self == .estimate }

    /// A short tag for a table cell: `C2 band`, `finding`, `est.`.
    public var tag: String {
        switch self {
        case .cited(_, let grade, let supports): "\(grade) \(Self.short(supports))"
        case .finding: "finding"
        case .estimate: "est."
        }
    }

    /// Words for a sentence: "an estimate", "cited (C2, supports: band)".
    public var phrase: String {
        switch self {
        case .cited(_, let grade, let supports): "cited (\(grade), supports: \(supports))"
        case .finding(let work): "a published finding (\(work), outside the five documents)"
        case .estimate: "an estimate"
        }
    }

    /// `value`, `band`, `dir.` (a catalog basis's longer wording keeps its first word).
    static func short(_ supports: String) -> String {
        let first = supports.split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? supports
        return first == "direction" ? "dir." : first
    }

    /// The evidence of a seed value.
    init(_ provenance: Provenance, seeds: Seeds) {
        switch provenance {
        case .estimate:
            self = .estimate
        case .source(let citation):
            let reliability = seeds.document(named: citation.document)?.reliability.rawValue ?? "?"
            self = .cited(document: citation.document, grade: "\(reliability)\(citation.credibility)",
                          supports: (citation.supports ?? .direction).rawValue)
        }
    }

    /// The evidence of a catalog magnitude's basis; no basis counts as an assumption.
    init(_ basis: Basis?, seeds: Seeds) {
        switch basis {
        case .source(let document, _, let supports):
            self = .cited(document: document, grade: seeds.document(named: document)?.reliability.rawValue ?? "?",
                          supports: supports)
        case .finding(let work, _):
            self = .finding(work)
        case .assumption, nil:
            self = .estimate
        }
    }
}
