/// A short verbatim quote from a source document that supports a value.
///
///     Citation(document: "001_06ad844f94b272e9.txt",
///              quote: "including the non-expansion of NATO")
///
/// Quotes are at most ``maximumWords`` words and must appear in the document word for word
/// (whitespace aside); ``QuoteVerifier`` checks that.
public struct Citation: Sendable, Hashable, Codable {
    /// The longest quote allowed, in words.
    public static let maximumWords = 30

    /// The cited document's file name, as listed in the sources manifest.
    public var document: String
    public var quote: String
    /// How the quote bears on the value, when that is not obvious from the quote alone.
    public var note: String?
    /// Where the quote sits in the seed files, for reporting; nil when built in code.
    public var location: SourceLocation?
    /// The seed file's line at `location`, shown under a failed verification.
    public var sourceLine: String?

    public init(document: String, quote: String, note: String? = nil, location: SourceLocation? = nil,
                sourceLine: String? = nil) {
        self.document = document
        self.quote = quote
        self.note = note
        self.location = location
        self.sourceLine = sourceLine
    }

    /// Words in the quote, counted as runs of non-whitespace.
    public var wordCount: Int { Self.wordCount(of: quote) }

    static func wordCount(of text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace }).count
    }
}
