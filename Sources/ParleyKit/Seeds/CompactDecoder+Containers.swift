// The Decoder and its three containers, reading ``CompactEncoder``'s bytes in place.

import Foundation

extension CompactReader {
    /// The value of type `T` starting at `offset`: the scalars and arrays that make up most
    /// of a world read directly, everything else through its own `init(from:)`.
    @inline(__always)
    func decode<T: Decodable>(_ type: T.Type, at offset: Int, depth: Int) throws -> T {
        // Each test is a comparison; going through the generic containers costs a hundred
        // times more per value.
        if T.self == String.self { return unsafeBitCast(try string(at: offset), to: T.self) }
        if T.self == Double.self { return unsafeBitCast(try double(at: offset), to: T.self) }
        if T.self == Int.self { return unsafeBitCast(try integer(Int.self, at: offset), to: T.self) }
        if T.self == Bool.self { return unsafeBitCast(try bool(at: offset), to: T.self) }
        let type = ObjectIdentifier(T.self)
        if type == paths.doubles { return unsafeBitCast(try doubles(at: offset), to: T.self) }
        if type == paths.strings { return unsafeBitCast(try strings(at: offset), to: T.self) }
        if type == paths.ints { return unsafeBitCast(try ints(at: offset), to: T.self) }
        if paths.byHand, let value = try decodeModel(T.self, at: offset, depth: depth) { return value }
        return try T(from: CompactDecoderState(reader: self, at: offset, depth: depth))
    }

    /// A `[Double]`: every element a double, so nine bytes each.
    func doubles(at offset: Int) throws -> [Double] {
        let (start, end, count) = try container(.unkeyed, at: offset)
        guard end - start == 9 * count else { throw Damaged() }
        return try [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count { buffer[index] = try double(at: start + 9 * index); initialized += 1 }
        }
    }

    /// An `[Int]`: every element a signed integer, so nine bytes each.
    func ints(at offset: Int) throws -> [Int] {
        let (start, end, count) = try container(.unkeyed, at: offset)
        guard end - start == 9 * count else { throw Damaged() }
        return try [Int](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count { buffer[index] = try integer(Int.self, at: start + 9 * index); initialized += 1 }
        }
    }

    /// A `[String]` (strings are leaves, so the depth it is read at does not matter).
    func strings(at offset: Int) throws -> [String] {
        try array(at: offset, depth: 0) { at, _ in try string(at: at) }
    }
}

extension CompactReader {
    /// Where the value for the key spelt `key` starts in the keyed container at `offset`
    /// (entries in `start..<end`, `count` of them, at `depth`), or nil when it has none.
    ///
    /// The search starts where the last key found at this depth in this container ended,
    /// so fields read in the order they were written cost one comparison each; any other
    /// order, or a missing key, walks the entries once.
    func value(forKey key: UnsafeBufferPointer<UInt8>, inKeyedAt offset: Int,
               start: Int, end: Int, count: Int, depth: Int) throws -> Int? {
        guard count > 0 else { return nil }
        let hint = hints + 2 * depth
        var position = hint[0] == offset ? hint[1] : start
        for _ in 0..<count {
            if position >= end { position = start }
            let keyStart = position + 4
            let keyEnd = keyStart + (try length(at: position))
            guard keyEnd < end else { throw Damaged() }
            let valueEnd = try self.end(ofValueAt: keyEnd)
            guard valueEnd <= end else { throw Damaged() }
            if keyEnd - keyStart == key.count,
               key.isEmpty || memcmp(key.baseAddress!, base + keyStart, key.count) == 0 {
                hint[0] = offset
                hint[1] = valueEnd
                return keyEnd
            }
            position = valueEnd
        }
        return nil
    }
}

/// The `Decoder` handed to each value: the value starting at `offset`.
struct CompactDecoderState: Decoder {
    let reader: CompactReader
    let offset: Int
    let depth: Int

    init(reader: CompactReader, at offset: Int, depth: Int) {
        self.reader = reader
        self.offset = offset
        self.depth = depth
    }

