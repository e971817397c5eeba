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
    func trimmingTrailingBlanks() -> String {
        var scalars = unicodeScalars[...]
        while let last = scalars.last, last == " " || last == "\t" { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
