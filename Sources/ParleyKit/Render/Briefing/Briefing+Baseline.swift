/// The briefing's documented baseline: each starting position with its source.
extension Briefing {
    /// A starting value's source: the document and its quote, or the estimate's reasoning.
    public enum Source: Sendable {
        case document(SourceDocument?, Citation)
        case estimate(String)

        init(_ provenance: Provenance, seeds: Seeds) {
            switch provenance {
            case .source(let citation): self = .document(seeds.document(named: citation.document), citation)
            case .estimate(let reasoning): self = .estimate(reasoning)
            }
        }
    }

    public struct BaselineRow: Sendable {
        public var actor: String
        public var issue: String
        public var position: Double
        /// The ± of the position, from the evidence (docs/SEEDS.md).
        public var uncertainty: Double
        /// The band, or every band the ± range enters ("early ceasefire, details after / partial truces …").
        public var bands: String
        public var source: Source
    }

    /// Every actor's starting position on every issue, actor by actor.
    static func baselineRows(_ input: BriefingInput) -> [BaselineRow] {
        let start = input.branch.baseline
        return start.actors.enumerated().flatMap { a, actor in
            start.issues.enumerated().map { i, issue in
                let position = start.position(actor: a, issue: i), spread = start.uncertainty(actor: a, issue: i)
                let bands = input.seeds.issue(named: issue)?.bands(from: position, uncertainty: spread).map(\.label) ?? []
                return BaselineRow(actor: actor, issue: issue, position: position, uncertainty: spread,
                                   bands: bands.joined(separator: " / "), source: input.source(actor: actor, issue: issue))
            }
        }
    }
}
