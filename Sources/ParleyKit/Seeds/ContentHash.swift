/// A fast 64-bit fingerprint of bytes, for telling whether a cached world is still current.
///
///     var hash = ContentHash()
///     hash.add(bytes)
///     hash.value   // changes whenever a byte, or the length, does
///
/// Not cryptographic: it guards against stale and damaged caches, not against forgery.
/// Each 8-byte word is mixed in by a multiply and shifts; the final value goes through a
/// full avalanche step, so nearby inputs give unrelated values.
struct ContentHash {
    private(set) var state: UInt64 = 0x243F_6A88_85A3_08D3

    private mutating func mix(_ word: UInt64) {
        state = (state ^ word) &* 0x9E37_79B9_7F4A_7C15
        state ^= state >> 29
    }

    mutating func add(_ word: UInt64) { mix(word) }

    mutating func add(_ text: String) {
        add(Array(text.utf8))
    }

    mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { add(raw: $0) }
    }

    /// The length first, so that two fields can never run into each other.
    mutating func add(raw bytes: UnsafeRawBufferPointer) {
        mix(UInt64(bytes.count))
        var index = 0
        while index + 8 <= bytes.count {
            mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        mix(tail)
    }

    var value: UInt64 {
        var mixed = state
        mixed ^= mixed >> 33
        mixed &*= 0xFF51_AFD7_ED55_8CCD
        mixed ^= mixed >> 33
        mixed &*= 0xC4CE_B9FE_1A85_EC53
        mixed ^= mixed >> 33
        return mixed
    }
}
