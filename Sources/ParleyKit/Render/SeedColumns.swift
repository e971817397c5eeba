/// Lays out rows of text in aligned columns that fit a terminal width.
///
///     SeedColumns.render(headers: ["id", "name"], rows: [["RU", "Russia"]], width: 80)
///     // "id  name\nRU  Russia\n"
///
/// When the table is too wide, columns give up width step by step as `shrinkable` lists them:
/// each step narrows one column down to a floor (never below its header), and cut cells end in
/// "…". Widths count characters, which suits the seeds' text.
enum SeedColumns {
    static let gap = "  "

    static func render(
        headers: [String], rows: [[String]], width: Int,
        shrinkable: [(column: Int, floor: Int)] = [], rightAligned: Set<Int> = []
    ) -> String {
        let count = headers.count
        var widths = (0..<count).map { column in
            ([headers[column]] + rows.map { column < $0.count ? $0[column] : "" }).map(\.count).max() ?? 0
        }
        var excess = widths.reduce(0, +) + gap.count * max(0, count - 1) - width
        for (column, floor) in shrinkable where excess > 0 {
            let floor = max(floor, headers[column].count)
            let give = min(excess, max(0, widths[column] - floor))
            widths[column] -= give
            excess -= give
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for column in 0..<count {
                let cell = fit(column < cells.count ? cells[column] : "", widths[column])
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                parts.append(rightAligned.contains(column) ? padding + cell : cell + padding)
            }
            var text = parts.joined(separator: gap)
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        return ([line(headers)] + rows.map(line)).map { $0 + "\n" }.joined()
    }

    /// `text` cut to `width` characters, ending in "…" when cut.
    static func fit(_ text: String, _ width: Int) -> String {
        guard text.count > width else { return text }
        guard width > 1 else { return String(text.prefix(width)) }
        return String(text.prefix(width - 1)) + "…"
    }
}
