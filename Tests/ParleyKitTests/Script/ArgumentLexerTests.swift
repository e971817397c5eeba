import Testing
@testable import ParleyKit

@Suite("Argument lexer")
struct ArgumentLexerTests {
    func lex(_ line: String) throws(Diagnostic) -> [Argument.Kind] {
        try ScriptParser.parseLine(line, file: "t.parley", lineNumber: 3)!.lexArguments().map(\.kind)
    }

    /// The rendered error for a line that must fail.
    func failure(_ line: String) -> String {
        do {
            _ = try lex(line)
            return "no error"
        } catch {
            return DiagnosticRenderer.render(error)
        }
    }

    @Test func wordsOptionsFlagsAndComments() throws {
        #expect(try lex("apply sanctions by=EU severity=0.7 --json # why") == [
            .positional(.word("sanctions")),
            .option(key: "by", value: .word("EU")),
            .option(key: "severity", value: .number(0.7, text: "0.7")),
            .flag("json"),
        ])
    }

    @Test func listsDatesDurationsAndStrings() throws {
        #expect(try lex(#"x between=US,RU at=2025-06-03 advance 8w 30d title="Istanbul, round two""#) == [
            .option(key: "between", value: .list([.word("US"), .word("RU")])),
            .option(key: "at", value: .date(CalendarDate(year: 2025, month: 6, day: 3)!)),
            .positional(.word("advance")),
            .positional(.duration(TimeSpan(days: 56))),
            .positional(.duration(TimeSpan(days: 30))),
            .option(key: "title", value: .string("Istanbul, round two")),
        ])
    }

    @Test func quotedListItemsAndEscapes() throws {
        #expect(try lex(#"x "a \"b\"",c"#) == [
            .positional(.list([.string(#"a "b""#), .word("c")])),
        ])
    }

    @Test func numbersStayPlain() throws {
        #expect(try lex("x -3 +2.5 inf 1e3") == [
            .positional(.number(-3, text: "-3")),
            .positional(.number(2.5, text: "+2.5")),
            .positional(.word("inf")),
            .positional(.word("1e3")),
        ])
    }

    @Test func unterminatedString() {
        #expect(failure(#"note2 title="energy pause"#) == """
            t.parley:3:13: error: unterminated string; add a closing '"'
            note2 title="energy pause
                        ^

            """)
    }

    @Test func dateThatDoesNotExist() {
        #expect(failure("load at=2025-02-30") == """
            t.parley:3:9: error: no such date '2025-02-30'
            load at=2025-02-30
                    ^~~~~~~~~~

            """)
    }

    @Test func durationWithTooManyDigits() throws {
        #expect(failure("apply ultimatum days=1234567d") == """
            t.parley:3:22: error: duration '1234567d' is too long; a duration has at most 6 digits
            apply ultimatum days=1234567d
                                 ^~~~~~~~

            """)
        #expect(try lex("x 999999w") == [.positional(.duration(TimeSpan(days: 999_999 * 7)))])
    }

    @Test func emptyListItem() {
        #expect(failure("x between=US,,RU") == """
            t.parley:3:14: error: empty item in list 'US,,RU'
            x between=US,,RU
                         ^

            """)
    }

    @Test func trailingCommaInList() {
        #expect(failure("x between=US,") == """
            t.parley:3:13: error: empty item in list 'US,'
            x between=US,
                        ^

            """)
    }

    @Test func missingValueAndKey() {
        #expect(failure("x severity=") == """
            t.parley:3:11: error: missing value after 'severity='
            x severity=
                      ^

            """)
        #expect(failure("x =3") == """
            t.parley:3:3: error: missing key before '='
            x =3
              ^

            """)
    }

    @Test func textAfterClosingQuote() {
        #expect(failure(#"x "abc"def"#) == """
            t.parley:3:8: error: unexpected text after closing quote
            x "abc"def
                   ^

            """)
    }

    @Test func quoteInsideWord() {
        #expect(failure(#"x ab"c""#) == """
            t.parley:3:5: error: a quote may only start a value; put the whole value in quotes
            x ab"c"
                ^

            """)
    }

    @Test func unknownEscape() {
        #expect(failure(#"x "a\qb""#) == #"""
            t.parley:3:5: error: unknown escape '\q' in string; write '\\' for a backslash
            x "a\qb"
                ^~

            """#)
    }

    @Test func malformedFlag() {
        #expect(failure("show --") == """
            t.parley:3:6: error: malformed flag '--'
            show --
                 ^~

            """)
    }
}
