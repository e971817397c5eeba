import Testing
@testable import ParleyKit

@Suite struct FingerprintTableTests {
    /// Against `Dictionary`, through growth, colliding low bits and a zero key.
    @Test func answersAsADictionaryDoes() {
        var table = FingerprintTable(capacity: 4)
        var reference: [UInt64: Int] = [:]
        var random = SplitMix64(seed: 11)
        var keys: [UInt64] = [0, 1 << 40, 2 << 40, 3 << 40]   // the same low bits
        for _ in 0..<3_000 { keys.append(random.next() % 5_000) }
        for (run, key) in keys.enumerated() {
            #expect(table[key] == reference[key])
            #expect(table.contains(key) == (reference[key] != nil))
            if run % 3 != 0 || reference[key] == nil {
                table.set(key, to: run)
                reference[key] = run
            }
        }
        #expect(table.count == reference.count)
        #expect(table.sortedValues(below: keys.count) == reference.values.sorted())
        for key in reference.keys { #expect(table[key] == reference[key]) }
        #expect(table[123_456_789] == nil)
    }
}
