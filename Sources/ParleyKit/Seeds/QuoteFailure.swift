/// A citation whose quote could not be confirmed against its source document.
///
///     QuoteFailure(citation: citation, reason: .notFound)
///         .diagnostic.message   // "quote not found in '003_e354e611adafdd87.txt': \"Expecting …\""
///
/// Reported at the quote's place in the seed files, so the analyst can fix it there.
public struct QuoteFailure: Sendable, Hashable {
    public enum Reason: Sendable, Hashable {
        /// The quote does not occur in the document, even with whitespace collapsed.
        case notFound
        /// The document file is not in the folder being checked.
        case documentMissing
        /// The document file exists but is not readable UTF-8 text.
        case documentUnreadable
    }

    public var citation: Citation
    public var reason: Reason

    public init(citation: Citation, reason: Reason) {
        self.citation = citation
        self.reason = reason
    }

    /// The longest stretch of the quote shown in a message.
    static let shownQuoteLength = 60

    public var message: String {
        switch reason {
        case .notFound:
            var shown = citation.quote
            if shown.count > Self.shownQuoteLength {
                shown = String(shown.prefix(Self.shownQuoteLength)) + "…"
            }
            return "quote not found in '\(citation.document)': \"\(shown)\""
        case .documentMissing:
            return "document '\(citation.document)' is not in the folder checked"
        case .documentUnreadable:
            return "document '\(citation.document)' cannot be read as UTF-8 text"
        }
    }

    /// The failure as a diagnostic at the quote, with its seed line and a caret.
    public var diagnostic: Diagnostic {
        Diagnostic(message, at: citation.location, sourceLine: citation.sourceLine, length: 1)
    }
}
