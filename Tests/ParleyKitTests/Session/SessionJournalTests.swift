import Foundation
import Testing
@testable import ParleyKit

#if canImport(Glibc)
import Glibc
#endif

@Suite("Session journal")
struct SessionJournalTests {
    static let header = JournalHeader(seeds: "my-seeds", started: "2026-12-01 10:00:00 UTC", pid: 42, folder: "/home/a")

    /// Waits (up to 5 s) until no open file holds `path`'s lock. A journal this process closed
    /// can stay locked for a moment: a test running beside it that starts a process forks, and
    /// until the child execs it holds a copy of every open descriptor, the journal's with its
    /// lock (close-on-exec closes it only at the exec).
    static func waitUntilUnlocked(_ path: String) {
        let deadline = Date().addingTimeInterval(5)
        while JournalStore.isLocked(path), Date() < deadline { usleep(2_000) }
    }

    @Test func recordsStateChangingCommandsAsTheySucceed() throws {
        let folder = try TemporaryFolder()
        let path = "\(folder.path)/state/parley/journal"
        let t = Transcript()
        t.interpreter.journal = try SessionJournal(path: path, header: Self.header)
        t.run("set seed 9")
        t.run("set")                 // shows only: not journaled
        t.run("set sede 1")          // fails: not journaled
        t.run("note Moscow's terms")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == """
            # parley session journal: the commands of one interactive session.
            # Replay with: parley --resume
            # started: 2026-12-01 10:00:00 UTC
            # pid: 42
            # folder: "/home/a"
            # seeds: "/home/a/my-seeds"
            set seed 9
            note Moscow's terms

            """)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func replayingTheJournalRebuildsTheSession() throws {
        let folder = try TemporaryFolder()
        let path = "\(folder.path)/journal"
        let first = Transcript()
        first.interpreter.journal = try SessionJournal(path: path, header: JournalHeader(seeds: nil))
        first.run("set seed 4")
        first.run("note question: why?")
        let record = try JournalRecord.read(path)
        #expect(record.seeds == nil)
        #expect(record.commands.map(\.text) == ["set seed 4", "note question: why?"])
        let second = Transcript()
        #expect(second.interpreter.run(script: record.text, file: path))
        #expect(second.interpreter.session.settings == first.interpreter.session.settings)
        #expect(second.interpreter.session.notes == first.interpreter.session.notes)
    }

