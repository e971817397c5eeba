/// Columns for numeric tables: the first `leftColumns` are left-aligned (names), the rest
/// right-aligned so decimal points line up; two spaces between columns.
///
///     RightAligned.render([["actor", "p50"], ["RU", "90.0"], ["UA", "5.0"]], leftColumns: 1)
///     // "actor   p50\nRU     90.0\nUA      5.0\n"
enum RightAligned {
    /// With `trailingLeft`, the last column is left-aligned too (a chart strip, a note).
    static func render(_ rows: [[String]], leftColumns: Int, trailingLeft: Bool = false) -> String {
        let columnCount = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columnCount)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        return rows.map { row in
            row.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                let left = index < leftColumns || (trailingLeft && index == columnCount - 1)
                return left ? cell + padding : padding + cell
            }.joined(separator: "  ").trimmingTrailingBlanks()
        }.joined(separator: "\n") + (rows.isEmpty ? "" : "\n")
    }
}
