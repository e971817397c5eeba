/// A grid of braille characters, each 2 dots wide and 4 high, for line charts in a terminal.
///
///     var canvas = BrailleCanvas(columns: 40, rows: 10)
///     canvas.line(from: (0, 0), to: (79, 39), owner: 0)
///     canvas.row(9)   // characters and the owner of each cell (for colour)
///
/// Dots are addressed from the top left. A cell remembers the last owner to draw in it, so a
/// chart can colour it; where lines cross, the later one wins the colour.
struct BrailleCanvas {
    let columns: Int
    let rows: Int
    private var bits: [UInt8]
    private var owners: [Int?]

    init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
        bits = [UInt8](filling: 0, count: columns * rows)
        owners = [Int?](filling: nil, count: columns * rows)
    }

    var dotWidth: Int { columns * 2 }
    var dotHeight: Int { rows * 4 }

    /// Unicode's braille dot numbering: left column dots 1, 2, 3, 7; right column 4, 5, 6, 8.
    private static let dotBits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    mutating func set(x: Int, y: Int, owner: Int) {
        guard (0..<dotWidth).contains(x), (0..<dotHeight).contains(y) else { return }
        let cell = (y / 4) * columns + x / 2
        bits[cell] |= Self.dotBits[x % 2][y % 4]
        owners[cell] = owner
    }

    /// A straight line between two dots (Bresenham), both ends included.
    mutating func line(from start: (x: Int, y: Int), to end: (x: Int, y: Int), owner: Int) {
        var x = start.x, y = start.y
        let dx = abs(end.x - x), dy = -abs(end.y - y)
        let stepX = x < end.x ? 1 : -1, stepY = y < end.y ? 1 : -1
        var error = dx + dy
        while true {
            set(x: x, y: y, owner: owner)
            if x == end.x && y == end.y { return }
            let doubled = 2 * error
            if doubled >= dy { error += dy; x += stepX }
            if doubled <= dx { error += dx; y += stepY }
        }
    }

    /// One text row: each cell's character (a space where nothing is drawn) and its owner.
    func row(_ index: Int) -> [(character: Character, owner: Int?)] {
        (0..<columns).map { column in
            let cell = index * columns + column
            guard bits[cell] != 0 else { return (" ", nil) }
            return (Character(Unicode.Scalar(0x2800 + UInt32(bits[cell]))!), owners[cell])
        }
    }
}
