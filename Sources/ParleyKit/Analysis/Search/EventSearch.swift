/// The inverse question: which sequences of catalog events, applied to a branch now, reach a goal.
///
///     let search = EventSearch(goal: goal, start: branch.scenario, baseline: branch.baseline,
///                              catalog: world.catalog, grid: grid, depth: 3, workers: 2)
///     let result = try search.run()
///
/// Breadth first, one depth at a time. Depth 1 tries every candidate of the ``CandidateGrid``.
/// Each deeper level goes on only from the `beam` states nearest the goal (by
/// ``SearchGoal/shortfall(_:on:)``, then effort, then the catalog's order), trying every
/// candidate from each; the search stops at the first depth where some sequence reaches the
/// goal, so what it finds is the shortest it explored. States are compared by
/// ``StateFingerprint``: a sequence that leaves the same state as a cheaper one of the same
/// length, or as a shorter one, is not pursued, which collapses orders that commute and
/// parameters that act only after the clock moves. Every move goes through
/// ``Scenario/replaying(_:catalog:model:)-(Move,_,_)``, which reaches the scenario the commands'
/// ``Scenario/performing(_:catalog:step:model:)`` reaches without writing a trace (no run reads one).
///
/// The runs of each depth are spread over the workers with ``ParallelRuns``; run `r` writes only
/// slot `r`, and every choice is made afterwards in run order, so the result is the same on any
/// number of cores.
public struct EventSearch: Sendable {
    public var goal: SearchGoal
    /// The branch's scenario now, where every sequence starts.
    public var start: Scenario
    /// The branch's baseline, which `moved(A)` measures from.
    public var baseline: Scenario
    public var catalog: EventCatalog
    public var grid: CandidateGrid
    public var depth: Int
    public var beam: Int
    public var workers: Int
    /// The branch's step count, which the result records.
    public var steps: Int
    /// From this many candidates, workers other than the first read copies of their own of what
    /// every run reads (see ``Reading``); the results are the same either way.
    var copiesFrom = 100

    public static let defaultBeam = 24
    public static let defaultDepth = 2
    public static let maximumDepth = 4

    /// A candidate the catalog cannot apply whatever the values (a broken catalog), or a
    /// measure that cannot be read.
    public struct Failure: Error, Sendable {
        public var command: String
        public var message: String
    }

    /// Where a running search stands, for a progress line.
    public struct Progress: Sendable {
        public var depth: Int
        public var done: Int
        public var total: Int
    }

    public init(goal: SearchGoal, start: Scenario, baseline: Scenario, catalog: EventCatalog, grid: CandidateGrid,
                depth: Int = defaultDepth, beam: Int = defaultBeam, workers: Int = CPUAffinity.usableCount, steps: Int = 0) {
        self.goal = goal
        self.start = start
        self.baseline = baseline
        self.catalog = catalog
        self.grid = grid
        self.depth = depth
        self.beam = max(1, beam)
        self.workers = max(1, workers)
        self.steps = steps
    }

    /// A state a deeper level goes on from, with the sequence that made it.
    struct Node: Sendable {
        var scenario: Scenario
        var path: [Int]
        var effort: Double
    }

    /// What one sequence did, written by its own run.
    struct Outcome {
        enum Status: UInt8 { case notRun, infeasible, noEffect, reached }
        var status: Status = .notRun
        var fingerprint: UInt64 = 0
        var met = false
        var shortfall = 0.0
        var value: Double?
    }

