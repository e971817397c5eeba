/// A map from state fingerprints to run numbers, for a search's choices between depths.
///
///     var best = FingerprintTable(capacity: runs)
///     best.set(fingerprint, to: run)
///     best[fingerprint]                  // run, or nil when never set
///
/// Open addressing on the fingerprint's own low bits: a ``StateFingerprint`` is already well
/// mixed, so hashing it again (as `Dictionary` does, with SipHash) only costs. This part of a
/// search runs on one core between depths, once per sequence, so its cost caps the speed-up.
struct FingerprintTable {
    private var keys: [UInt64]
    /// -1 marks an empty slot (values are run numbers, never negative).
    private var values: [Int]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int) {
        var size = 16
        while size * 3 < capacity * 4 { size <<= 1 }   // at most three quarters full
        keys = Array(filling: 0, count: size)
        values = Array(filling: -1, count: size)
        mask = size - 1
    }

    private func slot(of key: UInt64) -> (index: Int, found: Bool) {
        var index = Int(truncatingIfNeeded: key) & mask
        while values[index] >= 0 {
            if keys[index] == key { return (index, true) }
            index = (index + 1) & mask
        }
        return (index, false)
    }

    /// The run stored under `key`, if any.
    subscript(key: UInt64) -> Int? {
        let (index, found) = slot(of: key)
        return found ? values[index] : nil
    }

    /// Stores `run` (a run number, so never negative) under `key`, replacing what was there.
    mutating func set(_ key: UInt64, to run: Int) {
        precondition(run >= 0, "a fingerprint table holds run numbers")
        let (index, found) = slot(of: key)
        keys[index] = key
        values[index] = run
        if !found {
            count += 1
            if count * 4 > keys.count * 3 { grow() }
        }
    }

    func contains(_ key: UInt64) -> Bool { slot(of: key).found }

    /// Every stored run number in increasing order, when all are below `bound`: marked and
    /// read back in one pass each instead of sorted.
    func sortedValues(below bound: Int) -> [Int] {
        var marked = [Bool](filling: false, count: bound)
        for value in values where value >= 0 { marked[value] = true }
        var result: [Int] = []
        result.reserveCapacity(count)
        for (value, isMarked) in marked.enumerated() where isMarked { result.append(value) }
        return result
    }

    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        keys = Array(filling: 0, count: oldKeys.count * 2)
        values = Array(filling: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (key, value) in zip(oldKeys, oldValues) where value >= 0 {
            let (index, _) = slot(of: key)
            keys[index] = key
            values[index] = value
        }
    }
}
