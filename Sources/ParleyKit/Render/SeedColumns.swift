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
        // Every cell's width in characters, counted once.
        let table = [headers] + rows
        let lengths = table.map { cells in
            (0..<count).map { column in column < cells.count ? characterCount(cells[column]) : 0 }
        }
        var widths = (0..<count).map { column in lengths.map { $0[column] }.max() ?? 0 }
        var excess = widths.reduce(0, +) + gap.count * max(0, count - 1) - width
        for (column, floor) in shrinkable where excess > 0 {
            let floor = max(floor, lengths[0][column])
            let give = min(excess, max(0, widths[column] - floor))
            widths[column] -= give
            excess -= give
        }
        var out = ""
        for (cells, cellLengths) in zip(table, lengths) {
            var text = ""
            for column in 0..<count {
                if column > 0 { text += gap }
                let full = column < cells.count ? cells[column] : ""
                let cell = cellLengths[column] > widths[column] ? fit(full, widths[column]) : full
                let padding = String(repeating: " ", count: widths[column] - min(cellLengths[column], widths[column]))
                if rightAligned.contains(column) {
                    text += padding
                    text += cell
                } else {
                    text += cell
                    text += padding
                }
            }
            while text.hasSuffix(" ") { text.removeLast() }
            out += text
            out += "\n"
        }
        return out
    }

    /// `text.count`, without walking grapheme clusters when the text is ASCII and has no
    /// carriage return (the only ASCII pair that forms one character, CR LF).
    static func characterCount(_ text: String) -> Int {
        for byte in text.utf8 where byte >= 0x80 || byte == 0x0D { return text.count }
        return text.utf8.count
    }

    /// `text` cut to `width` characters, ending in "…" when cut.
    static func fit(_ text: String, _ width: Int) -> String {
        guard text.count > width else { return text }
        guard width > 1 else { return String(text.prefix(width)) }
        return String(text.prefix(width - 1)) + "…"
    }
}
