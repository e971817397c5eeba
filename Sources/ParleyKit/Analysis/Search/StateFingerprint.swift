/// A 64-bit fingerprint of what an event can change in a scenario and a later event or measure
/// can read: capabilities, positions, saliences, uncertainties, ideals, accommodation and the
/// settlement terms. The date, the scheduled events and the list of applied events are left out:
/// a search never moves the clock, so they cannot change what it measures.
///
///     StateFingerprint(scenario) == StateFingerprint(other)   // the same state, as far as a search can tell
///
/// FNV-1a over the values' bit patterns, a whole value at a time (each first scrambled with
/// SplitMix64's finaliser, so every bit reaches every bit): the same on every run and machine,
/// so the states a search collapses do not depend on the process (Swift's `Hasher` is seeded
/// per process). Per value rather than per byte, as a search takes one per sequence.
struct StateFingerprint: Hashable, Sendable {
    var value: UInt64

    init(_ scenario: Scenario) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ numbers: [Double]) {
            for number in numbers {
                var bits = (number == 0 ? 0 : number).bitPattern
                bits = (bits ^ (bits >> 30)) &* 0xbf58_476d_1ce4_e5b9
                bits = (bits ^ (bits >> 27)) &* 0x94d0_49bb_1331_11eb
                bits ^= bits >> 31
                hash = (hash ^ bits) &* 0x0000_0100_0000_01b3
            }
        }
        mix(scenario.capabilities)
        mix(scenario.positions.values)
        mix(scenario.saliences.values)
        mix(scenario.uncertainties.values)
        mix(scenario.ideals.values)
        mix(scenario.accommodation.values)
        mix(scenario.settlement.noDeal)
        mix(scenario.settlement.expectations)
        mix(scenario.settlement.costs)
        value = hash
    }
}
