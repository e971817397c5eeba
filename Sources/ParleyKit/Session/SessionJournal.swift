import Foundation

/// The session's state-changing commands, appended to a file as they succeed and flushed to
/// disk each time, so a killed REPL can be rebuilt with `parley --resume`.
///
///     let journal = try SessionJournal(path: "~/.local/state/parley/journal", seeds: nil)
///     journal.append("apply round")
///
/// The file is a parley script with a header, so it can also be read, or replayed, by hand.
public final class SessionJournal {
    public let path: String
    private let descriptor: Int32

    static let header = "# parley session journal: the commands of the last interactive session."

    /// Starts a new, empty journal at `path`, replacing the last one.
    public init(path: String, seeds: String?) throws(AtomicFile.WriteError) {
        self.path = path
        let directory = PathText.folder(of: path)
        let folder = directory.isEmpty ? "." : directory
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw AtomicFile.WriteError(message: "cannot create '\(folder)'")
        }
        var text = Self.header + "\n# Replay with: parley --resume\n"
        if let seeds { text += "# seeds: \(seeds)\n" }
        // Written whole first, so a kill never leaves a journal without its header.
        try AtomicFile.write(text, to: path, permissions: 0o600)
        descriptor = open(path, O_WRONLY | O_APPEND)
        guard descriptor >= 0 else {
            throw AtomicFile.WriteError(message: String(cString: strerror(errno)))
        }
    }

    deinit { close(descriptor) }

    /// Appends one command line and waits until it is on disk.
    public func append(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 { if errno == EINTR { continue }; return }
                offset += written
            }
        }
        fsync(descriptor)
    }

    /// The command lines of a journal, without its comments; nil when there is none.
    public static func commands(at path: String) -> (text: String, seeds: String?)? {
        // A journal grows with the session: no size limit, unlike a script.
        guard let data = try? TextFile.readBytes(path, limit: .max) else { return nil }
        // A kill can cut the last line short, even mid-character: decode leniently and let
        // replay report what does not parse.
        let text = String(decoding: data, as: UTF8.self)
        var seeds: String?
        for line in text.split(separator: "\n") where line.hasPrefix("# seeds: ") {
            seeds = String(line.dropFirst("# seeds: ".count))
        }
        return (text, seeds)
    }
}
