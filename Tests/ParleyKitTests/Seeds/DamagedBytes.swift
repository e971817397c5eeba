@testable import ParleyKit

/// Damaged copies of some encoded bytes, the same on every run: every other one cut short at a
/// random point, the rest with up to `changes` bytes set at random.
///
///     for damaged in DamagedBytes.copies(of: bytes, seed: 7, count: 60) { _ = try? decode(damaged) }
enum DamagedBytes {
    static func copies(of bytes: [UInt8], seed: UInt64, count: Int, changes: Int = 4) -> [[UInt8]] {
        var random = ParleyKit.SplitMix64(seed: seed, stream: 1)
        return (0..<count).map { trial in
            if trial % 2 == 0 { return Array(bytes.prefix(Int(random.next() % UInt64(bytes.count)))) }
            var damaged = bytes
            for _ in 0..<(1 + trial % changes) {
                damaged[Int(random.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: random.next())
            }
            return damaged
        }
    }
}
