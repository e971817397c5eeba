#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files whole or not at all: the text goes to a file nobody can see yet, is flushed
/// to disk, then renamed over the target, so a crash, a kill or a full disk never leaves half a
/// script or briefing behind.
///
///     try AtomicFile.write("help\n", to: "tour.parley")
///
/// Only regular files are replaced: a device, FIFO or socket at the target is refused (as root,
/// `save /dev/null --force` once replaced the machine's /dev/null). A symbolic link is followed
/// and the file it names is replaced. An existing file keeps its permissions.
public enum AtomicFile {
    public struct WriteError: Error, Sendable, Equatable {
        public var message: String
    }

    public static func write(_ text: String, to path: String, permissions: mode_t? = nil) throws(WriteError) {
        try write(bytes: Array(text.utf8), to: path, permissions: permissions)
    }

    public static func write(bytes: [UInt8], to path: String, permissions: mode_t? = nil) throws(WriteError) {
        guard !path.isEmpty else { throw WriteError(message: "no file name given") }
        let target = try regularTarget(path)
        let directory = PathText.folder(of: target)
        let folder = directory.isEmpty ? "." : directory
        var folderInfo = stat()
        guard stat(folder, &folderInfo) == 0, folderInfo.st_mode & S_IFMT == S_IFDIR else {
            throw WriteError(message: "no such folder '\(folder)'")
        }
        var existing = stat()
        let exists = stat(target, &existing) == 0
        let mode = exists ? existing.st_mode & 0o7777 : (permissions ?? 0o666)

        let file = try PendingFile(folder: folder, mode: mode)
        defer { file.discard() }
        try file.write(bytes)
        // The new file carries the old one's mode (and owner, when allowed), not the umask's.
        if exists {
            _ = fchmod(file.descriptor, mode)
            _ = fchown(file.descriptor, existing.st_uid, existing.st_gid)
        } else if let permissions {
            _ = fchmod(file.descriptor, permissions)
        }
        guard fsync(file.descriptor) == 0 else { throw WriteError(message: reason(errno)) }
        try file.publish(as: target)
        // The rename itself reaches the disk only with the folder.
        let folderDescriptor = open(folder, O_RDONLY | O_CLOEXEC)
        if folderDescriptor >= 0 { _ = fsync(folderDescriptor); close(folderDescriptor) }
    }

    /// The file to replace: `path`, or what its symbolic link names. Throws when something
    /// other than a regular file (or nothing) is there.
    static func regularTarget(_ path: String) throws(WriteError) -> String {
        var info = stat()
        guard lstat(path, &info) == 0 else { return path }
        var target = path
        if info.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realpath(path, nil) else { return path }  // a dangling link: make it
            target = String(cString: resolved)
            free(resolved)
            guard stat(target, &info) == 0 else { return target }
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return target
        case S_IFDIR: throw WriteError(message: "'\(path)' is a folder")
        case S_IFCHR, S_IFBLK: throw WriteError(message: "'\(path)' is a device, not a regular file; parley replaces only regular files")
        case S_IFIFO: throw WriteError(message: "'\(path)' is a named pipe, not a regular file; parley replaces only regular files")
        default: throw WriteError(message: "'\(path)' is not a regular file; parley replaces only regular files")
        }
    }

    /// Why a write failed, in the words of the failure (not one message for all).
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOSPC: "the disk is full"
        case EDQUOT: "the disk quota is exceeded"
        case EROFS: "the file system is read-only"
        case EACCES, EPERM: "permission denied"
        case ENAMETOOLONG: "the file name is too long"
        case EFBIG: "the file is too large for this system or its limits"
        case EIO: "input/output error"
        default: ScriptFile.reason(code)
        }
    }
}
