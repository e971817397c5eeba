/// A short verbatim quote from a source document, graded for what it establishes.
///
///     Citation(document: "004_67b6710205e13c3d.txt",
///              quote: "must be a complete cessation of foreign military aid and intelligence provision to Kiev",
///              speaker: "Kremlin statement", supports: .value, credibility: 2)
///
/// Quotes are at most ``maximumWords`` words and must appear in the document word for word
/// (whitespace aside); ``QuoteVerifier`` checks that. `supports` says how far the quote pins the
/// value (docs/SEEDS.md): the value itself, only its band, or only a direction (with the range
/// it allows). `credibility` is the Admiralty information grade, 1 (confirmed) to 6 (cannot be
/// judged); the document's reliability grade (A–F) is in the sources manifest.
public struct Citation: Sendable, Hashable, Codable {
    /// The longest quote allowed, in words.
    public static let maximumWords = 30

    /// The cited document's file name, as listed in the sources manifest.
    public var document: String
    public var quote: String
    /// How the quote bears on the value, when that is not obvious from the quote alone.
    public var note: String?
    /// Who speaks in the quote, when the document reports someone: "Peskov", "Kremlin statement".
    public var speaker: String?
    /// What the quote establishes; nil for a timeline event's source, which documents the event.
    public var supports: Support?
    /// For `supports: direction` (optionally `band`): the stretch of the scale the quote allows.
    public var allows: ClosedRange<Double>?
    /// Admiralty information credibility, 1–6.
    public var credibility: Int
    /// Set when the document is dated after the snapshot: why the stance already held then.
    public var retrospective: String?
    /// Where the quote sits in the seed files, for reporting; nil when built in code.
    public var location: SourceLocation?
    /// The seed file's line at `location`, shown under a failed verification.
    public var sourceLine: String?

    /// How far a quote pins the value it sits under.
    public enum Support: String, Sendable, Hashable, Codable, CaseIterable {
        /// The quote states this value (this actor, this scale, this date).
        case value
        /// The quote places the value in its band, no more precisely.
        case band
        /// The quote shows only which way the stance leans; `allows` gives the range.
        case direction
    }

    /// The best information credibility a retrospective citation may claim: 3, possibly true.
    public static let retrospectiveCredibility = 3

    public init(document: String, quote: String, note: String? = nil, speaker: String? = nil,
                supports: Support? = nil, allows: ClosedRange<Double>? = nil, credibility: Int = 6,
                retrospective: String? = nil, location: SourceLocation? = nil, sourceLine: String? = nil) {
        self.document = document
        self.quote = quote
        self.note = note
        self.speaker = speaker
        self.supports = supports
        self.allows = allows
        self.credibility = credibility
        self.retrospective = retrospective
        self.location = location
        self.sourceLine = sourceLine
    }

    /// Words in the quote, counted as runs of non-whitespace.
    public var wordCount: Int { Self.wordCount(of: quote) }

    static func wordCount(of text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace }).count
    }
}
