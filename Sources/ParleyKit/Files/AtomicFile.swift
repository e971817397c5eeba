import Foundation

/// Writes files whole or not at all: a temporary file in the same folder, then a rename,
/// so a crash or a full disk never leaves half a script or briefing behind.
///
///     try AtomicFile.write("help\n", to: "tour.parley")
public enum AtomicFile {
    public struct WriteError: Error, Sendable {
        public var message: String
    }

    public static func write(_ text: String, to path: String, permissions: Int? = nil) throws(WriteError) {
        let directory = PathText.folder(of: path)
        let folder = directory.isEmpty ? "." : directory
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WriteError(message: "no such folder '\(folder)'")
        }
        let name = (path as NSString).lastPathComponent
        let temporary = (folder as NSString).appendingPathComponent(".\(name).\(getpid()).tmp")
        var attributes: [FileAttributeKey: Any] = [:]
        if let permissions { attributes[.posixPermissions] = permissions }
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8), attributes: attributes) else {
            throw WriteError(message: "permission denied or disk full")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw WriteError(message: reason)
        }
    }
}
