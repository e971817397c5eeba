import Foundation
import Testing
@testable import LineEditing

@Suite struct HistoryStoreTests {
    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("parley-history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func skipsBlankLinesAndConsecutiveDuplicatesAndTrims() {
        let store = HistoryStore(size: 100)
        for line in ["help\n", "   ", "", "help", "show RU  ", "show RU", "help"] {
            store.add(line)
        }
        #expect(store.entries == ["help", "show RU", "help"])
    }

    @Test func saveWritesHeaderWithMode0600CreatingDirectories() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("state/parley/history")

        let store = HistoryStore(size: 100)
        store.add("help")
        store.add("")
        store.add("run scenarios/a.parley")
        store.add("run scenarios/a.parley")
        try store.save(to: file)

        let text = try String(contentsOf: file, encoding: .utf8)
        // libedit escapes spaces with strvis, so compare the decoded round trip too.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "_HiStOrY_V2_")
        #expect(lines.count == 4)  // header, two entries, final empty piece
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)

        let reloaded = HistoryStore(size: 100)
        reloaded.load(from: file)
        #expect(reloaded.entries == ["help", "run scenarios/a.parley"])
    }

    @Test func saveReplacesAtomicallyAndLeavesNoTemporaryFiles() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("history")
        try "stale".write(to: file, atomically: false, encoding: .utf8)
        chmod(file.path, 0o644)

        let store = HistoryStore(size: 100)
        store.add("quit")
        try store.save(to: file)

        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["history"])
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try String(contentsOf: file, encoding: .utf8) == "_HiStOrY_V2_\nquit\n")
    }

    @Test func loadingAMissingFileStartsEmpty() throws {
        let store = HistoryStore(size: 100)
        store.load(from: URL(fileURLWithPath: "/nonexistent/parley/history"))
        #expect(store.entries.isEmpty)
    }

    @Test func sizeLimitKeepsTheNewest() {
        let store = HistoryStore(size: 2)
        for line in ["a", "b", "c"] { store.add(line) }
        #expect(store.entries == ["b", "c"])
    }

    @Test func saveFailureIsReported() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        // A regular file where the directory should be.
        let blocker = root.appendingPathComponent("blocker")
        try "x".write(to: blocker, atomically: false, encoding: .utf8)
        let store = HistoryStore(size: 10)
        store.add("help")
        #expect(throws: HistorySaveError.self) {
            try store.save(to: blocker.appendingPathComponent("history"))
        }
    }

    /// L7, D29: two sessions that quit in turn keep both sets of lines.
    @Test func concurrentSessionsAreMergedAtSave() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("history")
        let before = HistoryStore(size: 100)
        before.add("help")
        try before.save(to: file)

        let first = HistoryStore(size: 100)
        first.load(from: file)
        let second = HistoryStore(size: 100)
        second.load(from: file)
        first.add("apply round")
        second.add("show RU")
        try second.save(to: file)
        try first.save(to: file)

        let reloaded = HistoryStore(size: 100)
        reloaded.load(from: file)
        #expect(reloaded.entries == ["help", "show RU", "apply round"])
    }

    /// H3: a history pointing at a device or FIFO is "off": never read, never replaced.
    @Test func aDeviceOrFifoIsNeverReplaced() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let fifo = root.appendingPathComponent("fifo")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let link = root.appendingPathComponent("null")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/dev/null")
        let store = HistoryStore(size: 100)
        store.add("help")
        store.load(from: fifo)  // must not block
        try store.save(to: fifo)
        try store.save(to: link)
        var info = stat()
        #expect(stat(fifo.path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["fifo", "null"])
    }

    /// L10: a state folder that is a file is named, not "NSCocoaErrorDomain error 512".
    @Test func aStateFolderThatIsAFileIsNamed() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let state = root.appendingPathComponent("state")
        try "x".write(to: state, atomically: false, encoding: .utf8)
        let store = HistoryStore(size: 10)
        store.add("help")
        #expect(throws: HistorySaveError.self) { try store.save(to: state.appendingPathComponent("history")) }
        do { try store.save(to: state.appendingPathComponent("history")) } catch {
            #expect("\(error)".hasSuffix("'\(state.path)' is a file, not a folder"))
        }
    }
}
