/// Where each of a list of inputs sits in a branch's start and catalog, found once, so that
/// setting inputs to levels is arithmetic on indices: a Morris point sets every input, and
/// looking each one's actor, issue and magnitude up by name cost more than the point's own
/// arithmetic.
///
///     let layout = InputLayout(inputs, baseline: branch.baseline, catalog: world.catalog)
///     let (start, catalog) = layout.applied([(0, 1), (3, 0.5)], to: branch.baseline, catalog: world.catalog)
///
/// It must be applied to the baseline and catalog it was laid out on. ``InputSetting`` is
/// applied through it, so both give the same start and catalog.
struct InputLayout: Sendable {
    /// An input's place: indices into the baseline (actor, issue), or the number of a magnitude
    /// among the distinct ones the inputs set (what `magnitudeOfOrdinal` points to).
    enum Place: Sendable {
        case position(actor: Int, issue: Int)
        case salience(actor: Int, issue: Int)
        case capability(actor: Int)
        case magnitude(Int)
        case expectation(actor: Int, issue: Int)
        case veto(actor: Int, issue: Int)
        /// The baseline has no such actor or issue: the input changes nothing.
        case nowhere
    }

    private(set) var places: [Place] = []
    private(set) var lows: [Double] = []
    private(set) var highs: [Double] = []
    /// How many distinct magnitude names the inputs set.
    private(set) var magnitudeCount = 0
    /// For each magnitude the catalog scales, in its order: which of the inputs' magnitudes
    /// it is, or -1.
    private(set) var magnitudeOfOrdinal: [Int] = []
    private var salienceInputs = false

    init(_ inputs: [SensitivityInput], baseline: Scenario, catalog: EventCatalog) {
        var magnitudes: [String: Int] = [:]
        func pair(_ actor: String, _ issue: String, _ place: (Int, Int) -> Place) -> Place {
            guard let a = baseline.actorIndex(actor), let i = baseline.issueIndex(issue) else { return .nowhere }
            return place(a, i)
        }
        for input in inputs {
            lows.append(input.low)
            highs.append(input.high)
            switch input.kind {
            case .position(let actor, let issue): places.append(pair(actor, issue) { .position(actor: $0, issue: $1) })
            case .salience(let actor, let issue):
                salienceInputs = true
                places.append(pair(actor, issue) { .salience(actor: $0, issue: $1) })
            case .capability(let actor): places.append(baseline.actorIndex(actor).map { .capability(actor: $0) } ?? .nowhere)
            case .magnitude(let name):
                let index = magnitudes[name] ?? magnitudes.count
                magnitudes[name] = index
                places.append(.magnitude(index))
            case .expectation(let actor, let issue): places.append(pair(actor, issue) { .expectation(actor: $0, issue: $1) })
            case .veto(let actor, let issue): places.append(pair(actor, issue) { .veto(actor: $0, issue: $1) })
            }
        }
        magnitudeCount = magnitudes.count
        if !magnitudes.isEmpty { magnitudeOfOrdinal = catalog.magnitudeNames.map { magnitudes[$0] ?? -1 } }
    }

    /// The start and catalog with, for each pair `(index, level)` in order, input `index` set
    /// to `level` (a later pair for the same place wins). The rules are ``InputSetting``'s.
    func applied(_ levels: some Sequence<(Int, Double)>, to baseline: Scenario,
                 catalog: EventCatalog) -> (start: Scenario, catalog: EventCatalog) {
        var start = baseline
        let issueCount = baseline.issues.count
        // Salience factors by cell (1 where none is set) and which actors' rows were touched.
        var salienceFactors: [Double] = salienceInputs ? Array(filling: 1, count: baseline.actors.count * issueCount) : []
        var touchedRows: [Bool] = salienceInputs ? Array(filling: false, count: baseline.actors.count) : []
        var magnitudeFactors: [Double] = []
        for (index, level) in levels {
            let value = SensitivityInput.value(at: level, low: lows[index], high: highs[index])
            switch places[index] {
            case .position(let a, let i):
                start.ideals[a, i] += value - start.positions[a, i]
                start.positions[a, i] = value
            case .salience(let a, let i):
                salienceFactors[a * issueCount + i] = value
                touchedRows[a] = true
            case .capability(let a):
                start.capabilities[a] = min(100, max(0, baseline.capabilities[a] * value))
                start.capabilityBaseline[a] = start.capabilities[a]
            case .magnitude(let m):
                if magnitudeFactors.isEmpty { magnitudeFactors = Array(filling: 1, count: magnitudeCount) }
                magnitudeFactors[m] = value
            case .expectation(let a, let i):
                guard level < 0.5 else { continue }
                start.settlement.expectations[a * issueCount + i] = start.settlement.noDeal[i]
            case .veto(let a, let i):
                guard level < 0.5 else { continue }
                start.settlement.signatories[i].removeAll { $0 == a }
            case .nowhere:
                continue
            }
        }
        // Rows in actor order, cells in issue order, so the arithmetic never depends on the
        // order the inputs were listed.
        for a in touchedRows.indices where touchedRows[a] {
            let total = baseline.saliences.row(a).reduce(0, +)
            var scaled = 0.0
            for i in baseline.issues.indices {
                start.saliences[a, i] = baseline.saliences[a, i] * salienceFactors[a * issueCount + i]
                scaled += start.saliences[a, i]
            }
            guard scaled > 0 else { continue }
            for i in baseline.issues.indices { start.saliences[a, i] = min(1, start.saliences[a, i] * total / scaled) }
        }
        guard !magnitudeFactors.isEmpty else { return (start, catalog) }
        let scaledCatalog = catalog.magnitudesScaled(by: { slot in
            let m = magnitudeOfOrdinal[slot.ordinal]
            return m < 0 ? 1 : magnitudeFactors[m]
        })
        return (start, scaledCatalog)
    }

    /// This layout in buffers of its own, for a worker of ``ParallelRuns``.
    func unshared() -> InputLayout {
        var copy = self
        copy.places = Unshared.array(places)
        copy.lows = Unshared.array(lows)
        copy.highs = Unshared.array(highs)
        copy.magnitudeOfOrdinal = Unshared.array(magnitudeOfOrdinal)
        return copy
    }
}
