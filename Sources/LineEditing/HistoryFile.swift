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
            throw HistorySaveError(path: path, reason: error.localizedDescription)
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
            throw HistorySaveError(path: path, reason: "libedit could not write the file")
        }
        // Flush to disk before the rename publishes the file.
        let written = open(temporary, O_RDONLY)
        if written >= 0 { _ = fsync(written); close(written) }
        guard chmod(temporary, 0o600) == 0, rename(temporary, path) == 0 else {
            let reason = errnoText()
            unlink(temporary)
            throw HistorySaveError(path: path, reason: reason)
        }
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }
}
