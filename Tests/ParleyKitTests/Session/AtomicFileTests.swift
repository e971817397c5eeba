import Foundation
import Testing
@testable import ParleyKit

#if canImport(Glibc)
import Glibc
#endif

@Suite("Atomic files")
struct AtomicFileTests {
    private func kind(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    /// H3: a FIFO, a device (reached through a link) and a folder are refused, never replaced.
    @Test func refusesTargetsThatAreNotRegularFiles() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.path + "/myfifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        let null = folder.path + "/mynull"
        try FileManager.default.createSymbolicLink(atPath: null, withDestinationPath: "/dev/null")
        #expect(throws: AtomicFile.WriteError(message: "'\(fifo)' is a named pipe, not a regular file; parley replaces only regular files")) {
            try AtomicFile.write("x", to: fifo)
        }
        #expect(throws: AtomicFile.WriteError(message: "'\(null)' is a device, not a regular file; parley replaces only regular files")) {
            try AtomicFile.write("x", to: null)
        }
        #expect(throws: AtomicFile.WriteError(message: "'\(folder.path)' is a folder")) {
            try AtomicFile.write("x", to: folder.path)
        }
        #expect(kind(fifo) == S_IFIFO)
        #expect(kind("/dev/null") == S_IFCHR)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["myfifo", "mynull"])
    }

    /// L8: replacing a 0600 file keeps it 0600; a link is followed, and stays a link.
    @Test func keepsPermissionsAndFollowsLinks() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/private.parley"
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o600)
        try AtomicFile.write("new\n", to: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")

        let link = folder.path + "/link.parley"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
        try AtomicFile.write("newer\n", to: link)
        #expect(kind(path) == S_IFREG)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "newer\n")
    }

    /// L5: nothing is left beside the target, and nothing stays registered for clean-up.
    @Test func leavesNoTemporaryFiles() throws {
        let folder = try TemporaryFolder()
        for index in 0..<5 { try AtomicFile.write(String(repeating: "x", count: 1 << 20), to: folder.path + "/b\(index).html") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 5)
        #expect(TemporaryFiles.registered.isEmpty)
    }

    /// L9: a 255-byte name can be written (the temporary name is short), and each failure
    /// says what it is.
    @Test func longNamesAndPreciseErrors() throws {
        let folder = try TemporaryFolder()
        let long = String(repeating: "n", count: 248) + ".parley"
        try AtomicFile.write("x\n", to: folder.path + "/" + long)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/" + long))
        #expect(throws: AtomicFile.WriteError(message: "no file name given")) { try AtomicFile.write("x", to: "") }
        #expect(throws: AtomicFile.WriteError(message: "the file name is too long")) {
            try AtomicFile.write("x", to: folder.path + "/" + String(repeating: "n", count: 300))
        }
        #expect(throws: AtomicFile.WriteError(message: "no such folder '\(folder.path)/none'")) {
            try AtomicFile.write("x", to: folder.path + "/none/a.parley")
        }
        if geteuid() != 0 {
            let locked = folder.path + "/locked"
            try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false)
            chmod(locked, 0o500)
            #expect(throws: AtomicFile.WriteError(message: "permission denied")) { try AtomicFile.write("x", to: locked + "/a") }
        }
    }
}
