/// A table's cells kept as UTF-8 bytes in one buffer, and laid out into aligned text.
///
///     var table = TableText(columns: 2)
///     table.addRow(["actor", "position"])
///     table.add("RU"); table.addFixed(90, decimals: 1)
///     table.render(width: 80)   // "actor  position\nRU     90.0\n"
///
/// Tables are most of what a replay prints, so cells are written straight into one byte
/// buffer, figures included, and counted once; the layout writes one more buffer and makes one
/// `String` at the end.
struct TableText {
    let columns: Int
    private var bytes: [UInt8] = []
    /// Where each finished cell ends in `bytes`.
    private var ends: [Int] = []
    /// Each finished cell's width in characters.
    private var lengths: [Int] = []
    private var cellStart = 0
    private var cellIsASCII = true

    init(columns: Int, expectedRows: Int = 0) {
        self.columns = columns
        bytes.reserveCapacity(expectedRows * columns * 16)
        ends.reserveCapacity(expectedRows * columns)
        lengths.reserveCapacity(expectedRows * columns)
    }

    /// A table of `rows`, as many columns as the longest has.
    init(rows: [[String]]) {
        // A table of empty rows still prints one empty line per row.
        self.init(columns: max(1, rows.map(\.count).max() ?? 0), expectedRows: rows.count)
        for row in rows { addRow(row) }
    }

    var rowCount: Int { columns == 0 ? 0 : (ends.count + columns - 1) / columns }

    // MARK: Writing cells

    /// Appends text to the cell being written.
    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            if cellIsASCII {
                for byte in utf8 where byte >= 0x80 || byte == 0x0D {
                    cellIsASCII = false
                    break
                }
            }
            bytes.append(contentsOf: utf8)
        }
    }

    /// Appends a figure with `decimals` places to the cell being written; see ``Figures/fixed(_:_:)``.
    mutating func writeFixed(_ value: Double, decimals: Int) {
        Figures.append(value, decimals: decimals, to: &bytes)
    }

    /// Finishes the cell being written.
    mutating func endCell() {
        let cell = bytes[cellStart...]
        lengths.append(cellIsASCII ? cell.count : DisplayWidth.characters(cell))
        ends.append(bytes.count)
        cellStart = bytes.count
        cellIsASCII = true
    }

    /// Adds a whole cell.
    mutating func add(_ text: String) {
        write(text)
        endCell()
    }

    /// Adds a cell holding one figure.
    mutating func addFixed(_ value: Double, decimals: Int) {
        writeFixed(value, decimals: decimals)
        endCell()
    }

    /// Adds a row of cells; a short row is padded with empty cells.
    mutating func addRow(_ cells: [String]) {
        for cell in cells.prefix(columns) { add(cell) }
        for _ in cells.count..<max(cells.count, columns) { endCell() }
    }

    // MARK: Layout

    /// How a rendered table treats its columns.
    struct Layout {
        /// Columns that give up width, in order, down to a floor, when the table is too wide.
        var shrinkable: [(column: Int, floor: Int)] = []
        var rightAligned: Set<Int> = []
        /// Columns left out, in order, when shrinking cannot make the table fit: the table
        /// loses detail rather than wrapping every row.
        var droppable: [Int] = []
        /// Bytes trimmed from the end of each line.
        var trims: Set<UInt8> = [0x20]
        /// Spaces between columns; a table of short figures can do with one where room is short.
        var gap = 2
    }

    /// The cells in columns two spaces apart (``Layout/gap``), fitting `width` where shrinking allows; the first
    /// row is the header, whose width is every column's floor. Cut cells end in "…".
    func render(width: Int = .max, layout: Layout = Layout()) -> String {
        let (widths, dropped) = fit(width: width, layout: layout)
        // The last column shown is the one left unpadded.
        let lastShown = (0..<columns).last { !dropped[$0] } ?? columns - 1
        let firstShown = (0..<columns).first { !dropped[$0] } ?? 0
        // Looked up per column and byte below, so kept out of the sets.
        let rightAligned = (0..<columns).map { layout.rightAligned.contains($0) }
        var trims = [Bool](filling: false, count: 256)
        for byte in layout.trims { trims[Int(byte)] = true }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + rowCount * (widths.reduce(0, +) + layout.gap * columns + 1))
        for row in 0..<rowCount {
            let lineStart = out.count
            for column in 0..<columns where !dropped[column] {
                let index = row * columns + column
                guard index < ends.count else { break }
                if column > firstShown { out.append(contentsOf: repeatElement(0x20, count: layout.gap)) }
                let start = index == 0 ? 0 : ends[index - 1]
                let cell = bytes[start..<ends[index]]
                let shown = min(lengths[index], widths[column])
                let padding = column == lastShown && !rightAligned[column]
                    ? 0 : widths[column] - shown
                if rightAligned[column] { out.append(contentsOf: repeatElement(0x20, count: padding)) }
                if lengths[index] > widths[column] {
                    Self.appendCut(cell, to: widths[column], into: &out)
                } else {
                    out.append(contentsOf: cell)
                }
                if !rightAligned[column] { out.append(contentsOf: repeatElement(0x20, count: padding)) }
            }
            while out.count > lineStart, trims[Int(out[out.count - 1])] { out.removeLast() }
            out.append(0x0A)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Each column's width as `render` lays it out for `width`, and which columns it leaves out.
    func fit(width: Int, layout: Layout) -> (widths: [Int], dropped: [Bool]) {
        var widths = [Int](filling: 0, count: columns)
        for (index, length) in lengths.enumerated() where length > widths[index % columns] {
            widths[index % columns] = length
        }
        var excess = widths.reduce(0, +) + layout.gap * max(0, columns - 1) - width
        for (column, floor) in layout.shrinkable where excess > 0 {
            let floor = max(floor, column < lengths.count ? lengths[column] : 0)
            let give = min(excess, max(0, widths[column] - floor))
            widths[column] -= give
            excess -= give
        }
        var dropped = [Bool](filling: false, count: columns)
        for column in layout.droppable where excess > 0 && column < columns {
            dropped[column] = true
            excess -= widths[column] + layout.gap
        }
        return (widths, dropped)
    }

    /// How wide the widest line is once laid out for `width`: more than `width` when shrinking
    /// and leaving columns out cannot make the table fit.
    func laidOutWidth(_ width: Int = .max, layout: Layout = Layout()) -> Int {
        let (widths, dropped) = fit(width: width, layout: layout)
        let shown = widths.indices.filter { !dropped[$0] }
        return shown.reduce(0) { $0 + widths[$1] } + layout.gap * max(0, shown.count - 1)
    }

    /// `cell` cut to `width` characters, ending in "…" when there is room for it.
    private static func appendCut(_ cell: ArraySlice<UInt8>, to width: Int, into out: inout [UInt8]) {
        let kept = width > 1 ? width - 1 : width
        if DisplayWidth.isPlain(cell) {
            out.append(contentsOf: cell.prefix(DisplayWidth.prefixEnd(cell, characters: kept)))
        } else {
            out.append(contentsOf: String(decoding: cell, as: UTF8.self).prefix(kept).utf8)
        }
        if width > 1 { out.append(contentsOf: "…".utf8) }
    }
}
