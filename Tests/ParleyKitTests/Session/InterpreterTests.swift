import Foundation
import Testing
@testable import ParleyKit

@Suite("Interpreter")
struct InterpreterTests {
    @Test func unknownCommandSuggests() {
        let t = Transcript()
        #expect(!t.run("hlep"))
        #expect(t.err == """
            <stdin>:1:1: error: unknown command 'hlep'; did you mean 'help'?
            hlep
            ^~~~

            """)
    }

    @Test func unknownFlagSuggests() {
        let t = Transcript()
        #expect(!t.run("save x.parley --forse", lineNumber: 4))
        #expect(t.err == """
            <stdin>:4:15: error: unknown flag '--forse' for 'save'; did you mean '--force'?
            save x.parley --forse
                          ^~~~~~~

            """)
    }

    @Test func keysAreRefusedWhereNoneAreTaken() {
        let t = Transcript()
        #expect(!t.run("help sev=1"))
        #expect(t.err == """
            <stdin>:1:6: error: 'help' takes no key=value options
            help sev=1
                 ^~~~~

            """)
    }

    @Test func missingArgumentShowsUsage() {
        let t = Transcript()
        #expect(!t.run("run"))
        #expect(t.err == """
            <stdin>:1:4: error: missing FILE; usage: run FILE [--step]
            run
               ^

            """)
    }

    @Test func tooManyArguments() {
        let t = Transcript()
        #expect(!t.run("quit now"))
        #expect(t.err == """
            <stdin>:1:6: error: 'quit' takes no arguments; usage: quit
            quit now
                 ^~~

            """)
    }

    @Test func helpForOneCommand() {
        let t = Transcript()
        #expect(t.run("help quit"))
        #expect(t.out.hasPrefix("usage: quit\n\nLeave, saving history.\n"))
        #expect(t.out.contains("Example:\n  quit\n"))
    }

    @Test func helpForUnknownCommandSuggests() {
        let t = Transcript()
        #expect(!t.run("help sav"))
        #expect(t.err.hasPrefix("<stdin>:1:6: error: no command named 'sav'; did you mean 'save'?\n"))
    }

    @Test func everyListedCommandHasUsageAndExample() {
        for spec in CommandCatalog.standard.commands {
            #expect(spec.usage.hasPrefix(spec.name))
            #expect(!spec.examples.isEmpty, "\(spec.name) has no example")
            #expect(spec.examples.allSatisfy { $0.hasPrefix(spec.name) })
        }
    }

    @Test func setAndListOptions() {
        let t = Transcript()
        #expect(t.run("set seed 42"))
        #expect(t.interpreter.session.settings.seed == 42)
        #expect(!t.run("set width 20"))
        #expect(t.err.contains("error: width must be auto or a number from 40 to 400"))
        #expect(t.run("set"))
        #expect(t.out.contains("seed   42"))
        #expect(t.interpreter.session.script == ["set seed 42"])
    }

    @Test func notesKeepTheirAudience() {
        let t = Transcript()
        #expect(t.run("note Moscow's terms did not move."))
        #expect(t.run("note question: Why not?"))
        #expect(t.run("note Instructor: stress the deadline"))
        #expect(t.interpreter.session.notes == [
            Note(audience: .everyone, text: "Moscow's terms did not move."),
            Note(audience: .question, text: "Why not?"),
            Note(audience: .instructor, text: "stress the deadline"),
        ])
        #expect(!t.run("note question:   "))
        #expect(t.err.contains("error: the question note is empty"))
    }

    @Test func quitStopsAScript() {
        let t = Transcript()
        #expect(t.interpreter.run(script: "note a\nquit\nnote b\n", file: "s.parley"))
        #expect(t.interpreter.session.notes.map(\.text) == ["a"])
        #expect(t.interpreter.quitRequested)
    }

    @Test func scriptStopsAtFirstErrorUnlessKeepGoing() {
        let t = Transcript()
        #expect(!t.interpreter.run(script: "note a\nbogus\nnote b\n", file: "s.parley"))
        #expect(t.interpreter.session.notes.map(\.text) == ["a"])
        #expect(t.err.hasPrefix("s.parley:2:1: error: unknown command 'bogus'\n"))

        let k = Transcript()
        k.interpreter.keepGoing = true
        #expect(!k.interpreter.run(script: "note a\nbogus\nnote b\n", file: "s.parley"))
        #expect(k.interpreter.session.notes.map(\.text) == ["a", "b"])
    }

    @Test func saveThenReplayRebuildsTheSession() throws {
        let folder = try TemporaryFolder()
        let t = Transcript()
        t.run("set seed 7")
        t.run("note question: What changed?")
        t.run("help")
        #expect(t.run("save \(folder.path)/s.parley"))
        let saved = try String(contentsOfFile: "\(folder.path)/s.parley", encoding: .utf8)
        #expect(saved.hasSuffix("set seed 7\nnote question: What changed?\n"))

        let replay = Transcript()
        #expect(replay.run("run \(folder.path)/s.parley"))
        #expect(replay.interpreter.session.settings.seed == 7)
        #expect(replay.interpreter.session.notes == t.interpreter.session.notes)
    }

    @Test func saveRefusesToOverwriteInAScript() throws {
        let folder = try TemporaryFolder()
        let path = "\(folder.path)/s.parley"
        try "old\n".write(toFile: path, atomically: true, encoding: .utf8)
        let t = Transcript()
        #expect(!t.interpreter.run(script: "save \(path)\n", file: "s.parley"))
        #expect(t.err.contains("error: '\(path)' exists; add --force to replace it"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
        #expect(t.interpreter.run(script: "save \(path) --force\n", file: "s.parley"))
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("# parley session"))
    }

    @Test func runResolvesRelativeToTheScriptAndLimitsDepth() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: "\(folder.path)/sub", withIntermediateDirectories: true)
        try "run inner.parley\n".write(toFile: "\(folder.path)/sub/outer.parley", atomically: true, encoding: .utf8)
        try "note inner ran\n".write(toFile: "\(folder.path)/sub/inner.parley", atomically: true, encoding: .utf8)
        let t = Transcript()
        #expect(t.run("run \(folder.path)/sub/outer.parley"))
        #expect(t.interpreter.session.notes.map(\.text) == ["inner ran"])

        try "run loop.parley\n".write(toFile: "\(folder.path)/loop.parley", atomically: true, encoding: .utf8)
        let loop = Transcript()
        #expect(!loop.run("run \(folder.path)/loop.parley"))
        #expect(loop.err.contains("error: 'run' is nested more than 16 deep; does a script run itself?"))
        #expect(loop.err.components(separatedBy: "error:").count == 2)
    }

    /// Each nested level resolves once, against the folder of the script before it; with a
    /// relative path the folder used to be doubled from the second level on (sub/sub/…).
    @Test func runResolvesRelativePathsAtEveryDepth() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: "\(folder.path)/sub", withIntermediateDirectories: true)
        try "run middle.parley\n".write(toFile: "\(folder.path)/sub/outer.parley", atomically: true, encoding: .utf8)
        try "run inner.parley\n".write(toFile: "\(folder.path)/sub/middle.parley", atomically: true, encoding: .utf8)
        try "note inner ran\n".write(toFile: "\(folder.path)/sub/inner.parley", atomically: true, encoding: .utf8)
        let up = FileManager.default.currentDirectoryPath.split(separator: "/").map { _ in ".." }.joined(separator: "/")
        let t = Transcript()
        #expect(t.run("run \(up)\(folder.path)/sub/outer.parley"), "\(t.err)")
        #expect(t.interpreter.session.notes.map(\.text) == ["inner ran"])
    }

    @Test func runReportsUnreadableFilesAtTheArgument() throws {
        let folder = try TemporaryFolder()
        let t = Transcript()
        #expect(!t.run("run \(folder.path)"))
        #expect(t.err.contains("<stdin>:1:5: error: '\(folder.path)' is a directory, not a file"))
        let missing = Transcript()
        #expect(!missing.run("run nowhere.parley"))
        #expect(missing.err == """
            <stdin>:1:5: error: no such file 'nowhere.parley'
            run nowhere.parley
                ^~~~~~~~~~~~~~

            """)
    }

    @Test func invalidUTF8IsPlaced() throws {
        let folder = try TemporaryFolder()
        let path = "\(folder.path)/bad.parley"
        _ = FileManager.default.createFile(atPath: path, contents: Data("note ok\nnote h\u{e9}".utf8) + Data([0xFF, 0x0A]))
        let t = Transcript()
        #expect(!t.run("run \(path)"))
        #expect(t.err == "\(path):2:8: error: invalid UTF-8 byte 0xFF\nnote h\u{e9}\u{FFFD}\n       ^\n")
    }
}

/// A fresh folder under the system's temporary directory, removed when the test ends.
final class TemporaryFolder {
    let path: String
    init() throws {
        path = NSTemporaryDirectory() + "parley-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
}
