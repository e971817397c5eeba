import Foundation
import Testing
@testable import ParleyKit

@Suite("Session journal")
struct SessionJournalTests {
    @Test func recordsStateChangingCommandsAsTheySucceed() throws {
        let folder = try TemporaryFolder()
        let path = "\(folder.path)/state/parley/journal"
        let t = Transcript()
        t.interpreter.journal = try SessionJournal(path: path, seeds: "my-seeds")
        t.run("set seed 9")
        t.run("set")                 // shows only: not journaled
        t.run("set sede 1")          // fails: not journaled
        t.run("note Moscow's terms")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasSuffix("# seeds: my-seeds\nset seed 9\nnote Moscow's terms\n"))
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func replayingTheJournalRebuildsTheSession() throws {
        let folder = try TemporaryFolder()
        let path = "\(folder.path)/journal"
        let first = Transcript()
        first.interpreter.journal = try SessionJournal(path: path, seeds: nil)
        first.run("set seed 4")
        first.run("note question: why?")
        let (text, seeds) = try #require(SessionJournal.commands(at: path))
        #expect(seeds == nil)
        let second = Transcript()
        #expect(second.interpreter.run(script: text, file: path))
        #expect(second.interpreter.session.settings == first.interpreter.session.settings)
        #expect(second.interpreter.session.notes == first.interpreter.session.notes)
    }

    @Test func aTailCutShortIsReportedNotFatal() throws {
        let folder = try TemporaryFolder()
        let path = "\(folder.path)/journal"
        let journal = try SessionJournal(path: path, seeds: nil)
        journal.append("set seed 4")
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data([0x73, 0x65, 0x74, 0x20, 0xE2, 0x80]))  // "set " and half a character
        try handle.close()
        let (text, _) = try #require(SessionJournal.commands(at: path))
        let t = Transcript()
        #expect(!t.interpreter.run(script: text, file: path))
        #expect(t.interpreter.session.settings.seed == 4)
        #expect(t.err.hasPrefix("\(path):4:5: error: invalid UTF-8 in script\n"))
    }
}
