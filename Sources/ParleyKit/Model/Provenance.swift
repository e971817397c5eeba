/// Where a value comes from: a quote from a source document, or the analyst's estimate.
///
///     Provenance.source(Citation(document: "004_67b6710205e13c3d.txt", quote: "a prisoner exchange"))
///     Provenance.estimate("No document states Ankara's view on sanctions.")
public enum Provenance: Sendable, Hashable, Codable {
    /// Documented: a verbatim quote supports the value.
    case source(Citation)
    /// Estimated: the reasoning, in the project's own words.
    case estimate(String)

    /// True for a cited value.
    public var isDocumented: Bool {
        if case .source = self { return true }
        return false
    }

    /// The citation, if the value is documented.
    public var citation: Citation? {
        if case .source(let citation) = self { return citation }
        return nil
    }
}
