/// A map from state fingerprints to run numbers, for a search's choices between depths.
///
///     var best = FingerprintTable(capacity: runs)
///     best.set(fingerprint, to: run)
///     best[fingerprint]                  // run, or nil when never set
///
/// Open addressing on the fingerprint's own low bits: a ``StateFingerprint`` is already well
/// mixed, so hashing it again (as `Dictionary` does, with SipHash) only costs. A search fills
/// one per worker at every depth (``DepthChoice``), once per sequence, and the next depth waits for it.
/// A slot keeps its key beside its run, so a probe of a table larger than the caches misses
/// once, not once in each of two arrays.
struct FingerprintTable {
    private struct Slot {
        var key: UInt64
        /// -1 marks an empty slot (values are run numbers, never negative).
        var run: Int
    }

    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int) {
        slots = Array(filling: Slot(key: 0, run: -1), count: Self.size(for: capacity))
        mask = slots.count - 1
    }

    /// The number of slots that holds `capacity` entries at most three quarters full.
    private static func size(for capacity: Int) -> Int {
        var size = 16
        while size * 3 < capacity * 4 { size <<= 1 }
        return size
    }

    private func slot(of key: UInt64) -> (index: Int, found: Bool) {
        var index = Int(truncatingIfNeeded: key) & mask
        while slots[index].run >= 0 {
            if slots[index].key == key { return (index, true) }
            index = (index + 1) & mask
        }
        return (index, false)
    }

    /// The run stored under `key`, if any.
    subscript(key: UInt64) -> Int? {
        let (index, found) = slot(of: key)
        return found ? slots[index].run : nil
    }

    /// Stores `run` (a run number, so never negative) under `key`, replacing what was there.
    mutating func set(_ key: UInt64, to run: Int) {
        precondition(run >= 0, "a fingerprint table holds run numbers")
        let (index, found) = slot(of: key)
        slots[index] = Slot(key: key, run: run)
        if !found {
            count += 1
            if count * 4 > slots.count * 3 { grow(to: slots.count * 2) }
        }
    }

    /// Makes room for `capacity` entries at once, rather than doubling on the way there.
    mutating func reserve(_ capacity: Int) {
        let size = Self.size(for: capacity)
        if size > slots.count { grow(to: size) }
    }

    func contains(_ key: UInt64) -> Bool { slot(of: key).found }

    /// Calls `body` with every stored run number, in no particular order.
    func forEachRun(_ body: (Int) -> Void) {
        for slot in slots where slot.run >= 0 { body(slot.run) }
    }

    private mutating func grow(to size: Int) {
        let old = slots
        slots = Array(filling: Slot(key: 0, run: -1), count: size)
        mask = size - 1
        for entry in old where entry.run >= 0 {
            slots[slot(of: entry.key).index] = entry
        }
    }
}
