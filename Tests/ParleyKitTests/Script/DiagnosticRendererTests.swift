import Testing
@testable import ParleyKit

/// The caret and its underline line up with the line as it is shown, whatever it holds.
@Suite("Diagnostic carets")
struct DiagnosticRendererTests {
    static func rendered(_ line: String, column: Int, length: Int) -> String {
        DiagnosticRenderer.render(Diagnostic("bad", at: SourceLocation(file: "s", line: 1, column: column),
                                             sourceLine: line, length: length))
    }

    /// An unprintable character shown as <U+202E> is eight columns wide under the underline too.
    @Test func theUnderlineWidensUnderAnEscape() throws {
        let t = Transcript()
        #expect(t.interpreter.loadAtStart(nil))
        #expect(!t.run("apply sanctions by=EU target=R\u{202E}U severity=2", file: "s"))
        #expect(t.err == """
            s:1:23: error: unknown actor 'R\u{202E}U'; did you mean 'RU'?
            apply sanctions by=EU target=R<U+202E>U severity=2
                                  ^~~~~~~~~~~~~~~~~

            """)
        // (The binary shows the message's escape too, on the way out to the terminal.)
        // Under the escape alone, and after one.
        #expect(Self.rendered("a\u{85}b", column: 2, length: 1) == "s:1:2: error: bad\na<U+0085>b\n ^" + String(repeating: "~", count: 7) + "\n")
        #expect(Self.rendered("a\u{85}b", column: 3, length: 1) == "s:1:3: error: bad\na<U+0085>b\n         ^\n")
    }

    /// A combining mark takes no column and a CJK character two, before the caret and under it.
    @Test func marksAndWideCharactersCountAsShown() {
        #expect(Self.rendered("e\u{301}x y", column: 5, length: 1) == "s:1:5: error: bad\ne\u{301}x y\n   ^\n")
        #expect(Self.rendered("note 和平 x", column: 6, length: 2) == "s:1:6: error: bad\nnote 和平 x\n     ^~~~\n")
        #expect(Self.rendered("note 和平 x", column: 9, length: 1) == "s:1:9: error: bad\nnote 和平 x\n          ^\n")
    }

    /// A caret past the end of the line (a missing argument) still gets one mark.
    @Test func aCaretPastTheEndIsOneMark() {
        #expect(Self.rendered("show", column: 6, length: 3) == "s:1:6: error: bad\nshow\n    ^\n")
    }
}
