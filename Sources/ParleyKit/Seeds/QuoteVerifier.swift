import Foundation

/// Checks that every quote in the seeds appears word for word in its source document.
///
///     let failures = QuoteVerifier.verify(seeds, documents: URL(fileURLWithPath: "../shared/seeds"))
///     failures.isEmpty   // true when every quote was found
///
/// Runs of whitespace (spaces, tabs, line breaks, no-break spaces) count as one space on both
/// sides; every other character, typographic quotes and dashes included, must match exactly.
public enum QuoteVerifier {
    /// Checks every citation of `seeds` against the documents in `documents`, in seed order.
    public static func verify(_ seeds: Seeds, documents directory: URL) -> [QuoteFailure] {
        verify(seeds.citations, documents: directory)
    }

    /// Checks the given citations against the documents in `directory`.
    public static func verify(_ citations: [Citation], documents directory: URL) -> [QuoteFailure] {
        var texts: [String: DocumentText] = [:]
        var failures: [QuoteFailure] = []
        for citation in citations {
            let text: DocumentText
            if let cached = texts[citation.document] {
                text = cached
            } else {
                text = load(citation.document, in: directory)
                texts[citation.document] = text
            }
            switch text {
            case .unavailable(let reason):
                failures.append(QuoteFailure(citation: citation, reason: reason))
            case .text(let document):
                if !document.contains(normalize(citation.quote)) {
                    failures.append(QuoteFailure(citation: citation, reason: .notFound))
                }
            }
        }
        return failures
    }

    /// Collapses every run of whitespace to one space and trims the ends.
    ///
    ///     QuoteVerifier.normalize("a \n\t b ")   // "a b"
    public static func normalize(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Renders failures as `FILE:LINE:COL: error: …` with the seed line and a caret.
    public static func render(_ failures: [QuoteFailure]) -> String {
        failures.map { DiagnosticRenderer.render($0.diagnostic) }.joined()
    }

    private static func load(_ name: String, in directory: URL) -> DocumentText {
        let url = directory.appendingPathComponent(name)
        guard !name.contains("/"), FileManager.default.fileExists(atPath: url.path) else { return .unavailable(.documentMissing) }
        guard let text = try? TextFile.read(url.path) else { return .unavailable(.documentUnreadable) }
        return .text(normalize(text))
    }

    /// A document's normalised text, or why it could not be had.
    private enum DocumentText {
        case text(String)
        case unavailable(QuoteFailure.Reason)
    }
}
