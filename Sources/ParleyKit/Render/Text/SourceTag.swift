/// Short text for where a value comes from, as the seed tables show it.
///
///     SourceTag.tag(forDocument: "004_9a1f.txt")   // "004"
///     SourceTag.tag(.estimate("…"))               // "est."
enum SourceTag {
    /// A document's short tag: the part of its file name before the first `_`, or the name
    /// without its extension.
    static func tag(forDocument file: String) -> String {
        if let underscore = file.firstIndex(of: "_"), underscore != file.startIndex {
            return String(file[..<underscore])
        }
        if let dot = file.lastIndex(of: "."), dot != file.startIndex {
            return String(file[..<dot])
        }
        return file
    }

    /// Just the document tag, or "est." for an estimate.
    static func tag(_ provenance: Provenance) -> String {
        switch provenance {
        case .source(let citation): return tag(forDocument: citation.document)
        case .estimate: return "est."
        }
    }
}
