import Yams

extension SeedAssembler {
    static let documentKeys = ["file", "title", "outlet", "author", "date", "dating", "url", "note",
                               "kind", "reliability", "reason"]

    /// Reads `sources.yaml`: the manifest of source documents that citations may name.
    ///
    ///     documents:
    ///       - file: 004_67b6710205e13c3d.txt
    ///         title: New turning point for the Russia-Ukraine conflict
    ///         date: 2025-03-19
    ///         kind: named-analysis
    ///         reliability: C
    ///         reason: why the grade
    func readSources() {
        guard let (reader, root) = open(SeedLoader.sourcesFile) else { return }
        defer { collect(reader) }
        guard let top = reader.fields(of: root, allowed: ["documents"], in: "the sources manifest"),
              let list = reader.value(top, "documents", required: true),
              let items = reader.sequence(list, in: "'documents'") else { return }
        var names: [String] = []
        var seen: [String: SourceLocation] = [:]
        for item in items {
            guard let fields = reader.fields(of: item, allowed: Self.documentKeys, in: "document") else { continue }
            let file = reader.text(fields, "file")
            let title = reader.text(fields, "title")
            let date = reader.date(fields, "date")
            let outlet = reader.text(fields, "outlet", required: false)
            let author = reader.text(fields, "author", required: false)
            let dating = reader.text(fields, "dating", required: false)
            let url = reader.text(fields, "url", required: false)
            let note = reader.text(fields, "note", required: false)
            let kind = choice(fields, "kind", of: SourceDocument.Kind.self, reader: reader)
            let reliability = choice(fields, "reliability", of: SourceDocument.Reliability.self, reader: reader)
            let reason = reader.text(fields, "reason")
            guard let file, let fileNode = fields["file"] else { continue }
            if let earlier = seen[file] {
                reader.error("duplicate document '\(file)' (first listed at \(earlier))", at: fileNode)
                continue
            }
            seen[file] = reader.file.location(of: fileNode)
            names.append(file)
            guard let title, let date, let kind, let reliability, let reason else { continue }
            documents.append(SourceDocument(file: file, title: title, outlet: outlet, author: author,
                                            date: date, dating: dating, url: url, note: note,
                                            kind: kind, reliability: reliability, reliabilityReason: reason))
        }
        documentNames = names
    }

    /// Reads a field whose text must be one of an enumeration's raw values.
    func choice<T: RawRepresentable & CaseIterable>(_ fields: SeedReader.Fields, _ key: String, of type: T.Type,
                                                     required: Bool = true, reader: SeedReader) -> T? where T.RawValue == String {
        guard let text = reader.text(fields, key, required: required), let node = fields[key] else { return nil }
        if let value = T(rawValue: text) { return value }
        let allowed = T.allCases.map(\.rawValue)
        reader.error("unknown \(key) '\(text)'; expected \(allowed.joined(separator: ", "))", at: node,
                     suggestion: Suggestion.closest(to: text, in: allowed))
        return nil
    }
}
