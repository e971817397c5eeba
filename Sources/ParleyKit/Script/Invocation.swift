/// One command line as written: the command's name, where it stands, and the rest of the line.
///
///     apply sanctions by=EU   →  name "apply", arguments lexed on demand from column 7
///
/// Arguments are lexed only once the command is known, because `note` and `expect` read their
/// text raw (an apostrophe in a note must not open a string).
public struct Invocation: Sendable, Hashable {
    public var name: String
    /// Where the command name starts.
    public var location: SourceLocation
    /// The whole source line, for carets.
    public var line: String
    /// 1-based column just after the command name.
    public var argumentsColumn: Int

    public init(name: String, location: SourceLocation, line: String, argumentsColumn: Int) {
        self.name = name
        self.location = location
        self.line = line
        self.argumentsColumn = argumentsColumn
    }

    /// The text after the name, without surrounding blanks.
    public var rawArguments: String {
        let scalars = line.unicodeScalars.dropFirst(argumentsColumn - 1)
        return String(String.UnicodeScalarView(scalars)).trimmingBlanks()
    }

    /// Column of the first non-blank character after the name.
    public var rawArgumentsColumn: Int {
        var column = argumentsColumn
        for scalar in line.unicodeScalars.dropFirst(argumentsColumn - 1) {
            guard ArgumentLexer.isSpace(scalar) else { break }
            column += 1
        }
        return column
    }

    public func lexArguments() throws(Diagnostic) -> [Argument] {
        try ArgumentLexer(line: line, file: location.file, lineNumber: location.line)
            .arguments(from: argumentsColumn)
    }

    /// An error pointing at this line, at `column` (the command name by default).
    public func error(_ message: String, column: Int? = nil, length: Int? = nil,
                      suggestion: String? = nil) -> Diagnostic {
        var at = location
        at.column = column ?? location.column
        return Diagnostic(message, at: at, sourceLine: line,
                          length: length ?? (column == nil ? name.unicodeScalars.count : 1),
                          suggestion: suggestion)
    }

    public func error(_ message: String, at argument: Argument, suggestion: String? = nil) -> Diagnostic {
        error(message, column: argument.column, length: argument.length, suggestion: suggestion)
    }

    /// An error pointing at an option's value rather than its key.
    public func error(_ message: String, atValueOf argument: Argument, suggestion: String? = nil) -> Diagnostic {
        error(message, column: argument.valueColumn,
              length: argument.length - (argument.valueColumn - argument.column), suggestion: suggestion)
    }
}

extension StringProtocol {
    func trimmingBlanks() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !ArgumentLexer.isSpace($0) && $0 != "\r" }),
              let last = scalars.lastIndex(where: { !ArgumentLexer.isSpace($0) && $0 != "\r" }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
