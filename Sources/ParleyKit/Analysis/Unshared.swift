/// Copies that share no buffer with the original, for a worker of ``ParallelRuns`` to keep.
///
///     let mine = baseline.unshared()   // == baseline, in arrays only this worker retains
///
/// Copying a Swift value retains the buffers it holds; when two cores retain the same buffer,
/// its reference count bounces between their caches on every copy, and the engine copies a
/// scenario many times a run. A copy per worker removes that traffic and changes no value.
enum Unshared {
    /// A new buffer holding the same elements.
    static func array<Element>(_ values: [Element]) -> [Element] {
        Array(unsafeUninitializedCapacity: values.count) { buffer, count in
            _ = buffer.initialize(from: values)
            count = values.count
        }
    }

    static func grid(_ grid: Grid) -> Grid {
        Grid(rows: grid.rows, columns: grid.columns, values: array(grid.values))
    }

    /// The same text in storage of its own. Up to 15 bytes Swift keeps a string inline (or, for a
    /// literal, in the program's constant data), with no storage to share, so it is returned as is.
    static func string(_ text: String) -> String {
        text.utf8.count <= 15 ? text : String(decoding: Array(text.utf8), as: UTF8.self)
    }
}

extension Scenario {
    /// This scenario in buffers of its own, down to its applied and scheduled events' arguments
    /// (applying an event copies the list of those applied before it).
    func unshared() -> Scenario {
        var copy = Scenario(date: date, actors: Unshared.array(actors), issues: Unshared.array(issues),
                            capabilities: Unshared.array(capabilities), positions: Unshared.array(positions.values),
                            saliences: Unshared.array(saliences.values), uncertainties: Unshared.array(uncertainties.values))
        copy.capabilityBaseline = Unshared.array(capabilityBaseline)
        copy.ideals = Unshared.grid(ideals)
        copy.accommodation = Unshared.grid(accommodation)
        copy.scheduled = Unshared.array(scheduled.map(\.unshared))
        copy.settlement = settlement.unshared()
        copy.applied = Unshared.array(applied.map(\.unshared))
        return copy
    }
}

extension SettlementTerms {
    func unshared() -> SettlementTerms {
        var copy = self
        copy.signatories = Unshared.array(signatories.map(Unshared.array))
        copy.noDeal = Unshared.array(noDeal)
        copy.expectations = Unshared.array(expectations)
        copy.costs = Unshared.array(costs)
        copy.package = Unshared.array(package)
        copy.redLines = Unshared.array(redLines)
        copy.noDealUncertainty = Unshared.array(noDealUncertainty)
        copy.expectationUncertainty = Unshared.array(expectationUncertainty)
        copy.costUncertainty = Unshared.array(costUncertainty)
        copy.ownExpectation = Unshared.array(ownExpectation)
        copy.conditionalOnPackage = Unshared.array(conditionalOnPackage)
        return copy
    }
}

extension Band {
    var unshared: Band { Band(lower: lower, upper: upper, label: Unshared.string(label)) }
}

extension ScenarioSampler {
    func unshared() -> ScenarioSampler {
        var copy = self
        copy.contested.cells = Unshared.array(contested.cells.map {
            ContestedReadings.Cell(index: $0.index, readings: Unshared.array($0.readings))
        })
        return copy
    }
}

extension Move {
    /// This move with its arguments in a dictionary of its own, down to their lists of ids.
    var unshared: Move {
        switch self {
        case .apply(let event, let arguments):
            .apply(event: Unshared.string(event), arguments: arguments.unshared)
        case .advance, .turns: self
        case .sequence(let moves): .sequence(Unshared.array(moves.map(\.unshared)))
        }
    }
}

extension Dictionary where Key == String, Value == EventArgument {
    /// Arguments in a dictionary of their own, down to their lists of ids.
    var unshared: [String: EventArgument] {
        Dictionary(uniqueKeysWithValues: map { (Unshared.string($0.key), $0.value.unshared) })
    }
}

extension AppliedEvent {
    var unshared: AppliedEvent {
        AppliedEvent(type: Unshared.string(type), arguments: arguments.unshared, date: date)
    }
}

