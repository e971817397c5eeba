#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file being written for ``AtomicFile``, invisible until it is published by a rename.
///
///     let file = try PendingFile(folder: "briefs", mode: 0o644)
///     try file.write(bytes); try file.publish(as: "briefs/class.html")
///
/// On Linux it is an unnamed `O_TMPFILE`, so a kill -9 in the middle of a long write leaves
/// nothing behind; it gets a name only for the instant before the rename. Elsewhere (or on a
/// file system without `O_TMPFILE`) it is a named temporary file that ``TemporaryFiles``
/// removes on SIGTERM or SIGHUP.
final class PendingFile {
    let descriptor: Int32
    private let folder: String
    /// The temporary name, once the file has one.
    private var name: String?

    init(folder: String, mode: mode_t) throws(AtomicFile.WriteError) {
        self.folder = folder
        #if os(Linux)
        let unnamed = open(folder, Self.temporaryFileFlag | O_WRONLY | O_CLOEXEC, mode)
        if unnamed >= 0 {
            descriptor = unnamed
            return
        }
        #endif
        let temporary = Self.temporaryName(in: folder)
        TemporaryFiles.register(temporary)
        let named = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, mode)
        guard named >= 0 else {
            let code = errno
            TemporaryFiles.unregister(temporary)
            throw AtomicFile.WriteError(message: AtomicFile.reason(code))
        }
        descriptor = named
        name = temporary
    }

    /// Writes every byte, going on after short writes and interruptions.
    func write(_ bytes: [UInt8]) throws(AtomicFile.WriteError) {
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure != 0 { throw AtomicFile.WriteError(message: AtomicFile.reason(failure)) }
    }

    /// Renames the finished file over `target`.
    func publish(as target: String) throws(AtomicFile.WriteError) {
        if name == nil {
            let temporary = Self.temporaryName(in: folder)
            TemporaryFiles.register(temporary)
            guard linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, temporary, AT_SYMLINK_FOLLOW) == 0 else {
                let code = errno
                TemporaryFiles.unregister(temporary)
                throw AtomicFile.WriteError(message: AtomicFile.reason(code))
            }
            name = temporary
        }
        guard let name, rename(name, target) == 0 else { throw AtomicFile.WriteError(message: AtomicFile.reason(errno)) }
        TemporaryFiles.unregister(name)
        self.name = nil
    }

    /// Closes the file and removes its temporary name if it was never published.
    func discard() {
        close(descriptor)
        if let name {
            unlink(name)
            TemporaryFiles.unregister(name)
        }
    }

    /// `O_TMPFILE`, which Swift does not import (a macro of macros): `__O_TMPFILE | O_DIRECTORY`.
    static let temporaryFileFlag: Int32 = 0o20000000 | O_DIRECTORY

    /// A short name, so a target whose own name is 255 bytes long can still be written.
    private static func temporaryName(in folder: String) -> String {
        let separator = folder.hasSuffix("/") ? "" : "/"
        return "\(folder)\(separator).parley-\(getpid())-\(TemporaryFiles.nextNumber()).tmp"
    }

    private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(descriptor, buffer, count)
        #else
        Darwin.write(descriptor, buffer, count)
        #endif
    }
}
