import Testing
@testable import ParleyKit

@Suite("Script parser")
struct ScriptParserTests {
    @Test func skipsBlanksAndComments() throws {
        let lines = try ScriptParser.parse("help\n\n   # a comment\n  quit # bye\r\n", file: "s.parley")
        #expect(lines.map(\.name) == ["help", "quit"])
        #expect(lines.map(\.location.line) == [1, 4])
        #expect(lines[1].location.column == 3)
    }

    @Test func commandNamesAreCaseInsensitive() throws {
        #expect(try ScriptParser.parseLine("HELP", file: "s", lineNumber: 1)?.name == "help")
    }

    @Test func rawArgumentsKeepApostrophes() throws {
        let line = try #require(try ScriptParser.parseLine("note   Moscow's terms #1  ", file: "s", lineNumber: 1))
        #expect(line.rawArguments == "Moscow's terms #1")
        #expect(line.rawArgumentsColumn == 8)
    }

    @Test func refusesAStrayCharacterAsCommand() {
        #expect(throws: Diagnostic("expected a command name, found '=x'",
                                   at: SourceLocation(file: "s", line: 2, column: 3),
                                   sourceLine: "  =x", length: 2)) {
            try ScriptParser.parseLine("  =x", file: "s", lineNumber: 2)
        }
    }

    @Test func refusesControlCharacters() {
        let error = #expect(throws: Diagnostic.self) {
            try ScriptParser.parseLine("help\u{0}x", file: "s", lineNumber: 1)
        }
        #expect(error.map(DiagnosticRenderer.render) == """
            s:1:5: error: unexpected control character U+0000
            help\u{2400}x
                ^

            """)
    }

    @Test func refusesOverlongLines() {
        let error = #expect(throws: Diagnostic.self) {
            try ScriptParser.parseLine(String(repeating: "x", count: 70_000), file: "s", lineNumber: 9)
        }
        #expect(error?.message == "line is 70000 characters long; the limit is 65536")
    }
}
