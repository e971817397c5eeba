/// Plain left-aligned columns separated by two spaces, for short listings.
///
///     TextColumns.render([["seed", "1"], ["width", "auto"]])
///     // "seed   1\nwidth  auto\n"
public enum TextColumns {
    /// Left-aligned, the last cell of a row unpadded, trailing spaces and tabs trimmed.
    static let layout = TableText.Layout(trims: [0x20, 0x09])

    public static func render(_ rows: [[String]]) -> String {
        TableText(rows: rows).render(layout: layout)
    }
}

extension String {
    /// The text without trailing spaces and tabs. Works on UTF-8 bytes: a byte 0x20 or 0x09 is
    /// always that character, never part of another.
    func trimmingTrailingBlanks() -> String {
        var end = utf8.endIndex
        while end > utf8.startIndex {
            let before = utf8.index(before: end)
            guard utf8[before] == 0x20 || utf8[before] == 0x09 else { break }
            end = before
        }
        return end == utf8.endIndex ? self : String(Substring(utf8[..<end]))
    }
}
