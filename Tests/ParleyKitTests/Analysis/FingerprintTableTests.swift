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
        #expect(Self.runs(of: table) == reference.values.sorted())
        for key in reference.keys { #expect(table[key] == reference[key]) }
        #expect(table[123_456_789] == nil)
    }

    /// Reserving room keeps every entry, and a smaller reservation changes nothing.
    @Test func reservingKeepsEveryEntry() {
        var table = FingerprintTable(capacity: 4)
        for key in 0..<10 { table.set(UInt64(key) << 32 | 7, to: key * 2) }
        table.reserve(5)
        table.reserve(50_000)
        #expect(table.count == 10)
        for key in 0..<10 { #expect(table[UInt64(key) << 32 | 7] == key * 2) }
        #expect(Self.runs(of: table) == Array(stride(from: 0, to: 20, by: 2)))
        table.set(99, to: 1)
        #expect(table[99] == 1 && table.count == 11)
    }

    static func runs(of table: FingerprintTable) -> [Int] {
        var runs: [Int] = []
        table.forEachRun { runs.append($0) }
        return runs.sorted()
    }
}
