import Testing
@testable import ParleyKit

/// D5 and D17: notes belong to a branch, undo takes them back in order, `notes` lists and
/// drops them, and `load` at the prompt asks before it discards work.
@Suite("Notes on branches")
struct NotesTests {
    final class Answers {
        var questions: [String] = []
        var answers: [Bool]
        var out = ""
        var err = ""
        init(_ answers: [Bool]) { self.answers = answers }
    }

    static func interpreter(_ answers: Answers, interactive: Bool = true) -> Interpreter {
        let interpreter = Interpreter(console: Console(
            write: { answers.out += $0 }, writeError: { answers.err += $0 }, isInteractive: interactive,
            confirm: { question in
                answers.questions.append(question)
                return answers.answers.isEmpty ? false : answers.answers.removeFirst()
            }))
        #expect(interpreter.loadAtStart(nil))
        return interpreter
    }

    @Test func notesFollowTheirBranchAndUndo() {
        let answers = Answers([])
        let parley = Self.interpreter(answers)
        #expect(parley.execute(line: "note before the fork", file: "<stdin>"))
        #expect(parley.execute(line: "branch squeeze", file: "<stdin>"))
        #expect(parley.execute(line: "apply sanctions by=EU target=RU severity=0.5", file: "<stdin>"))
        #expect(parley.execute(line: "note question: only on squeeze?", file: "<stdin>"))
        #expect(parley.session.notes.map(\.text) == ["before the fork", "only on squeeze?"])
        #expect(parley.execute(line: "switch main", file: "<stdin>"))
        #expect(parley.session.notes.map(\.text) == ["before the fork"])
        #expect(parley.execute(line: "switch squeeze", file: "<stdin>"))

        // Undo takes back the note first (it came after the step), then the step.
        answers.out = ""
        #expect(parley.execute(line: "undo", file: "<stdin>"))
        #expect(answers.out == "Undid the note: “question: only on squeeze?”.\n")
        #expect(parley.session.notes.map(\.text) == ["before the fork"])
        #expect(parley.execute(line: "undo", file: "<stdin>"))
        #expect(parley.session.branch?.steps.isEmpty == true)
        #expect(parley.execute(line: "undo", file: "<stdin>"))
        #expect(parley.session.notes.isEmpty)
        // Redo in the opposite order.
        #expect(parley.execute(line: "redo", file: "<stdin>"))
        #expect(parley.session.notes.map(\.text) == ["before the fork"])
        #expect(parley.execute(line: "redo", file: "<stdin>"))
        #expect(parley.session.branch?.steps.count == 1)
        #expect(parley.execute(line: "redo", file: "<stdin>"))
        #expect(parley.session.notes.map(\.text) == ["before the fork", "only on squeeze?"])
    }

    @Test func notesListsAndDrops() {
        let answers = Answers([])
        let parley = Self.interpreter(answers)
        #expect(parley.execute(line: "note one", file: "<stdin>"))
        #expect(parley.execute(line: "note instructor: two", file: "<stdin>"))
        answers.out = ""
        #expect(parley.execute(line: "notes", file: "<stdin>"))
        #expect(answers.out == """
            Notes on branch main:
            1              after step 0  one
            2  instructor  after step 0  two

            """)
        #expect(parley.execute(line: "notes drop 1", file: "<stdin>"))
        #expect(parley.session.notes.map(\.text) == ["two"])
        #expect(!parley.execute(line: "notes drop 5", file: "<stdin>", lineNumber: 3))
        #expect(answers.err == """
            <stdin>:3:12: error: no note 5; notes are numbered 1 to 1
            notes drop 5
                       ^

            """)
        #expect(parley.session.script.contains("notes drop 1"))
    }

    @Test func loadAtThePromptAsksAndClearsNotes() {
        let answers = Answers([false, true])
        let parley = Self.interpreter(answers)
        #expect(parley.execute(line: "apply sanctions by=EU target=RU severity=0.5", file: "<stdin>"))
        #expect(parley.execute(line: "note kept", file: "<stdin>"))
        let script = parley.session.script
        #expect(parley.execute(line: "load", file: "<stdin>"))
        #expect(answers.questions == ["Loading starts afresh and drops 1 step and 1 note. Go on?"])
        #expect(answers.out.hasSuffix("Not loaded; the session is as it was.\n"))
        #expect(parley.session.notes.map(\.text) == ["kept"])
        #expect(parley.session.script == script, "a declined load is not saved")
        #expect(parley.execute(line: "load", file: "<stdin>"))
        #expect(parley.session.notes.isEmpty)
        #expect(parley.session.branch?.steps.isEmpty == true)
    }

    @Test func loadInAScriptDoesNotAsk() {
        let answers = Answers([])
        let parley = Self.interpreter(answers, interactive: false)
        #expect(parley.run(script: "note one\nload\n", file: "x.parley"))
        #expect(answers.questions.isEmpty)
        #expect(parley.session.notes.isEmpty)
    }
}
