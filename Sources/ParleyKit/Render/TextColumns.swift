/// Plain left-aligned columns separated by two spaces, for short listings.
///
///     TextColumns.render([["seed", "1"], ["width", "auto"]])
///     // "seed   1\nwidth  auto\n"
public enum TextColumns {
    public static func render(_ rows: [[String]]) -> String {
        let columnCount = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columnCount)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], SeedColumns.characterCount(cell)) }
        }
        return rows.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - SeedColumns.characterCount(cell))
            }.joined(separator: "  ").trimmingTrailingBlanks()
        }.joined(separator: "\n") + (rows.isEmpty ? "" : "\n")
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
