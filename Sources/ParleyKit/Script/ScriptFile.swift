import Foundation

/// Reads a script or seed file as text, refusing what cannot be a script with a clear reason.
///
///     let text = try ScriptFile.read("scenarios/summit.parley")
public enum ScriptFile {
    /// Scripts are hand-written; anything bigger is almost certainly the wrong file.
    public static let maximumSize = 8 << 20

    /// The problem is returned as a message without a location, for the caller to place.
    public static func read(_ path: String) throws(ReadError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReadError(message: "no such file '\(path)'")
        }
        guard !isDirectory.boolValue else {
            throw ReadError(message: "'\(path)' is a directory, not a file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ReadError(message: "cannot read '\(path)': permission denied")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maximumSize + 1) ?? Data()
        } catch {
            throw ReadError(message: "cannot read '\(path)': \(error.localizedDescription)")
        }
        guard data.count <= maximumSize else {
            throw ReadError(message: "'\(path)' is larger than \(maximumSize >> 20) MiB")
        }
        return try decode(data, path: path)
    }

    /// Decodes UTF-8, naming the line and column of the first invalid byte.
    static func decode(_ data: Data, path: String) throws(ReadError) -> String {
        if let text = String(validating: data, as: UTF8.self) { return text }
        var line = 1
        var lineStart = 0
        let bytes = [UInt8](data)
        var index = 0
        while index < bytes.count {
            let length = utf8SequenceLength(bytes, at: index)
            if length == 0 {
                let prefix = String(decoding: bytes[lineStart..<index], as: UTF8.self)
                let column = prefix.unicodeScalars.count + 1
                throw ReadError(message: "invalid UTF-8 byte 0x\(String(bytes[index], radix: 16, uppercase: true))",
                                location: SourceLocation(file: path, line: line, column: column))
            }
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        return String(decoding: data, as: UTF8.self)
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

    public struct ReadError: Error, Sendable {
        public var message: String
        public var location: SourceLocation?
    }
}
