// The Decoder and its three containers, reading ``CompactEncoder``'s bytes in place.

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
        KeyedDecodingContainer(try CompactKeyedDecoder<Key>(entries: try CompactKeyedEntries(reader, at: offset), depth: nested()))
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

/// A keyed container's entries, found once; lookups start after the last entry found, since
/// a value reads its keys in the order it wrote them.
final class CompactKeyedEntries {
    let reader: CompactReader
    /// Per entry: where its key's bytes start and end, and where its value starts.
    private(set) var entries: [(keyStart: Int, keyEnd: Int, value: Int)] = []
    private var next = 0

    init(_ reader: CompactReader, at offset: Int) throws {
        self.reader = reader
        guard try reader.tag(at: offset) == .keyed else { throw CompactReader.Damaged() }
        let end = try reader.end(ofValueAt: offset)
        let count = Int(try reader.integer(at: offset + 5, bytes: 4))
        guard count <= end - offset else { throw CompactReader.Damaged() }
        entries.reserveCapacity(count)
        var position = offset + 9
        for _ in 0..<count {
            let keyStart = position + 4
            let keyEnd = keyStart + Int(try reader.integer(at: position, bytes: 4))
            guard keyEnd <= end else { throw CompactReader.Damaged() }
            entries.append((keyStart, keyEnd, keyEnd))
            position = try reader.end(ofValueAt: keyEnd)
            guard position <= end else { throw CompactReader.Damaged() }
        }
        guard position == end else { throw CompactReader.Damaged() }
    }

    /// Where the value for `key` starts, or nil when there is none.
    func value(for key: String) -> Int? {
        let count = entries.count
        for step in 0..<count {
            let index = (next + step) % count
            let entry = entries[index]
            if reader.matches(key, from: entry.keyStart, to: entry.keyEnd) {
                next = index + 1 == count ? 0 : index + 1
                return entry.value
            }
        }
        return nil
    }

    func keys() throws -> [String] {
        try entries.map { try reader.text(from: $0.keyStart, to: $0.keyEnd) }
    }
}

struct CompactKeyedDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let entries: CompactKeyedEntries
    let depth: Int
    var codingPath: [any CodingKey] { [] }
    var reader: CompactReader { entries.reader }

    var allKeys: [Key] { ((try? entries.keys()) ?? []).compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { entries.value(for: key.stringValue) != nil }

    private func offset(_ key: Key) throws -> Int {
        guard let offset = entries.value(for: key.stringValue) else { throw CompactReader.Damaged() }
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
        try T(from: CompactDecoderState(reader: reader, at: offset(key), depth: depth))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type,
                                               forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try CompactDecoderState(reader: reader, at: offset(key), depth: depth).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try CompactDecoderState(reader: reader, at: offset(key), depth: depth).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        guard let offset = entries.value(for: "super") else { throw CompactReader.Damaged() }
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
        guard try reader.tag(at: offset) == .unkeyed else { throw CompactReader.Damaged() }
        self.reader = reader
        self.depth = depth
        end = try reader.end(ofValueAt: offset)
        let count = Int(try reader.integer(at: offset + 5, bytes: 4))
        guard count <= end - offset else { throw CompactReader.Damaged() }
        self.count = count
        position = offset + 9
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
        try T(from: CompactDecoderState(reader: reader, at: take(), depth: depth))
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

    func decodeNil() -> Bool { (try? reader.tag(at: offset)) == .null }
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
        try T(from: CompactDecoderState(reader: reader, at: offset, depth: depth))
    }
}
