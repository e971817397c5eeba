import Testing
@testable import ParleyKit

@Suite("Render: JSON strings")
struct JSONTextTests {
    /// Issue 16 item 6: `--json` output escapes C1, DEL and bidi controls as \u escapes, so
    /// the data stays exact and a terminal showing it obeys nothing.
    @Test func escapesWhatATerminalWouldObey() {
        #expect(JSONText.string("a\u{9B}b\u{202E}c\u{7F}d\u{1B}") == "\"a\\u009bb\\u202ec\\u007fd\\u001b\"")
        #expect(JSONText.string("“Kyiv” – ü") == "\"“Kyiv” – ü\"")
    }
}
