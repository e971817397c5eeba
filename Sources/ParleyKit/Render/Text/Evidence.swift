/// What a seed value rests on, flattened for reports: `show --json` and briefings.
///
///     Evidence(seeds.latest.stance(actor: "RU", issue: "ceasefire")!.position, on: seeds.latest.date, seeds: seeds)
///     // kind "source", document "002_…", grade "E", supports "band", credibility 3, evidenceDate 2025-06-10
///
/// For a cited value the evidence date is the document's; for an estimate it is the snapshot's,
/// since the reasoning is made at that date, and `carriedFrom` names the snapshot it keeps.
public struct Evidence: Sendable, Hashable {
    /// "source" or "estimate".
    public var kind: String
    public var document: String?
    public var documentKind: String?
    /// The document's reliability grade, A–F.
    public var grade: String?
    public var supports: String?
    public var credibility: Int?
    public var speaker: String?
    public var retrospective: String?
    public var evidenceDate: CalendarDate
    public var carriedFrom: CalendarDate?
    public var outside: String?
    public var alternatives: Int

    public init(_ value: CitedValue, on date: CalendarDate, seeds: Seeds) {
        switch value.provenance {
        case .source(let citation):
            let document = seeds.document(named: citation.document)
            kind = "source"
            self.document = citation.document
            documentKind = document?.kind.rawValue
            grade = document?.reliability.rawValue
            supports = citation.supports?.rawValue
            credibility = citation.credibility
            speaker = citation.speaker
            retrospective = citation.retrospective
            evidenceDate = document?.date ?? date
        case .estimate:
            kind = "estimate"
            evidenceDate = date
        }
        carriedFrom = value.carried
        outside = value.outside
        alternatives = value.alternatives.count
    }
}
