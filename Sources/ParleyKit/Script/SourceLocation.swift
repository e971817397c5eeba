/// Where a piece of input came from: a file name (or `<stdin>`), a 1-based line and column.
///
///     SourceLocation(file: "sanctions.parley", line: 3, column: 7)  // sanctions.parley:3:7
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}