    // The cache is all or nothing, so no error needs to say where it arose.
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(try CompactKeyedDecoder<Key>(reader: reader, at: offset, depth: nested()))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try CompactUnkeyedDecoder(reader: reader, at: offset, depth: nested())
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        CompactSingleValueDecoder(reader: reader, offset: offset, depth: depth)
    }

    private func nested() throws -> Int {
        guard depth < CompactDecoder.maximumDepth else { throw CompactReader.Damaged() }
        return depth + 1
    }
}

/// A keyed container, read in place. A key is looked for from the entry after the last one
/// found (kept in the reader's hints for this depth, tagged with the container's offset), so
/// fields read in the order they were written cost one comparison each; any other order, or
/// a missing key, walks the entries once.
struct CompactKeyedDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let reader: CompactReader
    let offset: Int
    let start: Int
    let end: Int
    let count: Int
    let depth: Int
    var codingPath: [any CodingKey] { [] }

    init(reader: CompactReader, at offset: Int, depth: Int) throws {
        self.reader = reader
        self.offset = offset
        self.depth = depth
        (start, end, count) = try reader.container(.keyed, at: offset)
    }

    /// Where the value for `key` starts, or nil when there is none.
    func value(for key: String) throws -> Int? {
        var key = key
        return try key.withUTF8 { try reader.value(forKey: $0, inKeyedAt: offset, start: start, end: end, count: count, depth: depth) }
    }

    var allKeys: [Key] {
        var keys: [Key] = []
        var position = start
        for _ in 0..<count {
            let keyStart = position + 4
            guard let length = try? reader.length(at: position), keyStart + length < end,
                  let text = try? reader.text(from: keyStart, to: keyStart + length),
                  let next = try? reader.end(ofValueAt: keyStart + length), next <= end else {
                reader.noteDamage()
                return keys
            }
            if let key = Key(stringValue: text) { keys.append(key) }
            position = next
        }
        return keys
    }

    func contains(_ key: Key) -> Bool {
        do {
            return try value(for: key.stringValue) != nil
        } catch {
            reader.noteDamage()
            return false
        }
    }

    private func offset(_ key: Key) throws -> Int {
        guard let offset = try value(for: key.stringValue) else { throw CompactReader.Damaged() }
        return offset
    }

    /// Where a present, non-nil value for `key` starts.
    private func present(_ key: Key) throws -> Int? {
        guard let offset = try value(for: key.stringValue), try reader.tag(at: offset) != .null else { return nil }
        return offset
    }

    func decodeNil(forKey key: Key) throws -> Bool { try reader.tag(at: offset(key)) == .null }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try reader.bool(at: offset(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try reader.string(at: offset(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try reader.double(at: offset(key)) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try reader.double(at: offset(key))) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try reader.integer(Int.self, at: offset(key)) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try reader.integer(Int8.self, at: offset(key)) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try reader.integer(Int16.self, at: offset(key)) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try reader.integer(Int32.self, at: offset(key)) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try reader.integer(Int64.self, at: offset(key)) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try reader.integer(UInt.self, at: offset(key)) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try reader.integer(UInt8.self, at: offset(key)) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try reader.integer(UInt16.self, at: offset(key)) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try reader.integer(UInt32.self, at: offset(key)) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try reader.integer(UInt64.self, at: offset(key)) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try reader.decode(T.self, at: offset(key), depth: depth)
    }

    // One walk per optional field rather than the default's three (contains, decodeNil, decode).
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try present(key).map(reader.bool) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try present(key).map(reader.string) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try present(key).map(reader.double) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try present(key).map { Float(try reader.double(at: $0)) } }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try present(key).map { try reader.integer(Int.self, at: $0) } }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try present(key).map { try reader.integer(Int8.self, at: $0) } }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try present(key).map { try reader.integer(Int16.self, at: $0) } }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try present(key).map { try reader.integer(Int32.self, at: $0) } }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try present(key).map { try reader.integer(Int64.self, at: $0) } }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try present(key).map { try reader.integer(UInt.self, at: $0) } }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try present(key).map { try reader.integer(UInt8.self, at: $0) } }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try present(key).map { try reader.integer(UInt16.self, at: $0) } }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try present(key).map { try reader.integer(UInt32.self, at: $0) } }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try present(key).map { try reader.integer(UInt64.self, at: $0) } }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let offset = try present(key) else { return nil }
        return try reader.decode(T.self, at: offset, depth: depth)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type,
                                               forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try CompactDecoderState(reader: reader, at: offset(key), depth: depth).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try CompactDecoderState(reader: reader, at: offset(key), depth: depth).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        guard let offset = try value(for: "super") else { throw CompactReader.Damaged() }
        return CompactDecoderState(reader: reader, at: offset, depth: depth)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        CompactDecoderState(reader: reader, at: try offset(key), depth: depth)
    }
}

