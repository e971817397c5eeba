import Foundation

/// Reads back what ``CompactEncoder`` wrote, checking every length against the bytes, so a
/// damaged file gives an error rather than a crash.
///
///     let world = try CompactDecoder.decode(World.self, from: bytes)
///
/// It reads straight from the bytes, with no tree in between and no allocation per keyed
/// container: a keyed container finds a key by walking its entries from where the last key
/// was found (a value reads its keys in the order it wrote them, so that is nearly always the
/// next entry), and arrays of numbers and strings are read in one loop rather than through a
/// container per element.
enum CompactDecoder {
    /// Deeper nesting than any world needs means the bytes are not what was written.
    static let maximumDepth = 256

    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8], byHand: Bool = true) throws -> T {
        try bytes.withUnsafeBufferPointer { try decode(type, from: $0, byHand: byHand) }
    }

    /// The value in `bytes`, which must hold exactly one value. `byHand: false` reads even
    /// the model types through `Codable` (tests compare the two).
    static func decode<T: Decodable>(_ type: T.Type, from bytes: UnsafeBufferPointer<UInt8>,
                                     byHand: Bool = true) throws -> T {
        try reading(bytes, byHand: byHand) { reader in try reader.decode(T.self, at: 0, depth: 0) }
    }

    /// One field of the keyed value `bytes` hold, read alone with its own bookkeeping, so
    /// several fields can be read at once on different threads; nil when the value has no such
    /// field (a nil is left out when written). A caller that splits a value this way checks with
    /// ``fieldCount(in:)`` that it read every field.
    ///
    ///     let catalog = try CompactDecoder.decode(EventCatalog.self, field: "catalog", from: bytes)
    static func decode<T: Decodable>(_ type: T.Type, field key: String,
                                     from bytes: UnsafeBufferPointer<UInt8>) throws -> T? {
        try reading(bytes, byHand: true) { reader in
            let (start, end, count) = try reader.container(.keyed, at: 0)
            var key = key
            guard let offset = try key.withUTF8({ try reader.value(forKey: $0, inKeyedAt: 0, start: start, end: end,
                                                                   count: count, depth: 0) }),
                  try reader.tag(at: offset) != .null
            else { return nil }
            return try reader.decode(T.self, at: offset, depth: 1)
        }
    }

    /// How many fields the keyed value `bytes` hold.
    static func fieldCount(in bytes: UnsafeBufferPointer<UInt8>) throws -> Int {
        try reading(bytes, byHand: true) { reader in try reader.container(.keyed, at: 0).count }
    }

    /// `read` on a reader of `bytes`, which must hold exactly one value; fails on any damage met.
    private static func reading<T>(_ bytes: UnsafeBufferPointer<UInt8>, byHand: Bool,
                                   _ read: (CompactReader) throws -> T) throws -> T {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { throw CompactReader.Damaged() }
        // Per depth: which container last found a key there, and where its next entry starts;
        // then whether a part that cannot throw (`allKeys`, `contains`) met damage.
        let hints = UnsafeMutablePointer<Int>.allocate(capacity: CompactReader.damageSlot + 1)
        hints.initialize(repeating: -1, count: CompactReader.damageSlot + 1)
        defer { hints.deallocate() }
        let reader = CompactReader(base: base, count: bytes.count, hints: hints, paths: CompactReader.DirectPaths(byHand: byHand))
        guard try reader.end(ofValueAt: 0) == bytes.count else { throw CompactReader.Damaged() }
        let value = try read(reader)
        guard !reader.sawDamage else { throw CompactReader.Damaged() }
        return value
    }
}

/// The bytes being decoded, with checked reads. Valid only while ``CompactDecoder/decode(_:from:)``
/// runs: the containers that hold it never outlive the value they decode.
struct CompactReader {
    let base: UnsafePointer<UInt8>
    let count: Int
    let hints: UnsafeMutablePointer<Int>
    let paths: DirectPaths

    /// Which values skip `Codable`'s containers: the array types read directly (naming a
    /// generic type's metatype is a runtime look-up each time, so it is done once per
    /// decode) and, unless turned off, the model types read by hand.
    struct DirectPaths {
        let doubles = ObjectIdentifier([Double].self)
        let ints = ObjectIdentifier([Int].self)
        let strings = ObjectIdentifier([String].self)
        /// Whether the model types are read by hand (``CompactReader/decodeModel(_:at:depth:)``).
        let byHand: Bool
    }

