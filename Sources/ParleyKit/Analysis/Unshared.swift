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
}

extension Scenario {
    /// This scenario in buffers of its own (the events' arguments stay shared: no run's
    /// hot loop copies them).
    func unshared() -> Scenario {
        var copy = Scenario(date: date, actors: Unshared.array(actors), issues: Unshared.array(issues),
                            capabilities: Unshared.array(capabilities), positions: Unshared.array(positions.values),
                            saliences: Unshared.array(saliences.values), uncertainties: Unshared.array(uncertainties.values))
        copy.capabilityBaseline = Unshared.array(capabilityBaseline)
        copy.ideals = Unshared.grid(ideals)
        copy.accommodation = Unshared.grid(accommodation)
        copy.scheduled = Unshared.array(scheduled)
        copy.settlement = settlement.unshared()
        copy.applied = Unshared.array(applied)
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
        return copy
    }
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
    /// This move with its arguments in a dictionary of its own.
    var unshared: Move {
        switch self {
        case .apply(let event, let arguments):
            .apply(event: event, arguments: Dictionary(uniqueKeysWithValues: arguments.map { ($0.key, $0.value) }))
        case .advance, .turns: self
        case .sequence(let moves): .sequence(Unshared.array(moves.map(\.unshared)))
        }
    }
}
