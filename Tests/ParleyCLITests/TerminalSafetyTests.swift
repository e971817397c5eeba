import Foundation
import Testing
import ParleyKit

/// Issue 16 item 6: what a script brings (a note, a file name, a word the commands refuse)
/// reaches the terminal with its C1 and bidi controls shown, not obeyed, on stdout and stderr.
/// Before the fix `notes`, `save`, `brief` and every diagnostic's message printed them raw.
@Suite("Terminal safety of script strings")
struct TerminalSafetyTests {
    /// C1 CSI (a whole escape sequence on its own), a right-to-left override and an isolate.
    static let hostile = "q\u{9B}2Jw\u{202E}e\u{2066}"

    static func unsafe(_ text: String) -> [Substring] {
        text.split(separator: "\n").filter { $0.unicodeScalars.contains { TerminalText.isUnsafe($0, keepingNewlines: true) } }
    }

    @Test func notesFileNamesAndErrorsAreShownNotObeyed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-terminal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let x = Self.hostile
        let script = """
            note a note with \(x) in it
            notes
            save \(folder.path)/saved\(x).parley --force
            brief \(folder.path)/brief\(x).md --force
            show \(x)
            branch b\(x)
            switch b\(x)
            apply \(x)
            \(x)
            load \(folder.path)/none\(x)
            run \(folder.path)/none\(x).parley
            show --json RU territory
            """
        let file = folder.appendingPathComponent("hostile.parley")
        try script.write(to: file, atomically: true, encoding: .utf8)
        for arguments in [["--keep-going", "run", file.path], ["--keep-going"]] {
            let result = try ParleyBinary.run(arguments, in: ParleyBinary.packageRoot,
                                              stdin: arguments.count == 1 ? script + "\n" : "")
            #expect(result.stdout.contains("a note with q<U+009B>2Jw<U+202E>e<U+2066> in it"), "\(result.stdout)")
            #expect(result.stdout.contains("savedq<U+009B>2Jw<U+202E>e<U+2066>.parley"), "\(result.stdout)")
            #expect(Self.unsafe(result.stdout).isEmpty, "raw on stdout: \(Self.unsafe(result.stdout))")
            #expect(Self.unsafe(result.stderr).isEmpty, "raw on stderr: \(Self.unsafe(result.stderr))")
            #expect(result.stderr.contains("expected a command name, found 'q<U+009B>2Jw<U+202E>e<U+2066>'"), "\(result.stderr)")
        }
    }

    @Test func colourCodesPassAndEverythingElseIsShown() {
        #expect(TerminalText.printable("\u{1B}[31mRU\u{1B}[0m a\u{9B}b\n\tc") == "\u{1B}[31mRU\u{1B}[0m a<U+009B>b\n\tc")
        #expect(TerminalText.printable("\u{1B}]0;title\u{07}") == "␛]0;title␇")
        #expect(TerminalText.printable("\u{1B}[2J\u{1B}[") == "␛[2J␛[")
        #expect(TerminalText.printable("r\u{202E}l \u{061C} \u{200F}") == "r<U+202E>l <U+061C> <U+200F>")
        #expect(TerminalText.printable("plain “text” … ünïcode\n") == "plain “text” … ünïcode\n")
        #expect(TerminalText.printable("a\rb\u{7F}") == "a␍b␡")
    }
}
