import Foundation
import Testing

/// One bad input for the built binary: how to lay it out in a fresh folder, the command line,
/// and exactly what parley must say about it on stderr, with which exit status.
///
///     BadInputCase("script: unknown command", ["bad.parley"],
///                  prepare: { try $0.write("bad.parley", "hlep\n") },
///                  stderr: "bad.parley:1:1: error: unknown command 'hlep'; …")
///
/// Inputs are generated at test time (1 MB lines, NUL bytes, invalid UTF-8, folders where files
/// belong), so nothing huge or binary is checked in.
struct BadInputCase: Sendable, CustomTestStringConvertible {
    var name: String
    var arguments: [String]
    var stdin: [UInt8]
    var prepare: @Sendable (Scratch) throws -> Void
    /// The whole of stderr; a final newline is added.
    var stderr: String
    var status: Int32

    init(_ name: String, _ arguments: [String], stdin: [UInt8] = [],
         prepare: @escaping @Sendable (Scratch) throws -> Void = { _ in },
         stderr: String, status: Int32 = 1) {
        self.name = name
        self.arguments = arguments
        self.stdin = stdin
        self.prepare = prepare
        self.stderr = stderr + "\n"
        self.status = status
    }

    var testDescription: String { name }

    /// Every case that runs wherever the suite runs, root included. The unreadable files are
    /// links to /proc/self/mem, which only Linux has.
    static var all: [BadInputCase] {
        let cases = scripts + seeds + catalogs + ktab
        #if os(Linux)
        return cases
        #else
        return cases.filter { !$0.name.contains("unreadable") }
        #endif
    }
}

/// Text as bytes, for stdin and files; `bytes("note caf") + [0xE9]` makes invalid UTF-8.
func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

/// A fresh folder for one case; parley runs inside it, so paths in messages are relative.
struct Scratch {
    let url: URL

    static func make() throws -> Scratch {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parley-badinput-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return Scratch(url: url)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    func path(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, bytes: bytes(text))
    }

    func write(_ relative: String, bytes: [UInt8]) throws {
        let file = path(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
    }

    func folder(_ relative: String) throws {
        try FileManager.default.createDirectory(at: path(relative), withIntermediateDirectories: true)
    }

    func delete(_ relative: String) throws {
        try FileManager.default.removeItem(at: path(relative))
    }

    /// A folder where a file belongs.
    func replaceWithFolder(_ relative: String) throws {
        try delete(relative)
        try folder(relative)
    }

    /// A file that cannot be read even by root: a link to `/proc/self/mem`, whose first page
    /// is never mapped, so reading it fails with EIO in whichever process opens it.
    func unreadable(_ relative: String) throws {
        try? delete(relative)
        try FileManager.default.createSymbolicLink(atPath: path(relative).path, withDestinationPath: "/proc/self/mem")
    }

    /// A file with no permissions at all; only unreadable when not running as root.
    func noPermissions(_ relative: String, _ text: String) throws {
        try write(relative, text)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path(relative).path)
    }

    /// A copy of the bundled seed folder (with its event catalog) at `relative`. File by file:
    /// `copyItem` also copies the owner, which only root may do.
    func seeds(_ relative: String = "s") throws {
        let bundled = ParleyBinary.packageRoot.appendingPathComponent("seeds")
        let files = FileManager.default.enumerator(atPath: bundled.path)?.compactMap { $0 as? String } ?? []
        for file in files {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: bundled.appendingPathComponent(file).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue {
                try write(relative + "/" + file, bytes: Array(try Data(contentsOf: bundled.appendingPathComponent(file))))
            }
        }
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: path(relative), encoding: .utf8)
    }

    /// Replaces the first `old` in a file with `new`; fails if `old` is not there, so a case
    /// cannot silently stop testing anything when the seeds change.
    func edit(_ relative: String, _ old: String, _ new: String) throws {
        let text = try read(relative)
        guard let range = text.range(of: old) else {
            throw ScratchError(description: "'\(old)' not found in \(relative)")
        }
        try write(relative, text.replacingCharacters(in: range, with: new))
    }

    /// Puts raw `inserted` bytes (invalid UTF-8, say) into a file just after the first `marker`.
    func insert(_ inserted: [UInt8], after marker: String, in relative: String) throws {
        let text = try read(relative)
        guard let cut = text.range(of: marker)?.upperBound else {
            throw ScratchError(description: "'\(marker)' not found in \(relative)")
        }
        try write(relative, bytes: bytes(String(text[..<cut])) + inserted + bytes(String(text[cut...])))
    }

    /// Appends a copy of the text from `start` up to (not including) `end` to the file.
    func appendCopy(_ relative: String, from start: String, to end: String) throws {
        let text = try read(relative)
        guard let lower = text.range(of: start)?.lowerBound,
              let upper = text.range(of: end, range: lower..<text.endIndex)?.lowerBound else {
            throw ScratchError(description: "'\(start)'…'\(end)' not found in \(relative)")
        }
        try write(relative, text + "\n" + text[lower..<upper])
    }

    struct ScratchError: Error, CustomStringConvertible {
        var description: String
    }
}
