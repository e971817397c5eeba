import Foundation
import Testing
@testable import ParleyKit

@Suite("Completion")
struct CompleterTests {
    @Test func commandNames() {
        let completer = Completer()
        #expect(completer.candidates(for: "he", session: Session()) == ["help"])
        #expect(completer.candidates(for: "s", session: Session()) == ["save", "set", "settle", "show", "simulate", "sources", "stability", "switch"])
        #expect(completer.candidates(for: "help q", session: Session()) == ["quit"])
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
