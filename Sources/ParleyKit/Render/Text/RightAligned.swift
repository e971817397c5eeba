/// Columns for numeric tables: the first `leftColumns` are left-aligned (names), the rest
/// right-aligned so decimal points line up; two spaces between columns.
///
///     RightAligned.render([["actor", "p50"], ["RU", "90.0"], ["UA", "5.0"]], leftColumns: 1)
///     // "actor   p50\nRU     90.0\nUA      5.0\n"
enum RightAligned {
    /// With `trailingLeft`, the last column is left-aligned too (a chart strip, a note).
    static func render(_ rows: [[String]], leftColumns: Int, trailingLeft: Bool = false) -> String {
        let table = TableText(rows: rows)
        let last = trailingLeft ? table.columns - 1 : table.columns
        let right = leftColumns..<max(leftColumns, last)
        return table.render(layout: TableText.Layout(rightAligned: Set(right), trims: [0x20, 0x09]))
    }
}
