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
///
/// Values are written as they are encoded, straight into the bytes (``CompactWriter``): a
/// container's length and count are filled in when the value that opened it is done. That
/// needs each container used while it is the innermost open one, or one of its parents, which
/// is how every synthesized and standard-library `encode(to:)` works; a container written to
/// after it was left makes `encode` throw rather than write a wrong file.
enum CompactEncoder {
    enum Tag: UInt8 {
        case null = 0, no, yes, int, uint, double, string, keyed, unkeyed
    }

    /// A container was written to after its value was done.
    struct Misuse: Error {}

    static func encode(_ value: some Encodable) throws -> [UInt8] {
        let writer = CompactWriter()
        try writer.encode(value)
        guard !writer.misused else { throw Misuse() }
        return writer.bytes
    }

    static func append(_ value: UInt64, bytes count: Int, to bytes: inout [UInt8]) {
        for index in 0..<count { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(index)))) }
    }
}

/// The bytes being written and the containers still open, innermost last.
final class CompactWriter {
    private(set) var bytes: [UInt8] = []
    /// Per open container: where its tag is, how many entries it has, and where a value
    /// handed out through `superEncoder` was to go (-1 when none is pending).
    private var open: [(tagAt: Int, count: Int, pendingSlot: Int)] = []
    private(set) var misused = false

    // Arrays' metatypes cost a runtime look-up each time they are named, so once here.
    private let doublesType = ObjectIdentifier([Double].self)
    private let intsType = ObjectIdentifier([Int].self)
    private let stringsType = ObjectIdentifier([String].self)

    init() {
        bytes.reserveCapacity(1 << 16)
    }

    var level: Int { open.count }

    /// Writes `value` whole at the end of the bytes: the scalars and arrays that make up most
    /// of a world directly, everything else through its own `encode(to:)`.
    func encode<T: Encodable>(_ value: T) throws {
        if T.self == String.self { return write(unsafeBitCast(value, to: String.self)) }
        if T.self == Double.self { return write(unsafeBitCast(value, to: Double.self)) }
        if T.self == Int.self { return write(int: Int64(unsafeBitCast(value, to: Int.self))) }
        if T.self == Bool.self { return write(unsafeBitCast(value, to: Bool.self)) }
        let type = ObjectIdentifier(T.self)
        if type == doublesType { return writeArray(unsafeBitCast(value, to: [Double].self)) { write($0) } }
        if type == intsType { return writeArray(unsafeBitCast(value, to: [Int].self)) { write(int: Int64($0)) } }
        if type == stringsType { return writeArray(unsafeBitCast(value, to: [String].self)) { write($0) } }
        let slot = bytes.count
        let level = open.count
        try value.encode(to: CompactEncoderState(writer: self, slot: slot, level: level))
        close(downTo: level)
        if bytes.count == slot { bytes.append(CompactEncoder.Tag.null.rawValue) }
    }

    /// An array of scalars, as the unkeyed container `Array.encode(to:)` fills would write it.
    private func writeArray<Element>(_ elements: [Element], _ write: (Element) -> Void) {
        let level = open.count
        begin(.unkeyed)
        for element in elements { write(element) }
        open[level].count = elements.count
        close(downTo: level)
    }

    // MARK: Containers

    /// Opens a container at the end of the bytes, with room for its length and count.
    func begin(_ tag: CompactEncoder.Tag) {
        open.append((bytes.count, 0, -1))
        bytes.append(tag.rawValue)
        bytes.append(contentsOf: repeatElement(0, count: 8))
    }

    /// Makes the container opened at `tagAt` on `level` the innermost (closing any inside it,
    /// which their values are done with) and counts one more entry in it. False, and the
    /// encode fails, when that container was already closed.
    @discardableResult
    func enter(level: Int, tagAt: Int) -> Bool {
        guard level < open.count, open[level].tagAt == tagAt else {
            misused = true
            return false
        }
        close(downTo: level + 1)
        fillPending(level)
        open[level].count += 1
        return true
    }

    /// Marks the encode as failed: a value asked for two different containers.
    func refuse() { misused = true }

    /// Whether the container opened at `tagAt` on `level` is still open.
    func isOpen(level: Int, tagAt: Int) -> Bool {
        level < open.count && open[level].tagAt == tagAt
    }

    /// A value handed out through `superEncoder` goes here; a null if nothing is written.
    func expect(slot: Int, level: Int) {
        open[level].pendingSlot = slot
    }

    /// Closes every container from `level` up, filling in each length and count.
    func close(downTo level: Int) {
        while open.count > level {
            fillPending(open.count - 1)
            let (tagAt, count, _) = open.removeLast()
            patch(UInt64(bytes.count - tagAt - 5), at: tagAt + 1)
            patch(UInt64(count), at: tagAt + 5)
        }
    }

    private func fillPending(_ level: Int) {
        let slot = open[level].pendingSlot
        guard slot >= 0 else { return }
        open[level].pendingSlot = -1
        if bytes.count == slot { bytes.append(CompactEncoder.Tag.null.rawValue) }
    }

    private func patch(_ value: UInt64, at offset: Int) {
        for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt64(index))) }
    }

    /// Whether a single value may go at `slot`: nothing written there yet.
    func claim(slot: Int, level: Int) -> Bool {
        close(downTo: level)
        guard bytes.count == slot else {
            misused = true
            return false
        }
        return true
    }

    // MARK: Values

    func write(key: String) {
        var key = key
        key.withUTF8 { utf8 in
            append(UInt64(utf8.count), bytes: 4)
            bytes.append(contentsOf: utf8)
        }
    }

    func writeNull() { bytes.append(CompactEncoder.Tag.null.rawValue) }

    func write(_ value: Bool) { bytes.append(value ? CompactEncoder.Tag.yes.rawValue : CompactEncoder.Tag.no.rawValue) }

    func write(int value: Int64) {
        bytes.append(CompactEncoder.Tag.int.rawValue)
        append(UInt64(bitPattern: value), bytes: 8)
    }

    func write(uint value: UInt64) {
        bytes.append(CompactEncoder.Tag.uint.rawValue)
        append(value, bytes: 8)
    }

    func write(_ value: Double) {
        bytes.append(CompactEncoder.Tag.double.rawValue)
        append(value.bitPattern, bytes: 8)
    }

    func write(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            bytes.append(CompactEncoder.Tag.string.rawValue)
            append(UInt64(utf8.count), bytes: 4)
            bytes.append(contentsOf: utf8)
        }
    }

    private func append(_ value: UInt64, bytes count: Int) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0.prefix(count)) }
    }
}
