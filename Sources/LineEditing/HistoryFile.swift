import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the history could not be saved.
public struct HistorySaveError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "cannot save history to \(path): \(reason)" }
}

/// Writes a history file atomically: a private temporary file in the same directory, filled
/// by `write`, then renamed over the target, so a crash never leaves a truncated history.
enum HistoryFile {
    static func writeAtomically(
        to url: URL, _ write: (_ temporaryPath: String) -> Bool
    ) throws {
        let path = url.path
        let directory = url.deletingLastPathComponent()
        do {
            // History reveals what the user typed: keep the directories private too.
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            // L10: Foundation's own text here is "NSCocoaErrorDomain error 512".
            var isFolder: ObjCBool = false
            let reason = FileManager.default.fileExists(atPath: directory.path, isDirectory: &isFolder) && !isFolder.boolValue
                ? "'\(directory.path)' is a file, not a folder"
                : "cannot create the folder '\(directory.path)'"
            throw HistorySaveError(path: path, reason: reason)
        }

        // mkstemp creates the file with mode 0600; the later fopen("w") keeps that mode.
        var template = Array(directory.appendingPathComponent(".\(url.lastPathComponent).XXXXXX")
            .path.utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw HistorySaveError(path: path, reason: errnoText()) }
        close(fd)
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }

        guard write(temporary) else {
            unlink(temporary)
            throw HistorySaveError(path: path, reason: "the file could not be written whole (is the disk full?); "
                                   + "the history there is kept as it was")
        }
        // Flush to disk before the rename publishes the file.
        let written = open(temporary, O_RDONLY)
        let flushed = written >= 0 && fsync(written) == 0
        if written >= 0 { close(written) }
        guard flushed else {
            let reason = errnoText()
            unlink(temporary)
            throw HistorySaveError(path: path, reason: reason + "; the history there is kept as it was")
        }
        guard chmod(temporary, 0o600) == 0, rename(temporary, path) == 0 else {
            let reason = errnoText()
            unlink(temporary)
            throw HistorySaveError(path: path, reason: reason)
        }
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }

    /// Whether `path` is a regular file or nothing; a device or FIFO means "history off".
    static func isRegularOrMissing(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return true }
        return info.st_mode & S_IFMT == S_IFREG
    }

    /// Runs `body` holding an exclusive lock on the history's folder, so two sessions that
    /// quit at once merge in turn. Without a folder to lock, `body` runs unlocked.
    static func withLock<T>(beside url: URL, _ body: () throws -> T) throws -> T {
        let folder = url.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        let descriptor = open(folder.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return try body() }
        defer { close(descriptor) }
        _ = flock(descriptor, LOCK_EX)
        defer { _ = flock(descriptor, LOCK_UN) }
        return try body()
    }
}