struct CompactUnkeyedDecoder: UnkeyedDecodingContainer {
    let reader: CompactReader
    let depth: Int
    let count: Int?
    private(set) var currentIndex = 0
    private var position: Int
    private let end: Int
    var codingPath: [any CodingKey] { [] }
    var isAtEnd: Bool { currentIndex >= (count ?? 0) }

    init(reader: CompactReader, at offset: Int, depth: Int) throws {
        self.reader = reader
        self.depth = depth
        let container = try reader.container(.unkeyed, at: offset)
        count = container.count
        position = container.start
        end = container.end
    }

    /// The next value's offset, stepping past it.
    private mutating func take() throws -> Int {
        guard !isAtEnd else { throw CompactReader.Damaged() }
        let offset = position
        position = try reader.end(ofValueAt: offset)
        guard position <= end else { throw CompactReader.Damaged() }
        currentIndex += 1
        return offset
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, try reader.tag(at: position) == .null else { return false }
        _ = try take()
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try reader.bool(at: take()) }
    mutating func decode(_ type: String.Type) throws -> String { try reader.string(at: take()) }
    mutating func decode(_ type: Double.Type) throws -> Double { try reader.double(at: take()) }
    mutating func decode(_ type: Float.Type) throws -> Float { Float(try reader.double(at: take())) }
    mutating func decode(_ type: Int.Type) throws -> Int { try reader.integer(Int.self, at: take()) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try reader.integer(Int8.self, at: take()) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try reader.integer(Int16.self, at: take()) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try reader.integer(Int32.self, at: take()) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try reader.integer(Int64.self, at: take()) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try reader.integer(UInt.self, at: take()) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try reader.integer(UInt8.self, at: take()) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try reader.integer(UInt16.self, at: take()) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try reader.integer(UInt32.self, at: take()) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try reader.integer(UInt64.self, at: take()) }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try reader.decode(T.self, at: take(), depth: depth)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try CompactDecoderState(reader: reader, at: take(), depth: depth).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try CompactDecoderState(reader: reader, at: take(), depth: depth).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        CompactDecoderState(reader: reader, at: try take(), depth: depth)
    }
}

struct CompactSingleValueDecoder: SingleValueDecodingContainer {
    let reader: CompactReader
    let offset: Int
    let depth: Int
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool {
        guard let tag = try? reader.tag(at: offset) else {
            reader.noteDamage()
            return false
        }
        return tag == .null
    }
    func decode(_ type: Bool.Type) throws -> Bool { try reader.bool(at: offset) }
    func decode(_ type: String.Type) throws -> String { try reader.string(at: offset) }
    func decode(_ type: Double.Type) throws -> Double { try reader.double(at: offset) }
    func decode(_ type: Float.Type) throws -> Float { Float(try reader.double(at: offset)) }
    func decode(_ type: Int.Type) throws -> Int { try reader.integer(Int.self, at: offset) }
    func decode(_ type: Int8.Type) throws -> Int8 { try reader.integer(Int8.self, at: offset) }
    func decode(_ type: Int16.Type) throws -> Int16 { try reader.integer(Int16.self, at: offset) }
    func decode(_ type: Int32.Type) throws -> Int32 { try reader.integer(Int32.self, at: offset) }
    func decode(_ type: Int64.Type) throws -> Int64 { try reader.integer(Int64.self, at: offset) }
    func decode(_ type: UInt.Type) throws -> UInt { try reader.integer(UInt.self, at: offset) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try reader.integer(UInt8.self, at: offset) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try reader.integer(UInt16.self, at: offset) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try reader.integer(UInt32.self, at: offset) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try reader.integer(UInt64.self, at: offset) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try reader.decode(T.self, at: offset, depth: depth)
    }
}
