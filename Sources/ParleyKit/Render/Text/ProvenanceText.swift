/// One-line provenance: the document and quote, or the estimate's reasoning.
///
///     ProvenanceText.line(stance.position.provenance)   // "001_….txt: “…”" or "estimate: …"
enum ProvenanceText {
    static func line(_ provenance: Provenance) -> String {
        switch provenance {
        case .source(let citation): return "\(citation.document): \u{201C}\(citation.quote)\u{201D}"
        case .estimate(let reasoning): return "estimate: \(reasoning)"
        }
    }
}
