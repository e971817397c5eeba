// The Encoder and its three containers, which write through ``CompactWriter``.

/// The `Encoder` handed to each value: the value that goes at `slot`, inside `level` open
/// containers.
struct CompactEncoderState: Encoder {
    let writer: CompactWriter
    let slot: Int
    let level: Int
    // The cache is all or nothing, so no error needs to say where it arose.
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(CompactKeyedEncoder<Key>(writer: writer, level: level, tagAt: container(.keyed)))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        CompactUnkeyedEncoder(writer: writer, level: level, tagAt: container(.unkeyed))
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        CompactSingleValueEncoder(writer: writer, slot: slot, level: level)
    }

    /// Where this value's container starts: the one it opened already (a value asking twice
    /// gets the same one, as with JSON), else a new one at its slot; -1 when neither can be.
    private func container(_ tag: CompactEncoder.Tag) -> Int {
        if writer.isOpen(level: level, tagAt: slot) {
            if writer.bytes[slot] == tag.rawValue { return slot }
            writer.refuse()
            return -1
        }
        guard writer.claim(slot: slot, level: level) else { return -1 }
        writer.begin(tag)
        return slot
    }
}

struct CompactKeyedEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: CompactWriter
    let level: Int
    let tagAt: Int
    var codingPath: [any CodingKey] { [] }

    /// Starts an entry: this container innermost again, then the key.
    private func entry(_ key: String) throws {
        guard writer.enter(level: level, tagAt: tagAt) else { throw CompactEncoder.Misuse() }
        writer.write(key: key)
    }

    mutating func encodeNil(forKey key: Key) throws { try entry(key.stringValue); writer.writeNull() }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try entry(key.stringValue); writer.write(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { try entry(key.stringValue); writer.write(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try entry(key.stringValue); writer.write(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try entry(key.stringValue); writer.write(Double(value)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try entry(key.stringValue); writer.write(int: Int64(value)) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try entry(key.stringValue); writer.write(int: Int64(value)) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try entry(key.stringValue); writer.write(int: Int64(value)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try entry(key.stringValue); writer.write(int: Int64(value)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try entry(key.stringValue); writer.write(int: value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try entry(key.stringValue); writer.write(uint: UInt64(value)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try entry(key.stringValue); writer.write(uint: UInt64(value)) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try entry(key.stringValue); writer.write(uint: UInt64(value)) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try entry(key.stringValue); writer.write(uint: UInt64(value)) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try entry(key.stringValue); writer.write(uint: value) }

    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        try entry(key.stringValue)
        try writer.encode(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(CompactKeyedEncoder<NestedKey>(writer: writer, level: level + 1, tagAt: nested(.keyed, key)))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        CompactUnkeyedEncoder(writer: writer, level: level + 1, tagAt: nested(.unkeyed, key))
    }

    mutating func superEncoder() -> any Encoder { handOut("super") }

    mutating func superEncoder(forKey key: Key) -> any Encoder { handOut(key.stringValue) }

    /// An entry whose value is a container opened now; -1 when this container is closed.
    private func nested(_ tag: CompactEncoder.Tag, _ key: Key) -> Int {
        guard (try? entry(key.stringValue)) != nil else { return -1 }
        let tagAt = writer.bytes.count
        writer.begin(tag)
        return tagAt
    }

    /// An entry whose value the caller encodes next (a null if it encodes nothing).
    private func handOut(_ key: String) -> any Encoder {
        guard (try? entry(key)) != nil else { return CompactEncoderState(writer: writer, slot: -1, level: level + 1) }
        writer.expect(slot: writer.bytes.count, level: level)
        return CompactEncoderState(writer: writer, slot: writer.bytes.count, level: level + 1)
    }
}

struct CompactUnkeyedEncoder: UnkeyedEncodingContainer {
    let writer: CompactWriter
    let level: Int
    let tagAt: Int
    private(set) var count = 0
    var codingPath: [any CodingKey] { [] }

    init(writer: CompactWriter, level: Int, tagAt: Int) {
        self.writer = writer
        self.level = level
        self.tagAt = tagAt
    }

    private mutating func element() throws {
        guard writer.enter(level: level, tagAt: tagAt) else { throw CompactEncoder.Misuse() }
        count += 1
    }

    mutating func encodeNil() throws { try element(); writer.writeNull() }
    mutating func encode(_ value: Bool) throws { try element(); writer.write(value) }
    mutating func encode(_ value: String) throws { try element(); writer.write(value) }
    mutating func encode(_ value: Double) throws { try element(); writer.write(value) }
    mutating func encode(_ value: Float) throws { try element(); writer.write(Double(value)) }
    mutating func encode(_ value: Int) throws { try element(); writer.write(int: Int64(value)) }
    mutating func encode(_ value: Int8) throws { try element(); writer.write(int: Int64(value)) }
    mutating func encode(_ value: Int16) throws { try element(); writer.write(int: Int64(value)) }
    mutating func encode(_ value: Int32) throws { try element(); writer.write(int: Int64(value)) }
    mutating func encode(_ value: Int64) throws { try element(); writer.write(int: value) }
    mutating func encode(_ value: UInt) throws { try element(); writer.write(uint: UInt64(value)) }
    mutating func encode(_ value: UInt8) throws { try element(); writer.write(uint: UInt64(value)) }
    mutating func encode(_ value: UInt16) throws { try element(); writer.write(uint: UInt64(value)) }
    mutating func encode(_ value: UInt32) throws { try element(); writer.write(uint: UInt64(value)) }
    mutating func encode(_ value: UInt64) throws { try element(); writer.write(uint: value) }

    mutating func encode(_ value: some Encodable) throws {
        try element()
        try writer.encode(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(CompactKeyedEncoder<NestedKey>(writer: writer, level: level + 1, tagAt: nested(.keyed)))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        CompactUnkeyedEncoder(writer: writer, level: level + 1, tagAt: nested(.unkeyed))
    }

    mutating func superEncoder() -> any Encoder {
        guard (try? element()) != nil else { return CompactEncoderState(writer: writer, slot: -1, level: level + 1) }
        writer.expect(slot: writer.bytes.count, level: level)
        return CompactEncoderState(writer: writer, slot: writer.bytes.count, level: level + 1)
    }

    private mutating func nested(_ tag: CompactEncoder.Tag) -> Int {
        guard (try? element()) != nil else { return -1 }
        let tagAt = writer.bytes.count
        writer.begin(tag)
        return tagAt
    }
}

struct CompactSingleValueEncoder: SingleValueEncodingContainer {
    let writer: CompactWriter
    let slot: Int
    let level: Int
    var codingPath: [any CodingKey] { [] }

    /// One value per slot: a second is a misuse, not a silent overwrite.
    private func claim() throws {
        guard writer.claim(slot: slot, level: level) else { throw CompactEncoder.Misuse() }
    }

    mutating func encodeNil() throws { try claim(); writer.writeNull() }
    mutating func encode(_ value: Bool) throws { try claim(); writer.write(value) }
    mutating func encode(_ value: String) throws { try claim(); writer.write(value) }
    mutating func encode(_ value: Double) throws { try claim(); writer.write(value) }
    mutating func encode(_ value: Float) throws { try claim(); writer.write(Double(value)) }
    mutating func encode(_ value: Int) throws { try claim(); writer.write(int: Int64(value)) }
    mutating func encode(_ value: Int8) throws { try claim(); writer.write(int: Int64(value)) }
    mutating func encode(_ value: Int16) throws { try claim(); writer.write(int: Int64(value)) }
    mutating func encode(_ value: Int32) throws { try claim(); writer.write(int: Int64(value)) }
    mutating func encode(_ value: Int64) throws { try claim(); writer.write(int: value) }
    mutating func encode(_ value: UInt) throws { try claim(); writer.write(uint: UInt64(value)) }
    mutating func encode(_ value: UInt8) throws { try claim(); writer.write(uint: UInt64(value)) }
    mutating func encode(_ value: UInt16) throws { try claim(); writer.write(uint: UInt64(value)) }
    mutating func encode(_ value: UInt32) throws { try claim(); writer.write(uint: UInt64(value)) }
    mutating func encode(_ value: UInt64) throws { try claim(); writer.write(uint: value) }

    mutating func encode(_ value: some Encodable) throws {
        try claim()
        try writer.encode(value)
    }
}