    struct Damaged: Error {}

    static let damageSlot = 2 * (CompactDecoder.maximumDepth + 2)

    /// Remembers damage met where no error can be thrown, so the decode fails at the end.
    func noteDamage() { hints[Self.damageSlot] = 1 }

    var sawDamage: Bool { hints[Self.damageSlot] == 1 }

    @inline(__always)
    func byte(at offset: Int) throws -> UInt8 {
        guard offset >= 0, offset < count else { throw Damaged() }
        return base[offset]
    }

    /// A little-endian 4-byte length.
    @inline(__always)
    func length(at offset: Int) throws -> Int {
        guard offset >= 0, offset <= count - 4 else { throw Damaged() }
        return Int(UInt32(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt32.self)))
    }

    /// A little-endian 8-byte word.
    @inline(__always)
    func word(at offset: Int) throws -> UInt64 {
        guard offset >= 0, offset <= count - 8 else { throw Damaged() }
        return UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
    }

    @inline(__always)
    func tag(at offset: Int) throws -> CompactEncoder.Tag {
        guard let tag = CompactEncoder.Tag(rawValue: try byte(at: offset)) else { throw Damaged() }
        return tag
    }

    /// Where the value starting at `offset` ends.
    @inline(__always)
    func end(ofValueAt offset: Int) throws -> Int {
        switch try tag(at: offset) {
        case .null, .no, .yes: return offset + 1
        case .int, .uint, .double:
            guard offset <= count - 9 else { throw Damaged() }
            return offset + 9
        case .string, .keyed, .unkeyed:
            let end = offset + 5 + (try length(at: offset + 1))
            guard end <= count else { throw Damaged() }
            return end
        }
    }

    /// The start and end of the container at `offset` (after its count) and its entry count.
    @inline(__always)
    func container(_ tag: CompactEncoder.Tag, at offset: Int) throws -> (start: Int, end: Int, count: Int) {
        guard try self.tag(at: offset) == tag else { throw Damaged() }
        let end = try end(ofValueAt: offset)
        let entries = try length(at: offset + 5)
        guard offset + 9 <= end, entries <= end - offset else { throw Damaged() }
        return (offset + 9, end, entries)
    }

    func string(at offset: Int) throws -> String {
        guard try tag(at: offset) == .string else { throw Damaged() }
        return try text(from: offset + 5, to: end(ofValueAt: offset))
    }

    func text(from start: Int, to end: Int) throws -> String {
        guard start >= 0, start <= end, end <= count else { throw Damaged() }
        let utf8 = UnsafeBufferPointer(start: base + start, count: end - start)
        // `String(decoding:)` has a fast path for UTF-8 but mends bad bytes; what it made is
        // always valid UTF-8, so the bytes were valid exactly when it made them unchanged.
        var text = String(decoding: utf8, as: UTF8.self)
        let unchanged = text.withUTF8 { made in
            made.count == utf8.count && (made.isEmpty || memcmp(made.baseAddress!, utf8.baseAddress!, made.count) == 0)
        }
        guard unchanged else { throw Damaged() }
        return text
    }

    func int(at offset: Int) throws -> Int64 {
        switch try tag(at: offset) {
        case .int: return Int64(bitPattern: try word(at: offset + 1))
        case .uint:
            let value = try word(at: offset + 1)
            guard value <= UInt64(Int64.max) else { throw Damaged() }
            return Int64(value)
        default: throw Damaged()
        }
    }

    func uint(at offset: Int) throws -> UInt64 {
        switch try tag(at: offset) {
        case .uint: return try word(at: offset + 1)
        case .int:
            let value = Int64(bitPattern: try word(at: offset + 1))
            guard value >= 0 else { throw Damaged() }
            return UInt64(value)
        default: throw Damaged()
        }
    }

    @inline(__always)
    func double(at offset: Int) throws -> Double {
        guard try tag(at: offset) == .double else { throw Damaged() }
        return Double(bitPattern: try word(at: offset + 1))
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
