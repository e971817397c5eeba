/// A number for every actor and issue (or every pair of actors), read and written by subscript.
///
///     var positions = Grid(rows: 2, columns: 3, repeating: 50)
///     positions[1, 2] = 80        // actor 1, issue 2
///     positions.row(1)            // [50, 50, 80]
///
/// The storage is row-major and private, so the layout is known in one place; `values` hands the
/// flat array to the bargaining core, which works on the same layout.
public struct Grid: Sendable, Hashable {
    /// Actors.
    public let rows: Int
    /// Issues, or actors again for accommodation.
    public let columns: Int
    /// Every value, row-major: what the bargaining core and a whole-grid comparison read.
    public private(set) var values: [Double]

    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        self.rows = rows
        self.columns = columns
        values = [Double](filling: value, count: rows * columns)
    }

    /// Rows given whole, as the seeds list stances actor by actor.
    public init(rows: Int, columns: Int, values: [Double]) {
        precondition(values.count == rows * columns, "grid shape")
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    public subscript(row: Int, column: Int) -> Double {
        get { values[row * columns + column] }
        set { values[row * columns + column] = newValue }
    }

    /// One actor's values, in column order.
    public func row(_ row: Int) -> ArraySlice<Double> {
        values[row * columns..<(row + 1) * columns]
    }

    /// One column's values, in row order: an issue across actors, or a figure across runs.
    public func column(_ column: Int) -> [Double] {
        precondition(rows == 0 || (0..<columns).contains(column), "grid column")
        return values.withUnsafeBufferPointer { flat in
            // Mapped, not built in place: see Array(filling:count:).
            (0..<rows).map { row in flat[row * columns + column] }
        }
    }

    /// The sum of one actor's values.
    public func rowTotal(_ row: Int) -> Double {
        var total = 0.0
        for column in 0..<columns { total += self[row, column] }
        return total
    }

    /// Rows and columns picked out, in the order given: the seated actors' values on the chosen issues.
    public func picking(rows chosenRows: [Int], columns chosenColumns: [Int]) -> Grid {
        var picked = Grid(rows: chosenRows.count, columns: chosenColumns.count)
        for (row, source) in chosenRows.enumerated() {
            for (column, sourceColumn) in chosenColumns.enumerated() {
                picked[row, column] = self[source, sourceColumn]
            }
        }
        return picked
    }

    /// Every value transformed, keeping the shape.
    public func map(_ transform: (Double) -> Double) -> Grid {
        Grid(rows: rows, columns: columns, values: values.map(transform))
    }

    /// The mean absolute difference from another grid of the same shape, over every cell.
    public func meanDistance(to other: Grid) -> Double {
        precondition(rows == other.rows && columns == other.columns, "grid shape")
        let total = zip(values, other.values).reduce(0.0) { $0 + abs($1.0 - $1.1) }
        return total / Double(max(1, values.count))
    }
}
