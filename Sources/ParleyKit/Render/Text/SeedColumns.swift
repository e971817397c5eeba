/// Lays out rows of text in aligned columns that fit a terminal width.
///
///     SeedColumns.render(headers: ["id", "name"], rows: [["RU", "Russia"]], width: 80)
///     // "id  name\nRU  Russia\n"
///
/// When the table is too wide, columns give up width step by step as `shrinkable` lists them:
/// each step narrows one column down to a floor (never below its header), and cut cells end in
/// "…". Widths count characters, which suits the seeds' text.
enum SeedColumns {
    static func render(
        headers: [String], rows: [[String]], width: Int,
        shrinkable: [(column: Int, floor: Int)] = [], rightAligned: Set<Int> = []
    ) -> String {
        var table = TableText(columns: headers.count, expectedRows: rows.count + 1)
        table.addRow(headers)
        for row in rows { table.addRow(row) }
        return table.render(width: width, layout: TableText.Layout(shrinkable: shrinkable, rightAligned: rightAligned))
    }
}
