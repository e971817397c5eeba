#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads any text file parley takes in (a script, a seed file, the catalog, a KTAB file, the
/// journal), refusing what cannot be one with a clear reason.
///
///     let text = try TextFile.read("scenarios/summit.parley")
public enum TextFile {
    /// Scripts are hand-written; anything bigger is almost certainly the wrong file.
    public static let maximumSize = 8 << 20

    /// The problem is returned as a message without a location (unless the text itself is at
    /// fault), for the caller to place. `shown` names the file in messages (default: `path`).
    public static func read(_ path: String, shownAs shown: String? = nil) throws(ReadError) -> String {
        try decode(readBytes(path, shownAs: shown), path: shown ?? path)
    }

    /// Reads the file at `path` and hands its text to `parse` with the name to show in
    /// diagnostics (`shown`, else the path); a read error becomes a diagnostic too.
    ///
    ///     try TextFile.parsing("ktab/sanctions.csv", shownAs: nil) { text, file in try KTABScenario.parse(text, file: file) }
    public static func parsing<Parsed>(_ path: String, shownAs shown: String?,
                                       _ parse: (_ text: String, _ file: String) throws(Diagnostic) -> Parsed) throws(Diagnostic) -> Parsed {
        let text: String
        do {
            text = try read(path, shownAs: shown)
        } catch {
            throw error.diagnostic
        }
        return try parse(text, shown ?? path)
    }

    /// The file's bytes, with the same checks and messages as ``read(_:shownAs:)`` but no
    /// decoding. Read through the file descriptor: Foundation's readers leak a buffer on
    /// empty files on Linux, and block on a named pipe nobody writes to. Files longer than
    /// `limit` bytes are refused.
    public static func readBytes(_ path: String, shownAs shown: String? = nil,
                                 limit: Int = maximumSize) throws(ReadError) -> [UInt8] {
        let name = shown ?? path
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw ReadError(message: "no such file '\(name)'") }
            throw ReadError(message: "cannot read '\(name)': \(reason(errno))")
        }
        guard info.st_mode & S_IFMT != S_IFDIR else {
            throw ReadError(message: "'\(name)' is a directory, not a file")
        }
        // Non-blocking open: a named pipe nobody writes to must not hang the open. Reads block
        // as usual afterwards, and such a pipe reads as empty.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw ReadError(message: "cannot read '\(name)': \(reason(errno))")
        }
        defer { close(descriptor) }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        // Read straight into the result, sized by `stat` plus one byte so that one read of a
        // regular file also sees its end (start-up reads every seed and the cache this way).
        let expected = info.st_mode & S_IFMT == S_IFREG ? max(0, Int(info.st_size)) : 0
        var bytes = [UInt8](filling: 0, count: min(expected, limit) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                guard filled <= limit else { break }
                bytes.append(contentsOf: repeatElement(0, count: max(1 << 16, bytes.count)))
            }
            let count = bytes.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 {
                // Only a signal parley handles interrupts a read (Ctrl-C, a SIGTERM): a FIFO
                // or a terminal that never ends must not hold parley.
                if errno == EINTR { throw ReadError(message: "reading '\(name)' was interrupted") }
                throw ReadError(message: "cannot read '\(name)': \(reason(errno))")
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeLast(bytes.count - filled)
        guard bytes.count <= limit else {
            throw ReadError(message: "'\(name)' is larger than \(limit >> 20) MiB")
        }
        return bytes
    }

    /// Decodes UTF-8, naming the line and column of the first invalid byte.
    static func decode(_ bytes: [UInt8], path: String) throws(ReadError) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let length = utf8SequenceLength(bytes, at: index)
            if length == 0 {
                let prefix = String(decoding: bytes[lineStart..<index], as: UTF8.self)
                var lineEnd = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                if lineEnd > lineStart, bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
                throw ReadError(message: "invalid UTF-8 byte 0x\(String(bytes[index], radix: 16, uppercase: true))",
                                location: SourceLocation(file: path, line: line, column: prefix.unicodeScalars.count + 1),
                                sourceLine: String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self))
            }
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Length of the well-formed UTF-8 sequence at `index`, or 0 when it is malformed.
    static func utf8SequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        let slice = Array(bytes[index..<index + length])
        return String(validating: slice, as: UTF8.self) == nil ? 0 : length
    }

    /// The system's reason for `code`, starting in lower case as parley's messages do.
    static func reason(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
        #else
        Darwin.read(descriptor, buffer, count)
        #endif
    }

    public struct ReadError: Error, Sendable, Equatable {
        public var message: String
        public var location: SourceLocation?
        /// The offending line, when the text itself is at fault (invalid UTF-8).
        public var sourceLine: String?

        /// The problem as a diagnostic, placed in the file when the text is at fault.
        public var diagnostic: Diagnostic {
            Diagnostic(message, at: location, sourceLine: sourceLine)
        }
    }
}
