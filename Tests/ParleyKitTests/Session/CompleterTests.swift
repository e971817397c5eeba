import Foundation
import Testing
@testable import ParleyKit

@Suite("Completion")
struct CompleterTests {
    @Test func commandNames() {
        let completer = Completer()
        #expect(completer.candidates(for: "he", session: Session()) == ["help"])
        #expect(completer.candidates(for: "s", session: Session()) == ["save", "search", "sensitivity", "set", "settle", "show", "simulate", "sources", "stability", "switch"])
        #expect(completer.candidates(for: "help qu", session: Session()) == ["question", "questions", "quit"])
        #expect(completer.candidates(for: "set s", session: Session()) == ["seed"])
    }

    @Test func filePathsAfterFileCommands() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: "\(folder.path)/scenarios", withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: "\(folder.path)/scenarios/summit.parley", contents: Data())
        _ = FileManager.default.createFile(atPath: "\(folder.path)/.hidden", contents: Data())
        let completer = Completer(workingDirectory: folder.path)
        #expect(completer.candidates(for: "run sc", session: Session()) == ["scenarios/"])
        #expect(completer.candidates(for: "run scenarios/", session: Session()) == ["scenarios/summit.parley"])
        #expect(completer.candidates(for: "save ", session: Session()) == ["scenarios/"])
        #expect(completer.candidates(for: "note sc", session: Session()) == [])
    }
}

@Suite("Completion of values")
struct ValueCompletionTests {
    static let session: Session = {
        let t = Transcript()
        _ = t.interpreter.loadAtStart(nil)
        return t.interpreter.session
    }()

    @Test func eventParameterValues() {
        let completer = Completer()
        #expect(completer.candidates(for: "apply sanctions target=R", session: Self.session) == ["target=RU"])
        #expect(completer.candidates(for: "apply round topics=hum", session: Self.session) == ["topics=humanitarian"])
        #expect(completer.candidates(for: "apply ultimatum threat=s", session: Self.session).contains("threat=sanctions"))
        // A list completes its last item and keeps the rest.
        #expect(completer.candidates(for: "apply summit between=US,R", session: Self.session) == ["between=US,RU"])
        #expect(completer.candidates(for: "apply sanctions sev", session: Self.session) == ["severity="])
    }

    @Test func settingValuesAndAliases() {
        let completer = Completer()
        #expect(completer.candidates(for: "set color ", session: Self.session) == ["auto", "on", "off"])
        #expect(completer.candidates(for: "explain ukr", session: Self.session) == ["ukraine"])
        #expect(completer.candidates(for: "explain RU cap", session: Self.session) == ["capability"])
        #expect(completer.candidates(for: "show mosc", session: Self.session) == ["moscow"])
    }
}