    @Test func aTailCutShortIsReportedNotFatal() throws {
        let folder = try TemporaryFolder()
        let path = "\(folder.path)/journal"
        let journal = try SessionJournal(path: path, header: JournalHeader(seeds: nil, pid: 1, folder: "/"))
        journal.append("set seed 4")
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data([0x73, 0x65, 0x74, 0x20, 0xE2, 0x80]))  // "set " and half a character
        try handle.close()
        let record = try JournalRecord.read(path)
        let t = Transcript()
        #expect(!t.interpreter.run(script: record.text, file: path))
        #expect(t.interpreter.session.settings.seed == 4)
        #expect(t.err.hasPrefix("\(path):7:5: error: invalid UTF-8 in script\n"))
    }

    /// M3: `load myseeds` is journaled with its absolute path, so resume works from anywhere.
    @Test func loadIsJournaledWithAnAbsolutePath() throws {
        let folder = try TemporaryFolder()
        let path = "\(folder.path)/journal"
        let t = Transcript()
        t.interpreter.journal = try SessionJournal(path: path, header: JournalHeader(seeds: nil))
        let cwd = JournalHeader.workingFolder()
        t.run("load nowhere-\(UUID().uuidString.prefix(4))")  // fails: not journaled
        t.run("set seed 3")
        let record = try JournalRecord.read(path)
        #expect(record.commands.map(\.text) == ["set seed 3"])
        let call = try #require(try ScriptParser.parseLine("load seeds at=2025-06-03", file: "x", lineNumber: 1))
        let prepared = try CommandCatalog.standard.prepare(call)
        #expect(JournalLine.text(of: prepared.call, spec: prepared.spec, resolve: { $0 })
                == "load \(ArgumentValue.quote(cwd + "/seeds")) at=2025-06-03")
    }

    /// L15: a newline in the seeds folder's name stays inside the quoted header value.
    @Test func aNewlineInTheSeedsPathCannotInjectACommand() throws {
        let folder = try TemporaryFolder()
        let path = "\(folder.path)/journal"
        _ = try SessionJournal(path: path, header: JournalHeader(seeds: "/x\nrun /tmp/evil.parley", pid: 1, folder: "/"))
        let record = try JournalRecord.read(path)
        #expect(record.commands.isEmpty)
        #expect(record.seeds == "/x\nrun /tmp/evil.parley")
    }

    /// L16: `simulate` is saved (briefings read it) but not journaled (resume would re-run it).
    @Test func simulateIsNotJournaled() throws {
        let folder = try TemporaryFolder()
        let path = "\(folder.path)/journal"
        let t = Transcript()
        #expect(t.interpreter.loadAtStart(nil))
        t.interpreter.journal = try SessionJournal(path: path, header: JournalHeader(seeds: nil))
        #expect(t.run("simulate 5 seed=1"))
        #expect(t.run("apply round"))
        #expect(t.interpreter.session.script.first == "simulate 5 seed=1")
        #expect(try JournalRecord.read(path).commands.map(\.text) == [t.interpreter.session.script[1]])
    }

    /// M1, D3: a journal a running session holds is never taken over.
    @Test func aRunningSessionsJournalCannotBeClaimed() throws {
        let folder = try TemporaryFolder()
        let path = "\(folder.path)/journal"
        let running = try SessionJournal(path: path, header: Self.header)
        #expect(JournalStore.isLocked(path))
        #expect(throws: JournalError.self) { try SessionJournal(claiming: path) }
        #expect(throws: JournalError.self) { try JournalStore.file(path).startJournal(header: Self.header) }
        withExtendedLifetime(running) {}
    }

    /// D3: two sessions in one state folder each get their own journal; `--resume` alone
    /// takes the newest that is neither running nor ended, and ended ones are kept apart.
    @Test func sessionsInAFolderDoNotCollide() throws {
        let folder = try TemporaryFolder()
        let store = JournalStore.folder(folder.path + "/sessions")
        // The first two end (their processes exit): one killed, one by quit.
        var old: SessionJournal? = try store.startJournal(header: JournalHeader(seeds: nil, started: "2026-12-01 09:00:00 UTC", pid: 10))
        old?.append("set seed 1")
        let oldPath = old!.path
        old = nil
        var quit: SessionJournal? = try store.startJournal(header: JournalHeader(seeds: nil, started: "2026-12-01 09:30:00 UTC", pid: 11))
        quit?.append("set seed 2")
        quit?.end(.quit)
        let quitPath = quit!.path
        quit = nil
        let running = try store.startJournal(header: JournalHeader(seeds: nil, started: "2026-12-01 10:00:00 UTC", pid: 12))
        running.append("set seed 3")
        #expect(Set([oldPath, quitPath, running.path]).count == 3)
        Self.waitUntilUnlocked(oldPath)
        Self.waitUntilUnlocked(quitPath)
        let states = store.sessions().map(\.state)
        #expect(states == [.running, .ended("quit"), .resumable])
        #expect(store.newestResumable()?.record.path == oldPath)
        #expect(store.session(named: "20261201-093000-11")?.record.path == quitPath)
    }

    /// M2: at a fixed path, an unfinished journal is kept beside the new one, not replaced.
    @Test func anUnfinishedJournalIsMovedAsideNotReplaced() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/journal"
        do {
            let first = try SessionJournal(path: path, header: Self.header)
            first.append("set seed 1")
        }
        Self.waitUntilUnlocked(path)
        let second = try JournalStore.file(path).startJournal(header: Self.header)
        second.append("set seed 2")
        #expect(try JournalRecord.read(path + ".previous").commands.map(\.text) == ["set seed 1"])
        #expect(try JournalRecord.read(path).commands.map(\.text) == ["set seed 2"])
    }

    /// A claimed journal cut mid-line gets its newline before the ending is recorded.
    @Test func endingACutJournalKeepsItParseable() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/journal"
        do {
            let first = try SessionJournal(path: path, header: Self.header)
            first.append("set seed 1")
        }
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("set se".utf8))
        try handle.close()
        Self.waitUntilUnlocked(path)
        let claimed = try SessionJournal(claiming: path)
        claimed.end(.resumed(into: "/x/new.journal", skipped: 1))
        let record = try JournalRecord.read(path)
        #expect(record.commands.map(\.text) == ["set seed 1", "set se"])
        #expect(record.ending == "resumed in \"/x/new.journal\", 1 lines not replayed")
    }

    /// M6, H3: a journal that is a device is refused before anything is read.
    @Test func aDeviceIsNotAJournal() throws {
        #expect(throws: JournalError.self) { try JournalRecord.read("/dev/zero") }
        #expect(throws: JournalError.self) { try JournalStore.file("/dev/null").startJournal(header: Self.header) }
    }
}
