import Foundation
import Testing
@testable import ParleyKit

@Suite("run --step")
struct RunStepTests {
    final class Pauses {
        var prompts: [String] = []
        var answers: [Bool]
        var out = ""
        var err = ""
        init(_ answers: [Bool]) { self.answers = answers }
    }

    static func script(_ text: String) throws -> String {
        let folder = TestScratch.folder("parley-step")
        let path = folder.appendingPathComponent("lesson.parley").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func interpreter(_ pauses: Pauses, interactive: Bool) -> Interpreter {
        let interpreter = Interpreter(console: Console(
            write: { pauses.out += $0 }, writeError: { pauses.err += $0 }, isInteractive: interactive,
            pause: { prompt in
                pauses.prompts.append(prompt)
                return pauses.answers.isEmpty ? true : pauses.answers.removeFirst()
            }))
        #expect(interpreter.loadAtStart(nil))
        return interpreter
    }

    static let lesson = "# a lesson\nnote one\n\nnote two\n# between\nnote three\n# trailing comment\n"

    @Test func pausesAfterEachCommandButTheLast() throws {
        let path = try Self.script(Self.lesson)
        let pauses = Pauses([])
        let interpreter = Self.interpreter(pauses, interactive: true)
        #expect(interpreter.execute(line: "run \(path) --step", file: "<stdin>"))
        #expect(interpreter.session.notes.map(\.text) == ["one", "two", "three"])
        #expect(pauses.prompts.count == 2)
        #expect(pauses.prompts[0].hasSuffix(":2] Enter: next command, q: stop "))
        #expect(pauses.prompts[1].hasSuffix(":4] Enter: next command, q: stop "))
        #expect(pauses.out == "» note one\n» note two\n» note three\n")
    }

    @Test func qStopsAndKeepsWhatRan() throws {
        let path = try Self.script(Self.lesson)
        let pauses = Pauses([true, false])
        let interpreter = Self.interpreter(pauses, interactive: true)
        #expect(interpreter.execute(line: "run \(path) --step", file: "<stdin>"))
        #expect(interpreter.session.notes.map(\.text) == ["one", "two"])
        // Long temporary paths make the line wrap; compare with the wrapping undone.
        let unwrapped = pauses.out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(unwrapped.contains(":4; the rest was not run."))
        // A later run without --step does not pause.
        #expect(interpreter.execute(line: "run \(path)", file: "<stdin>"))
        #expect(pauses.prompts.count == 2)
        #expect(interpreter.session.notes.count == 5)
    }

    @Test func stopInANestedScriptStopsTheOuterOne() throws {
        let inner = try Self.script("note inner one\nnote inner two\n")
        let outer = try Self.script("run \(inner)\nnote outer\n")
        let pauses = Pauses([false])
        let interpreter = Self.interpreter(pauses, interactive: true)
        #expect(interpreter.execute(line: "run \(outer) --step", file: "<stdin>"))
        #expect(interpreter.session.notes.map(\.text) == ["inner one"])
    }

    @Test func refusedOutsideTheInteractivePrompt() throws {
        let path = try Self.script(Self.lesson)
        let pauses = Pauses([])
        let interpreter = Self.interpreter(pauses, interactive: false)
        #expect(!interpreter.execute(line: "run \(path) --step", file: "<stdin>"))
        #expect(pauses.err.contains("--step pauses for Enter at the interactive prompt"))
        #expect(interpreter.session.notes.isEmpty)
        #expect(pauses.prompts.isEmpty)
    }
}

@Suite("quit in a script")
struct QuitInScriptTests {
    /// D4: `quit` in a script run from the prompt stops the script, not the REPL.
    @Test func quitInARunScriptStopsOnlyTheScript() throws {
        let path = try RunStepTests.script("note one\nquit\nnote never\n")
        let pauses = RunStepTests.Pauses([])
        let interpreter = RunStepTests.interpreter(pauses, interactive: true)
        #expect(interpreter.execute(line: "run \(path)", file: "<stdin>"))
        #expect(!interpreter.quitRequested)
        #expect(interpreter.session.notes.map(\.text) == ["one"])
        #expect(pauses.out.hasSuffix("The script ended with 'quit'; still at the prompt ('quit' here leaves).\n"))
    }

    /// A script named on the command line is the session: its `quit` ends parley.
    @Test func quitInATopLevelScriptEnds() throws {
        let path = try RunStepTests.script("note one\nquit\nnote never\n")
        let pauses = RunStepTests.Pauses([])
        let interpreter = RunStepTests.interpreter(pauses, interactive: false)
        #expect(interpreter.run(scriptAt: path))
        #expect(interpreter.quitRequested)
    }
}
