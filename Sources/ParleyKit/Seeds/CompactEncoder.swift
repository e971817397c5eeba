/// Writes any `Encodable` value in a compact binary form that ``CompactDecoder`` reads back,
/// so the start-up cache can hold whatever the assembled world holds without naming its fields.
///
///     let bytes = try CompactEncoder.encode(world)
///     let again = try CompactDecoder.decode(World.self, from: bytes)   // == world
///
/// Every value is a tag byte and a payload: nil, false, true, a signed or unsigned 64-bit
/// integer, a double (its bit pattern), a string (length and UTF-8), a keyed container
/// (byte length, count, then key and value per entry) or an unkeyed one (byte length, count,
/// values). Containers carry their byte length so a reader can step over a value without
/// reading it. Integers are little-endian.
enum CompactEncoder {
    enum Tag: UInt8 {
        case null = 0, no, yes, int, uint, double, string, keyed, unkeyed
    }

    static func encode(_ value: some Encodable) throws -> [UInt8] {
        let root = Slot()
        try value.encode(to: CompactEncoderState(slot: root, codingPath: []))
        var bytes: [UInt8] = []
        bytes.reserveCapacity(1 << 16)
        write(root.node, to: &bytes)
        return bytes
    }

    /// The tree a value encodes to; containers are filled after they are handed out, so each
    /// sits in a slot that the encoder's containers share.
    enum Node {
        case null, bool(Bool), int(Int64), uint(UInt64), double(Double), string(String)
        case keyed(KeyedEntries), unkeyed(UnkeyedEntries)
    }

    final class Slot {
        var node: Node = .null
    }

    final class KeyedEntries {
        var entries: [(key: String, slot: Slot)] = []

        func slot(for key: String) -> Slot {
            let slot = Slot()
            entries.append((key, slot))
            return slot
        }
    }

    final class UnkeyedEntries {
        var slots: [Slot] = []

        func next() -> Slot {
            let slot = Slot()
            slots.append(slot)
            return slot
        }
    }

    static func write(_ node: Node, to bytes: inout [UInt8]) {
        switch node {
        case .null: bytes.append(Tag.null.rawValue)
        case .bool(let value): bytes.append(value ? Tag.yes.rawValue : Tag.no.rawValue)
        case .int(let value):
            bytes.append(Tag.int.rawValue)
            append(UInt64(bitPattern: value), bytes: 8, to: &bytes)
        case .uint(let value):
            bytes.append(Tag.uint.rawValue)
            append(value, bytes: 8, to: &bytes)
        case .double(let value):
            bytes.append(Tag.double.rawValue)
            append(value.bitPattern, bytes: 8, to: &bytes)
        case .string(let value):
            bytes.append(Tag.string.rawValue)
            append(UInt64(value.utf8.count), bytes: 4, to: &bytes)
            bytes.append(contentsOf: value.utf8)
        case .keyed(let keyed):
            let start = beginContainer(.keyed, count: keyed.entries.count, in: &bytes)
            for (key, slot) in keyed.entries {
                append(UInt64(key.utf8.count), bytes: 4, to: &bytes)
                bytes.append(contentsOf: key.utf8)
                write(slot.node, to: &bytes)
            }
            endContainer(start, in: &bytes)
        case .unkeyed(let unkeyed):
            let start = beginContainer(.unkeyed, count: unkeyed.slots.count, in: &bytes)
            for slot in unkeyed.slots { write(slot.node, to: &bytes) }
            endContainer(start, in: &bytes)
        }
    }

    /// Writes the tag, a byte-length placeholder and the count; returns where the length goes.
    private static func beginContainer(_ tag: Tag, count: Int, in bytes: inout [UInt8]) -> Int {
        bytes.append(tag.rawValue)
        let lengthAt = bytes.count
        append(0, bytes: 4, to: &bytes)
        append(UInt64(count), bytes: 4, to: &bytes)
        return lengthAt
    }

    /// Fills in the byte length of everything after the length field.
    private static func endContainer(_ lengthAt: Int, in bytes: inout [UInt8]) {
        let length = UInt64(bytes.count - lengthAt - 4)
        for index in 0..<4 { bytes[lengthAt + index] = UInt8(truncatingIfNeeded: length >> (8 * UInt64(index))) }
    }

    static func append(_ value: UInt64, bytes count: Int, to bytes: inout [UInt8]) {
        for index in 0..<count { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(index)))) }
    }
}
