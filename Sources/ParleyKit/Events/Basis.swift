/// What an effect's magnitude rests on: a document, a published finding, or an assumption.
///
///     basis: {assumption: "a tenth of the way, since one call changed little"}
///     basis: {source: 003_e354e611adafdd87.txt, quote: "threats of harsh new sanctions"}
///     basis: {finding: "Pape 1997", says: "sanctions rarely coerce major policy change"}
///
/// A finding is always outside the five seed documents, and `events TYPE` says so.
public enum Basis: Sendable, Hashable, Codable {
    /// A seed document, a short verbatim quote from it, and what the quote supports
    /// (`direction` when it bears out the sign but not the size).
    case source(document: String, quote: String, supports: String)
    /// A published finding, by author and year, with what it shows in the project's words.
    case finding(work: String, says: String)
    /// The analyst's assumption, with its reasoning.
    case assumption(String)

    /// One line for `events TYPE`.
    public var label: String {
        switch self {
        case .source(let document, let quote, let supports): return "basis: \(document): “\(quote)” (supports: \(supports))"
        case .finding(let work, let says): return "basis (outside the five documents): \(work): \(says)"
        case .assumption(let reasoning): return "basis: assumption: \(reasoning)"
        }
    }
}
