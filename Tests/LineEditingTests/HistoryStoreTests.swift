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
}
