import Testing
@testable import ParleyKit

@Suite struct DepthChoiceTests {
    /// Shared among any number of workers, a depth keeps what one pass in run order keeps: the
    /// cheapest run per new state, the earliest on a tie, with the same counts.
    @Test(arguments: [1, 2, 3, 5])
    func keepsWhatOnePassInRunOrderKeeps(workers: Int) {
        var random = SplitMix64(seed: 29)
        let starts = 7, events = 1_300   // 9,100 runs: above the size it is shared from
        let startEffort = (0..<starts).map { _ in Double(random.next() % 4) }
        let eventEffort = (0..<events).map { _ in Double(random.next() % 3) / 2 }   // many ties
        let outcomes = UnsafeMutableBufferPointer<EventSearch.Outcome>.allocate(capacity: starts * events)
        defer { outcomes.deallocate() }
        var seen = FingerprintTable(capacity: 16)
        for state in 0..<40 { seen.set(Self.fingerprint(state), to: state) }
        for r in outcomes.indices {
            var outcome = EventSearch.Outcome()
            switch random.next() % 10 {
            case 0: outcome.status = .notRun
            case 1: outcome.status = .infeasible
            case 2: outcome.status = .noEffect
            default:
                outcome.status = .reached
                outcome.fingerprint = Self.fingerprint(Int(random.next() % 3_000))   // the first 40 were seen
            }
            (outcomes.baseAddress! + r).initialize(to: outcome)
        }
        #expect(DepthChoice.sharedFrom < outcomes.count)
        let choice = DepthChoice(outcomes: outcomes, seen: seen, startEffort: startEffort, eventEffort: eventEffort,
                                 workers: workers)
        let reference = Self.onePass(outcomes, seen: seen, startEffort: startEffort, eventEffort: eventEffort)
        #expect(choice.kept == reference.kept)
        #expect(choice.counts == reference.counts)
        #expect(choice.counts.shorter > 0 && choice.counts.repeated > 0)
    }

    /// Spread over the high bits, where the parts are told apart, and the low ones, which index the table.
    static func fingerprint(_ state: Int) -> UInt64 {
        UInt64(state) &* 0x9E37_79B9_7F4A_7C15
    }

    /// The choice as a search made it before it was shared: one pass in run order.
    static func onePass(_ outcomes: UnsafeMutableBufferPointer<EventSearch.Outcome>, seen: FingerprintTable,
                        startEffort: [Double], eventEffort: [Double]) -> (kept: [Int], counts: DepthChoice.Counts) {
        let n = eventEffort.count
        func effort(_ r: Int) -> Double { startEffort[r / n] + eventEffort[r % n] }
        var best: [UInt64: Int] = [:]
        var counts: DepthChoice.Counts = (0, 0, 0, 0, 0)
        for r in outcomes.indices {
            let outcome = outcomes[r]
            switch outcome.status {
            case .notRun: continue
            case .infeasible: counts.run += 1; counts.infeasible += 1; continue
            case .noEffect: counts.run += 1; counts.noEffect += 1; continue
            case .reached: counts.run += 1
            }
            if seen.contains(outcome.fingerprint) { counts.shorter += 1; continue }
            if let other = best[outcome.fingerprint] {
                counts.repeated += 1
                if effort(r) < effort(other) { best[outcome.fingerprint] = r }
            } else {
                best[outcome.fingerprint] = r
            }
        }
        return (best.values.sorted(), counts)
    }
}
