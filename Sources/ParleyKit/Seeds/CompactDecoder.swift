/// Reads back what ``CompactEncoder`` wrote, checking every length against the bytes, so a
/// damaged file gives an error rather than a crash.
///
///     let world = try CompactDecoder.decode(World.self, from: bytes)
///
/// It reads straight from the bytes, with no tree in between: a keyed container is found by
/// walking its entries (in the order they were written, which is the order they are read).
enum CompactDecoder {
    /// Deeper nesting than any world needs means the bytes are not what was written.
    static let maximumDepth = 256

    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        let reader = CompactReader(bytes)
        let value = try T(from: CompactDecoderState(reader: reader, at: 0, depth: 0))
        return value
    }
}

/// The bytes being decoded, with checked reads.
final class CompactReader {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    struct Damaged: Error {}

    func byte(at offset: Int) throws -> UInt8 {
        guard offset >= 0, offset < bytes.count else { throw Damaged() }
        return bytes[offset]
    }

    func integer(at offset: Int, bytes count: Int) throws -> UInt64 {
        guard offset >= 0, count <= bytes.count, offset <= bytes.count - count else { throw Damaged() }
        var value: UInt64 = 0
        for index in (0..<count).reversed() { value = value << 8 | UInt64(bytes[offset + index]) }
        return value
    }

    func tag(at offset: Int) throws -> CompactEncoder.Tag {
        guard let tag = CompactEncoder.Tag(rawValue: try byte(at: offset)) else { throw Damaged() }
        return tag
    }

    /// Where the value starting at `offset` ends.
    func end(ofValueAt offset: Int) throws -> Int {
        switch try tag(at: offset) {
        case .null, .no, .yes: return offset + 1
        case .int, .uint, .double: return offset + 9
        case .string, .keyed, .unkeyed:
            let end = offset + 5 + Int(try integer(at: offset + 1, bytes: 4))
            guard end <= bytes.count else { throw Damaged() }
            return end
        }
    }

    func string(at offset: Int) throws -> String {
        guard try tag(at: offset) == .string else { throw Damaged() }
        let end = try end(ofValueAt: offset)
        return try text(from: offset + 5, to: end)
    }

    func text(from start: Int, to end: Int) throws -> String {
        guard start <= end, end <= bytes.count,
              let text = String(validating: bytes[start..<end], as: UTF8.self) else { throw Damaged() }
        return text
    }

    /// Whether the bytes in `start..<end` spell `key`.
    func matches(_ key: String, from start: Int, to end: Int) -> Bool {
        var key = key
        return key.withUTF8 { utf8 in
            guard utf8.count == end - start else { return false }
            for index in 0..<utf8.count where utf8[index] != bytes[start + index] { return false }
            return true
        }
    }

    func int(at offset: Int) throws -> Int64 {
        switch try tag(at: offset) {
        case .int: return Int64(bitPattern: try integer(at: offset + 1, bytes: 8))
        case .uint:
            let value = try integer(at: offset + 1, bytes: 8)
            guard value <= UInt64(Int64.max) else { throw Damaged() }
            return Int64(value)
        default: throw Damaged()
        }
    }

    func uint(at offset: Int) throws -> UInt64 {
        switch try tag(at: offset) {
        case .uint: return try integer(at: offset + 1, bytes: 8)
        case .int:
            let value = Int64(bitPattern: try integer(at: offset + 1, bytes: 8))
            guard value >= 0 else { throw Damaged() }
            return UInt64(value)
        default: throw Damaged()
        }
    }

    func double(at offset: Int) throws -> Double {
        guard try tag(at: offset) == .double else { throw Damaged() }
        return Double(bitPattern: try integer(at: offset + 1, bytes: 8))
    }

    func bool(at offset: Int) throws -> Bool {
        switch try tag(at: offset) {
        case .yes: return true
        case .no: return false
        default: throw Damaged()
        }
    }

    /// A narrower integer type, refusing values it cannot hold.
    func integer<T: FixedWidthInteger>(_ type: T.Type, at offset: Int) throws -> T {
        if T.isSigned {
            guard let value = T(exactly: try int(at: offset)) else { throw Damaged() }
            return value
        }
        guard let value = T(exactly: try uint(at: offset)) else { throw Damaged() }
        return value
    }
}