    final class Slots: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Outcome>
        init(_ count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: Outcome())
        }
        deinit {
            _ = buffer.deinitialize()
            buffer.deallocate()
        }
    }

    /// Runs the search; `isCancelled` is asked between runs, and a cancelled search returns the
    /// best found among the sequences evaluated so far.
    public func run(isCancelled: () -> Bool = { false }, progress: (Progress) -> Void = { _ in }) throws(Failure) -> SearchResult {
        let startValue: Double?
        do throws(MeasureError) {
            startValue = try goal.value(on: start, baseline: baseline)
        } catch {
            throw Failure(command: "", message: error.message)
        }
        var result = SearchResult(
            goal: goal.condition.description, measure: goal.condition.subject, startValue: startValue,
            alreadyMet: goal.isMet(startValue), branch: "", steps: steps, depth: depth, beam: beam,
            types: grid.types, candidates: grid.candidates.count,
            evaluated: 0, reachedDepth: 0, found: [], foundCount: 0, pruning: [], cancelled: false,
            requirements: [], requirementNotes: [])
        if result.alreadyMet {
            result.packageNote = PackageStanding.note(for: goal, after: [start], context: .now)
            return result
        }
        let candidates = grid.candidates
        // Depth 1 tries every candidate; deeper steps only those that left a distinct state there.
        var events = Array(candidates.indices)
        var frontier = [Node(scenario: start, path: [], effort: 0)]
        var seen = FingerprintTable(capacity: grid.candidates.count)
        seen.set(StateFingerprint(start).value, to: 0)
        var notes: [String] = []
        let readings = readings()
        for level in 1...depth {
            let n = events.count
            guard !frontier.isEmpty, n > 0 else { break }
            let total = frontier.count * n
            let slots = Slots(total)
            let nodes = frontier
            let chosenEvents = events
            let finished = try perform(total, nodes: nodes, events: chosenEvents, slots: slots, level: level,
                                       readings: readings, isCancelled: isCancelled, progress: progress)
            result.reachedDepth = level
            // Choices in run order, so the answer does not depend on which worker ran what.
            // Read once, not per comparison of the sorts below (this part runs on one core).
            let (startEffort, eventEffort) = (nodes.map(\.effort), chosenEvents.map { candidates[$0].effort })
            func effort(_ r: Int) -> Double { startEffort[r / n] + eventEffort[r % n] }
            let choice = DepthChoice(outcomes: slots.buffer, seen: seen, startEffort: startEffort,
                                     eventEffort: eventEffort, workers: workers)
            let (counts, kept) = (choice.counts, choice.kept)
            result.evaluated += counts.run
            let order: (Int, Int) -> Bool = { a, b in
                let (ea, eb) = (effort(a), effort(b))
                return ea != eb ? ea < eb : a < b
            }
            let met = kept.filter { slots.buffer[$0].met }.sorted(by: order)
            notes.append(Self.levelNote(level: level, frontier: nodes.count, candidates: n, counts: counts,
                                        distinct: kept.count))
            if !finished {
                result.cancelled = true
                notes.append("Stopped by Ctrl-C at depth \(level) after \(counts.run) of its \(total) sequences; "
                             + "the rest of that depth and anything deeper were not explored.")
            }
            if !met.isEmpty {
                result.foundCount = met.count
                let shown = Array(met.prefix(SearchResult.shownLimit))
                result.found = shown.map { r in
                    let path = nodes[r / n].path + [chosenEvents[r % n]]
                    return SearchResult.Path(commands: path.map { candidates[$0].command }, effort: effort(r),
                                             value: slots.buffer[r].value)
                }
                if goal.measure.settlementIssue != nil {
                    let ends = try shown.map { r throws(Failure) in try state(after: nodes[r / n], candidates[chosenEvents[r % n]], level: level) }
                    result.packageNote = PackageStanding.note(for: goal, after: ends, context: .sequences)
                }
                if level < depth { notes.append("Depth \(level + 1) and beyond were not searched: a shorter sequence reaches the goal.") }
                break
            }
            if !finished { break }
            guard level < depth else { break }
            // Only a deeper level reads what was seen (this runs on one core).
            seen.reserve(seen.count + kept.count)
            kept.forEach { seen.set(slots.buffer[$0].fingerprint, to: $0) }
            if level == 1 {
                events = kept.map { chosenEvents[$0 % n] }.sorted()
                notes.append("Deeper steps try the \(Self.count(events.count)) events that left distinct states at depth 1: "
                             + "an event that changed nothing there, or matched a cheaper one, is taken to do so later too.")
            }
            let shortfalls = kept.map { slots.buffer[$0].shortfall }
            // Positions in `kept`; a strict order (ties end at the run's number), so the first
            // `beam` are the first `beam` of the whole sorted list.
            let chosen = Self.first(beam, of: kept.count) { i, j in
                let (sa, sb) = (shortfalls[i], shortfalls[j])
                return sa != sb ? sa < sb : order(kept[i], kept[j])
            }.map { kept[$0] }
            if kept.count > beam {
                notes.append("Depth \(level + 1) goes on from the \(beam) of the \(Self.count(kept.count)) distinct depth-\(level) states "
                             + "nearest the goal; the other \(Self.count(kept.count - beam)) (\(Self.count((kept.count - beam) * events.count)) "
                             + "sequences) were not explored.")
            }
            frontier = try chosen.map { r throws(Failure) in
                let parent = nodes[r / n]
                let candidate = candidates[chosenEvents[r % n]]
                return Node(scenario: try state(after: parent, candidate, level: level),
                            path: parent.path + [chosenEvents[r % n]], effort: parent.effort + candidate.effort)
            }
        }
        if result.found.isEmpty, !result.cancelled {
            notes.append("Nothing deeper than depth \(depth) was searched (depth=\(depth)).")
        }
        notes.append("The clock never moves: events are applied on \(start.date), so what they schedule "
                     + "(an ultimatum's deadline, a truce's end) does not fire; parameters that act only then "
                     + "(a deadline, a demand) collapse into the cheapest.")
        result.pruning = gridNotes() + notes
        return result
    }

    /// The state a node leaves after one more candidate, performed again (runs keep only a fingerprint).
    private func state(after parent: Node, _ candidate: SearchCandidate, level: Int) throws(Failure) -> Scenario {
        do throws(EventApplier.Failure) {
            return try parent.scenario.replaying(candidate.move, catalog: catalog)
        } catch {
            throw Failure(command: candidate.command, message: error.message)
        }
    }

    /// What every run of a search reads besides its depth's states, per worker: worker 0 the
    /// originals; with copies, every other worker its own (``World/Copier``), made on its first
    /// run and kept for the deeper levels. Two workers retaining the same buffers (a catalog
    /// type's effects, a scenario's lists) would bounce them between their cores.
    struct Reading {
        var catalog: EventCatalog
        var goal: SearchGoal
        var baseline: Scenario
        var copied: Bool
    }

    /// What one worker's runs of one depth read.
    struct DepthInput {
        var reading: Reading
        var parents: [Scenario]
        /// Per event of the depth, its move (a copy of its own for a copying worker when there
        /// are several starts), made when the worker first performs it.
        var moves: [Move?]
        /// Where the goal is read: the world and baseline stay, each run puts its scenario in
        /// (a new scope a run copied, and then released, the world and two scenarios).
        var scope: MeasureScope
    }

    /// The workers' readings for one search; copies only for a grid large enough to repay them
    /// (making one takes a few milliseconds).
    private func readings() -> PerWorker<Reading> {
        let copies = workers > 1 && grid.candidates.count >= copiesFrom
        let (catalog, goal, baseline) = (catalog, goal, baseline)
        return PerWorker(workers: workers) { worker in
            guard worker > 0, copies else { return Reading(catalog: catalog, goal: goal, baseline: baseline, copied: false) }
            let mine = goal.unshared()
            // The search's catalog is the world's (the commands pass world.catalog); any other is copied apart.
            let ownCatalog = catalog == goal.world.catalog ? mine.world.catalog : catalog.unshared()
            return Reading(catalog: ownCatalog, goal: mine, baseline: baseline.unshared(), copied: true)
        }
    }

    /// Performs the `total` sequences of one depth over the workers; false if cancelled.
    private func perform(_ total: Int, nodes: [Node], events: [Int], slots: Slots, level: Int, readings: PerWorker<Reading>,
                         isCancelled: () -> Bool, progress: (Progress) -> Void) throws(Failure) -> Bool {
        let n = events.count
        let candidates = grid.candidates
        let parents = nodes.map { StateFingerprint($0.scenario).value }
        let scenarios = nodes.map(\.scenario)
        // From one start (depth 1) each move is performed once, so by one worker: not copied.
        // (The candidates share argument values, one `.ids(["RU"])` for all, so the cores still
        // retain those; copying the moves cost about 60 M instructions at 14,321 candidates and
        // saved no CPU time this shared machine could measure.)
        let copyMoves = nodes.count > 1
        return try ParallelRuns(workers: workers, chunk: 8).perform(
            total, isCancelled: isCancelled,
            progress: { progress(Progress(depth: level, done: $0, total: total)) },
            workspace: { worker in
                let reading = readings.value(for: worker)
                return DepthInput(reading: reading, parents: reading.copied ? scenarios.map { $0.unshared() } : scenarios,
                                  moves: Array(filling: nil, count: n),
                                  scope: MeasureScope(world: reading.goal.world, baseline: reading.baseline,
                                                      scenario: reading.baseline))
            }
        ) { input, r throws(Failure) in
            let e = r % n
            let move: Move
            if let made = input.moves[e] {
                move = made
            } else {
                move = input.reading.copied && copyMoves ? candidates[events[e]].move.unshared : candidates[events[e]].move
                input.moves[e] = move
            }
            var outcome = Outcome()
            let after: Scenario
            do throws(EventApplier.Failure) {
                after = try input.parents[r / n].replaying(move, catalog: input.reading.catalog)
            } catch {
                let candidate = candidates[events[e]]
                guard error.isInfeasible else { throw Failure(command: candidate.command, message: error.message) }
                outcome.status = .infeasible
                slots.buffer[r] = outcome
                return
            }
            outcome.fingerprint = StateFingerprint(after).value
            if outcome.fingerprint == parents[r / n] {
                outcome.status = .noEffect
                slots.buffer[r] = outcome
                return
            }
            let goal = input.reading.goal
            input.scope.scenario = after
            do throws(MeasureError) {
                outcome.value = try goal.value(in: input.scope)
            } catch {
                throw Failure(command: candidates[events[e]].command, message: error.message)
            }
            outcome.met = goal.isMet(outcome.value)
            outcome.shortfall = goal.shortfall(outcome.value, on: after)
            outcome.status = .reached
            // After Ctrl-C, bargaining stops after one turn, so a run that ends then may be wrong:
            // it is left out as not run.
            guard !Cancellation.isRequested else { return }
            slots.buffer[r] = outcome
        }
    }

    /// What the grid itself leaves out.
    private func gridNotes() -> [String] {
        var notes: [String] = []
        notes.append("Each event type's parameters were tried on a grid: every actor or pair the roles allow, every issue the parameter allows, "
                     + "and each number at a quarter, half and all of its range besides its default; "
                     + "\(Self.count(grid.refusedByRoles)) combinations the role rules refuse were dropped.")
        if !grid.heldAtDefault.isEmpty {
            notes.append("Held at the catalog's default (calibration, not a choice of event): \(grid.heldAtDefault.joined(separator: ", ")).")
        }
        let searched = Set(grid.types)
        let unused = catalog.types.map(\.id).filter { !searched.contains($0) }
        if !unused.isEmpty { notes.append("Event types not searched (using= left them out): \(unused.joined(separator: ", ")).") }
        return notes
    }

    static func levelNote(level: Int, frontier: Int, candidates: Int,
                          counts: (run: Int, infeasible: Int, noEffect: Int, repeated: Int, shorter: Int), distinct: Int) -> String {
        var parts = ["Depth \(level): \(count(counts.run)) sequences (\(count(frontier)) start\(frontier == 1 ? "" : "s") × \(count(candidates)) events)"]
        var dropped: [String] = []
        if counts.noEffect > 0 { dropped.append("\(count(counts.noEffect)) changed nothing") }
        if counts.infeasible > 0 { dropped.append("\(count(counts.infeasible)) could not apply") }
        if counts.repeated > 0 { dropped.append("\(count(counts.repeated)) left the same state as a cheaper one (orders that commute, parameters that act only later)") }
        if counts.shorter > 0 { dropped.append("\(count(counts.shorter)) returned to a state a shorter sequence reaches") }
        if !dropped.isEmpty { parts.append(dropped.joined(separator: ", ")) }
        parts.append("\(count(distinct)) distinct states")
        return parts.joined(separator: "; ") + "."
    }

    /// The first `k` of `0..<count` in a strict order, in that order: what sorting them all
    /// and keeping a prefix gives, with about one comparison for each one not kept.
    static func first(_ k: Int, of count: Int, by isBefore: (Int, Int) -> Bool) -> [Int] {
        var kept: [Int] = []
        kept.reserveCapacity(min(k, count) + 1)
        for i in 0..<count {
            if kept.count == k, let last = kept.last, !isBefore(i, last) { continue }
            var low = 0, high = kept.count
            while low < high {
                let middle = (low + high) / 2
                if isBefore(kept[middle], i) { low = middle + 1 } else { high = middle }
            }
            kept.insert(i, at: low)
            if kept.count > k { kept.removeLast() }
        }
        return kept
    }

    /// A count with thousands separators: 12,345.
    static func count(_ value: Int) -> String {
        let digits = String(value)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }
}

/// The distinct values of a list in first-seen order.
func firstSeen(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
}