extension ScheduledEvent {
    var unshared: ScheduledEvent {
        var copy = self
        copy.type = Unshared.string(type)
        copy.arguments = arguments.unshared
        copy.unless = unless?.unshared
        copy.context = context.unshared
        copy.positionsWhenScheduled = Unshared.grid(positionsWhenScheduled)
        copy.origin = Unshared.string(origin)
        return copy
    }
}

extension Formula {
    /// The same formula rebuilt node by node, so it holds no box or list of the original's.
    var unshared: Formula {
        switch self {
        case .number: self
        case .name(let name, let offset): .name(Unshared.string(name), offset: offset)
        case .negate(let inner): .negate(inner.unshared)
        case .binary(let op, let lhs, let rhs): .binary(op, lhs.unshared, rhs.unshared)
        case .call(let name, let arguments, let offset):
            .call(Unshared.string(name), Unshared.array(arguments.map(\.unshared)), offset: offset)
        }
    }
}

extension EventArgument {
    var unshared: EventArgument {
        switch self {
        case .ids(let ids): .ids(Unshared.array(ids.map(Unshared.string)))
        case .number: self
        }
    }
}

extension World {
    /// Copies of a world for workers that share nothing a copy of the world retains: the
    /// catalog and the settlement seeds decoded afresh from bytes encoded once, the seeds' lists
    /// and the conflict's in buffers of their own (their elements stay shared: a measure reads
    /// the seeds' only for `drift` and copies none whole, and no run reads the conflict, which
    /// only the stability commands use).
    ///
    ///     let copier = World.Copier(world)          // encodes once
    ///     let mine = copier.copy()                  // == world, on the worker's own thread
    struct Copier: Sendable {
        let world: World
        let encoded: [UInt8]?

        /// What is decoded afresh.
        struct Parts: Codable {
            var catalog: EventCatalog
            var settlement: SettlementSeeds?
        }

        init(_ world: World) {
            self.world = world
            encoded = try? CompactEncoder.encode(Parts(catalog: world.catalog, settlement: world.seeds.settlement))
        }

        /// An equal world; the original itself if the parts do not decode.
        func copy() -> World {
            guard let encoded, let parts = try? CompactDecoder.decode(Parts.self, from: encoded) else { return world }
            var seeds = world.seeds
            seeds.documents = Unshared.array(seeds.documents)
            seeds.actors = Unshared.array(seeds.actors)
            seeds.issues = Unshared.array(seeds.issues)
            seeds.snapshots = Unshared.array(seeds.snapshots)
            seeds.timeline = Unshared.array(seeds.timeline)
            seeds.settlement = parts.settlement
            seeds.conflict = seeds.conflict?.unsharedLists()
            return World(seeds: seeds, catalog: parts.catalog, directory: Unshared.string(world.directory))
        }
    }
}

extension TalksConflict {
    /// The same conflict with its lists in buffers of their own, their elements shared.
    func unsharedLists() -> TalksConflict {
        var copy = self
        copy.options = Unshared.array(options)
        copy.infeasibles = Unshared.array(infeasibles)
        copy.framings = Unshared.array(framings)
        copy.moves = Unshared.array(moves)
        return copy
    }
}

extension EventCatalog {
    /// A copy decoded afresh from its encoding; this catalog itself if that fails.
    func unshared() -> EventCatalog {
        (try? CompactEncoder.encode(self)).flatMap { try? CompactDecoder.decode(EventCatalog.self, from: $0) } ?? self
    }
}

/// One value per worker of ``ParallelRuns``, made by that worker when it first asks and kept
/// for later `perform` calls (a search's deeper levels), so each worker's copies are made once.
///
///     let copies = PerWorker(workers: 2) { worker in worker == 0 ? world : copier.copy() }
///     try runs.perform(n, workspace: { copies.value(for: $0) }) { world, run in … }
///
/// Only worker `w` asks for value `w`, one `perform` at a time (the team's start and join order
/// the memory), so there is no lock.
final class PerWorker<Value>: @unchecked Sendable {
    private let values: RunSlots<Value>
    private let make: @Sendable (_ worker: Int) -> Value

    init(workers: Int, make: @escaping @Sendable (_ worker: Int) -> Value) {
        values = RunSlots(count: max(1, workers))
        self.make = make
    }

    func value(for worker: Int) -> Value {
        if let value = values[worker] { return value }
        let value = make(worker)
        values[worker] = value
        return value
    }
}
