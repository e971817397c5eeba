/// Reads script text into command lines, skipping blanks and `#` comments.
///
///     let lines = try ScriptParser.parse("help\n# a comment\nquit\n", file: "tour.parley")
///     lines.map(\.name)  // ["help", "quit"]
///
/// Only the shape of each line is checked here; the command catalog checks the rest.
public enum ScriptParser {
    /// Longer lines are refused: nothing in the language needs them, and a pasted blob
    /// should get an error, not a stall.
    public static let maximumLineLength = 65_536

    public static func parse(_ text: String, file: String, firstLine: Int = 1) throws(Diagnostic) -> [Invocation] {
        var result: [Invocation] = []
        var lineNumber = firstLine
        for rawLine in lines(of: text) {
            if let invocation = try parseLine(rawLine, file: file, lineNumber: lineNumber) {
                result.append(invocation)
            }
            lineNumber += 1
        }
        return result
    }

    /// Splits on line feeds by scalar: as Characters, "\r\n" is one unit and would not split.
    public static func lines(of text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
    }

    /// Parses one line; nil when it holds only blanks or a comment.
    public static func parseLine(_ rawLine: String, file: String, lineNumber: Int) throws(Diagnostic) -> Invocation? {
        let line = rawLine.unicodeScalars.last == "\r" ? String(String.UnicodeScalarView(rawLine.unicodeScalars.dropLast())) : rawLine
        let scalars = Array(line.unicodeScalars)
        func error(_ message: String, _ index: Int, length: Int = 1) -> Diagnostic {
            Diagnostic(message, at: SourceLocation(file: file, line: lineNumber, column: index + 1),
                       sourceLine: line, length: length)
        }
        guard scalars.count <= maximumLineLength else {
            throw Diagnostic("line is \(scalars.count) characters long; the limit is \(maximumLineLength)",
                             at: SourceLocation(file: file, line: lineNumber, column: 1), sourceLine: line)
        }
        if let control = ControlCharacter.first(in: scalars) {
            throw error(control.message, control.index)
        }
        if let bad = scalars.firstIndex(of: "\u{FFFD}") {
            throw error("invalid UTF-8 in script", bad)
        }
        var index = 0
        while index < scalars.count, ArgumentLexer.isSpace(scalars[index]) { index += 1 }
        if index == scalars.count || scalars[index] == "#" { return nil }
        let start = index
        while index < scalars.count, !ArgumentLexer.isSpace(scalars[index]) { index += 1 }
        let name = String(String.UnicodeScalarView(scalars[start..<index]))
        if QuitSpelling.isForeign(name) {
            throw error("'\(name)' is how other tools quit; here it is 'quit' (or Ctrl-D)", start, length: index - start)
        }
        guard name == "?" || (name.unicodeScalars.first.map(ArgumentLexer.isLetter) == true &&
              name.unicodeScalars.allSatisfy(ArgumentLexer.isNameScalar)) else {
            throw error("expected a command name, found '\(name)'", start, length: index - start)
        }
        return Invocation(
            name: name.lowercased(),
            location: SourceLocation(file: file, line: lineNumber, column: start + 1),
            line: line,
            argumentsColumn: index + 1
        )
    }
}

/// The ways psql, sqlite3, Python and vi users leave, which get a hint instead of a puzzle.
enum QuitSpelling {
    static let foreign: Set<String> = ["\\q", "\\quit", ".quit", ".exit", ".q", "exit()", "quit()", ":q", ":wq", ":q!"]

    static func isForeign(_ word: String) -> Bool { foreign.contains(word.lowercased()) }
}
