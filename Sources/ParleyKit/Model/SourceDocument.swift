/// One source document behind the documented state, named and graded in `seeds/sources.yaml`.
///
///     SourceDocument(file: "003_e354e611adafdd87.txt",
///                    title: "Ukraine and Russia Set for Another Round of Talks in Istanbul",
///                    date: CalendarDate(parsing: "2025-07-23")!,
///                    kind: .wireReport, reliability: .c, reliabilityReason: "…")
///
/// The project keeps only this description and short quotes; the text itself stays outside.
/// `reliability` is the Admiralty source grade A–F with the reason it was given.
public struct SourceDocument: Sendable, Hashable, Codable {
    /// The document's file name, which citations use as `doc:`.
    public var file: String
    public var title: String
    /// The publication, when the document names one.
    public var outlet: String?
    public var author: String?
    /// The publication date, or the best dating the text allows (see `dating`).
    public var date: CalendarDate
    /// Why the date is what it is, when the document does not state it.
    public var dating: String?
    /// The address the document gives for itself, if any.
    public var url: String?
    /// What kind of text it is and how far it can be trusted, in the project's words.
    public var note: String?
    public var kind: Kind
    public var reliability: Reliability
    /// Why the document has its reliability grade.
    public var reliabilityReason: String

    /// What sort of text a document is.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// An official read-out or statement, relayed in full or nearly so.
        case officialReadout = "official-readout"
        /// A news-agency or wire-style report, attributing what it relays.
        case wireReport = "wire-report"
        /// An analysis or commentary under a named author.
        case namedAnalysis = "named-analysis"
        /// Commentary whose author or speaker is not identified.
        case anonymousCommentary = "anonymous-commentary"
    }

    /// The Admiralty source-reliability grade.
    public enum Reliability: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        /// Completely reliable.
        case a = "A"
        /// Usually reliable.
        case b = "B"
        /// Fairly reliable.
        case c = "C"
        /// Not usually reliable.
        case d = "D"
        /// Unreliable.
        case e = "E"
        /// Reliability cannot be judged.
        case f = "F"

        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public init(
        file: String, title: String, outlet: String? = nil, author: String? = nil,
        date: CalendarDate, dating: String? = nil, url: String? = nil, note: String? = nil,
        kind: Kind = .anonymousCommentary, reliability: Reliability = .f, reliabilityReason: String = ""
    ) {
        self.file = file
        self.title = title
        self.outlet = outlet
        self.author = author
        self.date = date
        self.dating = dating
        self.url = url
        self.note = note
        self.kind = kind
        self.reliability = reliability
        self.reliabilityReason = reliabilityReason
    }
}
