/// One argument of a command, with the columns it occupies for error carets.
///
///     apply sanctions by=EU --json
///           ^positional ^option ^flag
public struct Argument: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case positional(ArgumentValue)
        case option(key: String, value: ArgumentValue)
        case flag(String)
    }

    public var kind: Kind
    /// 1-based column of the argument's first character on its line.
    public var column: Int
    /// Its length in characters, so a caret can underline all of it.
    public var length: Int
    /// For options, the column where the value starts.
    public var valueColumn: Int

    public init(kind: Kind, column: Int, length: Int, valueColumn: Int? = nil) {
        self.kind = kind
        self.column = column
        self.length = length
        self.valueColumn = valueColumn ?? column
    }

    public var value: ArgumentValue? {
        switch kind {
        case .positional(let value), .option(_, let value): return value
        case .flag: return nil
        }
    }

    /// The argument as it would be retyped in a script.
    public var scriptText: String {
        switch kind {
        case .positional(let value): return value.description
        case .option(let key, let value): return "\(key)=\(value.description)"
        case .flag(let name): return "--\(name)"
        }
    }
}
