// The Encoder and its three containers, which fill ``CompactEncoder``'s tree.

/// The `Encoder` handed to each value: it fills one slot of the tree.
struct CompactEncoderState: Encoder {
    let slot: CompactEncoder.Slot
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(CompactKeyedEncoder<Key>(entries: keyedEntries(), codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        CompactUnkeyedEncoder(entries: unkeyedEntries(), codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        CompactSingleValueEncoder(slot: slot, codingPath: codingPath)
    }

    /// A value asking twice for a keyed container gets the same one, as with JSON.
    private func keyedEntries() -> CompactEncoder.KeyedEntries {
        if case .keyed(let entries) = slot.node { return entries }
        let entries = CompactEncoder.KeyedEntries()
        slot.node = .keyed(entries)
        return entries
    }

    private func unkeyedEntries() -> CompactEncoder.UnkeyedEntries {
        if case .unkeyed(let entries) = slot.node { return entries }
        let entries = CompactEncoder.UnkeyedEntries()
        slot.node = .unkeyed(entries)
        return entries
    }
}

struct CompactKeyedEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let entries: CompactEncoder.KeyedEntries
    var codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { entries.slot(for: key.stringValue).node = .null }
    mutating func encode(_ value: Bool, forKey key: Key) throws { entries.slot(for: key.stringValue).node = .bool(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { entries.slot(for: key.stringValue).node = .string(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { entries.slot(for: key.stringValue).node = .double(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        entries.slot(for: key.stringValue).node = .double(Double(value))
    }
    mutating func encode(_ value: Int, forKey key: Key) throws { entries.slot(for: key.stringValue).node = .int(Int64(value)) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { entries.slot(for: key.stringValue).node = .int(Int64(value)) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { entries.slot(for: key.stringValue).node = .int(Int64(value)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { entries.slot(for: key.stringValue).node = .int(Int64(value)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { entries.slot(for: key.stringValue).node = .int(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { entries.slot(for: key.stringValue).node = .uint(UInt64(value)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { entries.slot(for: key.stringValue).node = .uint(UInt64(value)) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { entries.slot(for: key.stringValue).node = .uint(UInt64(value)) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { entries.slot(for: key.stringValue).node = .uint(UInt64(value)) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { entries.slot(for: key.stringValue).node = .uint(value) }

    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        let slot = entries.slot(for: key.stringValue)
        try value.encode(to: CompactEncoderState(slot: slot, codingPath: codingPath + [key]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        CompactEncoderState(slot: entries.slot(for: key.stringValue), codingPath: codingPath + [key])
            .container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        CompactEncoderState(slot: entries.slot(for: key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        CompactEncoderState(slot: entries.slot(for: "super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        CompactEncoderState(slot: entries.slot(for: key.stringValue), codingPath: codingPath + [key])
    }
}

struct CompactUnkeyedEncoder: UnkeyedEncodingContainer {
    let entries: CompactEncoder.UnkeyedEntries
    var codingPath: [any CodingKey]
    var count: Int { entries.slots.count }

    mutating func encodeNil() throws { entries.next().node = .null }
    mutating func encode(_ value: Bool) throws { entries.next().node = .bool(value) }
    mutating func encode(_ value: String) throws { entries.next().node = .string(value) }
    mutating func encode(_ value: Double) throws { entries.next().node = .double(value) }
    mutating func encode(_ value: Float) throws { entries.next().node = .double(Double(value)) }
    mutating func encode(_ value: Int) throws { entries.next().node = .int(Int64(value)) }
    mutating func encode(_ value: Int8) throws { entries.next().node = .int(Int64(value)) }
    mutating func encode(_ value: Int16) throws { entries.next().node = .int(Int64(value)) }
    mutating func encode(_ value: Int32) throws { entries.next().node = .int(Int64(value)) }
    mutating func encode(_ value: Int64) throws { entries.next().node = .int(value) }
    mutating func encode(_ value: UInt) throws { entries.next().node = .uint(UInt64(value)) }
    mutating func encode(_ value: UInt8) throws { entries.next().node = .uint(UInt64(value)) }
    mutating func encode(_ value: UInt16) throws { entries.next().node = .uint(UInt64(value)) }
    mutating func encode(_ value: UInt32) throws { entries.next().node = .uint(UInt64(value)) }
    mutating func encode(_ value: UInt64) throws { entries.next().node = .uint(value) }

    mutating func encode(_ value: some Encodable) throws {
        try value.encode(to: CompactEncoderState(slot: entries.next(), codingPath: codingPath))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        CompactEncoderState(slot: entries.next(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        CompactEncoderState(slot: entries.next(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        CompactEncoderState(slot: entries.next(), codingPath: codingPath)
    }
}

struct CompactSingleValueEncoder: SingleValueEncodingContainer {
    let slot: CompactEncoder.Slot
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws { slot.node = .null }
    mutating func encode(_ value: Bool) throws { slot.node = .bool(value) }
    mutating func encode(_ value: String) throws { slot.node = .string(value) }
    mutating func encode(_ value: Double) throws { slot.node = .double(value) }
    mutating func encode(_ value: Float) throws { slot.node = .double(Double(value)) }
    mutating func encode(_ value: Int) throws { slot.node = .int(Int64(value)) }
    mutating func encode(_ value: Int8) throws { slot.node = .int(Int64(value)) }
    mutating func encode(_ value: Int16) throws { slot.node = .int(Int64(value)) }
    mutating func encode(_ value: Int32) throws { slot.node = .int(Int64(value)) }
    mutating func encode(_ value: Int64) throws { slot.node = .int(value) }
    mutating func encode(_ value: UInt) throws { slot.node = .uint(UInt64(value)) }
    mutating func encode(_ value: UInt8) throws { slot.node = .uint(UInt64(value)) }
    mutating func encode(_ value: UInt16) throws { slot.node = .uint(UInt64(value)) }
    mutating func encode(_ value: UInt32) throws { slot.node = .uint(UInt64(value)) }
    mutating func encode(_ value: UInt64) throws { slot.node = .uint(value) }

    mutating func encode(_ value: some Encodable) throws {
        try value.encode(to: CompactEncoderState(slot: slot, codingPath: codingPath))
    }
}
