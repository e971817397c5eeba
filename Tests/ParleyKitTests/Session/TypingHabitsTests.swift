import Foundation
import Testing
@testable import ParleyKit

/// What people type from other tools' habits, and names as they spell them
/// (D11, D13, D18, D26, D31, branch rename and delete, the quit hints).
@Suite("Typing habits")
struct TypingHabitsTests {
    static func loaded() -> Transcript {
        let t = Transcript()
        #expect(t.interpreter.loadAtStart(nil))
        t.out = ""
        return t
    }

    /// D11: `?` is help, and `q` is taken for quit, not `?`.
    @Test func questionMarkIsHelpAndQSuggestsQuit() {
        let t = Transcript()
        #expect(t.run("? run"))
        #expect(t.out.hasPrefix("usage: run FILE [--step]"))
        #expect(!t.run("q"))
        #expect(t.err == """
            <stdin>:1:1: error: unknown command 'q'; did you mean 'quit'?
            q
            ^

            """)
    }

    @Test func otherToolsQuitSpellingsGetAHint() {
        for spelling in ["\\q", ".quit", "exit()", ":q"] {
            let t = Transcript()
            #expect(!t.run(spelling))
            #expect(t.err.hasPrefix("<stdin>:1:1: error: '\(spelling)' is how other tools quit; here it is 'quit' (or Ctrl-D)\n"))
        }
    }

    /// D13: `~` is `$HOME`, in paths and in completion.
    @Test func tildeIsHome() throws {
        #expect(PathText.expandingTilde("~/x.parley", home: "/tmp/ana") == "/tmp/ana/x.parley")
        #expect(PathText.expandingTilde("~", home: "/tmp/ana/") == "/tmp/ana")
        #expect(PathText.expandingTilde("a/~b", home: "/tmp/ana") == "a/~b")
        let folder = try TemporaryFolder()
        _ = FileManager.default.createFile(atPath: "\(folder.path)/lesson.parley", contents: Data())
        let completer = Completer(workingDirectory: "/", home: folder.path)
        #expect(completer.candidates(for: "run ~/", session: Session()) == ["~/lesson.parley"])
        #expect(completer.candidates(for: "run ~", session: Session()) == ["~/"])
    }

    /// D18: names with accents and spaces, as written in the seeds.
    @Test func namesAsWritten() {
        let t = Self.loaded()
        #expect(t.run("show Türkiye"))
        #expect(t.out.contains("\nTR "))
        t.out = ""
        #expect(t.run("show \"United States\""))
        #expect(t.out.contains("\nUS "))
        #expect(t.err.isEmpty)
    }

    /// D26: compare suggests a branch name.
    @Test func compareSuggestsABranch() {
        let t = Self.loaded()
        #expect(t.run("branch squeeze"))
        #expect(!t.run("compare main sqeeze"))
        #expect(t.err == """
            <stdin>:1:14: error: no branch named 'sqeeze'; did you mean 'squeeze'?
            compare main sqeeze
                         ^~~~~~

            """)
    }

    /// D31: a branch cannot take an actor's or an issue's name.
    @Test func branchNamesOfTheirOwn() {
        let t = Self.loaded()
        #expect(!t.run("branch territory"))
        #expect(t.err == """
            <stdin>:1:8: error: 'territory' names the issue territory; give the branch a name of its own
            branch territory
                   ^~~~~~~~~

            """)
        t.err = ""
        #expect(!t.run("branch moscow"))
        #expect(t.err.hasPrefix("<stdin>:1:8: error: 'moscow' names the actor RU; give the branch a name of its own\n"))
    }

    @Test func branchesAreRenamedAndDeleted() {
        let t = Self.loaded()
        #expect(t.run("branch squeeze"))
        #expect(t.run("branch --rename squeeze pressure"))
        #expect(t.interpreter.session.branches.map(\.name) == ["main", "pressure"])
        #expect(!t.run("branch --delete pressure"))
        #expect(t.err.hasPrefix("<stdin>:1:17: error: 'pressure' is the current branch; switch to another first\n"))
        #expect(t.run("switch main"))
        #expect(t.run("branch --delete pressure"))
        #expect(t.interpreter.session.branches.map(\.name) == ["main"])
        #expect(t.interpreter.session.branch?.name == "main")
        #expect(t.out.hasSuffix("Deleted branch pressure (0 steps).\n"))
    }
}
