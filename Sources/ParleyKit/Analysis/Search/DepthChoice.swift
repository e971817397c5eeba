/// What one depth of a search keeps: for every state its sequences reached that no shorter
/// sequence reached, the cheapest sequence that reached it (the earliest run on a tie), with
/// the counts the depth's note gives.
///
///     let choice = DepthChoice(outcomes: slots.buffer, seen: seen, startEffort: [0], eventEffort: efforts, workers: 2)
///     choice.kept      // run numbers, in increasing order
///
/// A search's depths wait for this pass, which reads every run of the depth (hundreds of
/// thousands at depth 3), so it is shared among the workers: each takes the states whose
/// fingerprints fall in its part, and weighs every run that reached one of them in run order,
/// as one pass over all of them would. The choice is the same on any number of workers.
struct DepthChoice {
    typealias Counts = (run: Int, infeasible: Int, noEffect: Int, repeated: Int, shorter: Int)

    var kept: [Int]
    var counts: Counts

    /// Below this many runs one worker does it all (starting a second costs more).
    static let sharedFrom = 4_096

    /// Run `r` started from node `r / eventEffort.count` and tried event `r % eventEffort.count`.
    init(outcomes: UnsafeMutableBufferPointer<EventSearch.Outcome>, seen: FingerprintTable,
         startEffort: [Double], eventEffort: [Double], workers: Int) {
        let total = outcomes.count
        let parts = total < Self.sharedFrom ? 1 : max(1, workers)
        let found = RunSlots<Part>(count: parts)
        let shared = Outcomes(buffer: UnsafeBufferPointer(outcomes))
        _ = ParallelRuns(workers: parts).perform(parts) { part in
            found[part] = Self.part(part, of: parts, shared.buffer, seen: seen,
                                    startEffort: startEffort, eventEffort: eventEffort)
        }
        counts = (0, 0, 0, 0, 0)
        var marked = [Bool](filling: false, count: total)
        var keptCount = 0
        for part in (0..<parts).compactMap({ found[$0] }) {
            counts.run += part.counts.run
            counts.infeasible += part.counts.infeasible
            counts.noEffect += part.counts.noEffect
            counts.repeated += part.counts.repeated
            counts.shorter += part.counts.shorter
            part.best.forEachRun { marked[$0] = true }
            keptCount += part.best.count
        }
        kept = []
        kept.reserveCapacity(keptCount)
        for (run, isKept) in marked.enumerated() where isKept { kept.append(run) }
    }

    /// The part of a fingerprint: from its high bits, as the table indexes by its low ones.
    static func part(of fingerprint: UInt64, parts: Int) -> Int {
        Int((fingerprint >> 32) % UInt64(parts))
    }

    /// One worker's share: the runs that reached a state of part `part`; of the others (those
    /// that reached nothing), every `parts`-th, to count.
    private static func part(_ part: Int, of parts: Int, _ outcomes: UnsafeBufferPointer<EventSearch.Outcome>,
                             seen: FingerprintTable, startEffort: [Double], eventEffort: [Double]) -> Part {
        let n = eventEffort.count
        func effort(_ r: Int) -> Double { startEffort[r / n] + eventEffort[r % n] }
        var best = FingerprintTable(capacity: outcomes.count / parts + 16)
        var counts: Counts = (0, 0, 0, 0, 0)
        for r in outcomes.indices {
            let outcome = outcomes[r]
            guard outcome.status == .reached else {
                guard r % parts == part else { continue }
                switch outcome.status {
                case .infeasible: counts.run += 1; counts.infeasible += 1
                case .noEffect: counts.run += 1; counts.noEffect += 1
                case .notRun, .reached: break
                }
                continue
            }
            guard Self.part(of: outcome.fingerprint, parts: parts) == part else { continue }
            counts.run += 1
            if seen.contains(outcome.fingerprint) { counts.shorter += 1; continue }
            if let other = best[outcome.fingerprint] {
                counts.repeated += 1
                if effort(r) < effort(other) { best.set(outcome.fingerprint, to: r) }
            } else {
                best.set(outcome.fingerprint, to: r)
            }
        }
        return Part(best: best, counts: counts)
    }

    private struct Part {
        var best: FingerprintTable
        var counts: Counts
    }

    /// The depth's outcomes, read by every worker and written by none while they choose.
    private struct Outcomes: @unchecked Sendable {
        let buffer: UnsafeBufferPointer<EventSearch.Outcome>
    }
}
