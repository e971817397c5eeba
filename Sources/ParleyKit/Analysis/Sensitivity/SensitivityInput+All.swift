/// The inputs of a branch: what `sensitivity` varies.
extension SensitivityInput {
    /// The factor range of saliences and capabilities: the Monte Carlo's jitter, since the seeds
    /// give them no ±.
    public static var jitter: Double { ScenarioSampler().salienceJitter }
    /// The factor range of every catalog magnitude, assumed (the judgement tests' range).
    public static let magnitudeRange = 0.5...1.5

    /// Every input of `branch`, sorted by id: each starting position with a ±, each non-zero
    /// salience and capability, each magnitude of the event types the branch applies (and the
    /// types they schedule or threaten), and the settlement model's structural choices.
    public static func all(world: World, branch: Branch) -> [SensitivityInput] {
        let seeds = world.seeds, start = branch.baseline
        let snapshot = seeds.snapshot(onOrBefore: branch.snapshotDate)
        let names = actorNames(start.actors, in: seeds)
        func name(_ actor: String) -> String { names[actor] ?? actor }
        func evidence(_ value: CitedValue?) -> InputEvidence {
            value.map { InputEvidence($0.provenance, seeds: seeds) } ?? .estimate
        }
        var inputs: [SensitivityInput] = []
        let low = 1 - jitter, high = 1 + jitter, percent = Figures.fixed(jitter * 100, 0)
        for (a, actor) in start.actors.enumerated() {
            for (i, issue) in start.issues.enumerated() {
                let stance = snapshot?.stance(actor: actor, issue: issue)
                let x = start.positions[a, i], u = start.uncertainties[a, i]
                if u > 0 {
                    inputs.append(SensitivityInput(
                        kind: .position(actor: actor, issue: issue), id: "position:\(actor):\(issue)",
                        label: "\(actor) \(issue) \(short(x))±\(short(u))",
                        phrase: "\(possessive(name(actor))) \(issue) stance", range: "±\(short(u))",
                        base: x, low: max(0, x - u), high: min(100, x + u), evidence: evidence(stance?.position)))
                }
                let s = start.saliences[a, i]
                if s > 0 {
                    inputs.append(SensitivityInput(
                        kind: .salience(actor: actor, issue: issue), id: "salience:\(actor):\(issue)",
                        label: "\(actor) \(issue) salience \(Figures.fixed(s, 2))",
                        phrase: "\(possessive(name(actor))) salience on \(issue)", range: "±\(percent)%, assumed",
                        base: 1, low: low, high: high, evidence: evidence(stance?.salience)))
                }
            }
            let c = start.capabilities[a]
            if c > 0 {
                inputs.append(SensitivityInput(
                    kind: .capability(actor: actor), id: "capability:\(actor)",
                    label: "\(actor) capability \(short(c))",
                    phrase: "\(possessive(name(actor))) capability", range: "±\(percent)%, assumed",
                    base: 1, low: low, high: high, evidence: evidence(snapshot?.capabilities[actor])))
            }
        }
        inputs += magnitudes(world: world, branch: branch)
        inputs += structural(world: world, branch: branch)
        return inputs.sorted { $0.id < $1.id }
    }

    /// The magnitudes of the catalog types the branch can reach, with their basis.
    static func magnitudes(world: World, branch: Branch) -> [SensitivityInput] {
        let catalog = world.catalog
        let reached = reachedTypes(catalog: catalog, branch: branch)
        let advances = branch.moves.contains { $0.advancesClock }
        let names = catalog.magnitudeNames
        let range = "×\(Formula.format(magnitudeRange.lowerBound))–\(Formula.format(magnitudeRange.upperBound))"
        return names.compactMap { name -> SensitivityInput? in
            let basis: Basis?
            if name == EventCatalog.recoveryMagnitude {
                guard advances, let recovery = catalog.recovery else { return nil }
                basis = recovery.basis
            } else {
                let words = name.split(separator: " ").map(String.init)
                guard let typeID = words.first, reached.contains(typeID), let type = catalog.type(named: typeID),
                      let number = words.first(where: { $0.hasPrefix("#") }).flatMap({ Int($0.dropFirst()) }),
                      type.effects.indices.contains(number - 1) else { return nil }
                basis = magnitudeBasis(type.effects[number - 1], of: type, uptake: name.hasSuffix(" uptake"))
            }
            return SensitivityInput(
                kind: .magnitude(name), id: "magnitude:\(name)", label: name,
                phrase: "the catalog's '\(name)' magnitude", range: "\(range), assumed",
                base: 1, low: magnitudeRange.lowerBound, high: magnitudeRange.upperBound,
                evidence: InputEvidence(basis, seeds: world.seeds))
        }
    }

    /// An uptake's basis is its parameter's, when the catalog gives one there.
    static func magnitudeBasis(_ effect: Effect, of type: EventType, uptake: Bool) -> Basis? {
        if uptake, case .bargain(_, _, _, let formula?) = effect.kind {
            let named = Set(formula.names.map(\.name))
            if let basis = type.parameters.first(where: { named.contains($0.name) && $0.basis != nil })?.basis {
                return basis
            }
        }
        return effect.basis
    }

    /// The event types the branch applies (and those its arguments name, an ultimatum's
    /// threat); when the branch moves the clock, also what is pending at its start and what
    /// the reached types schedule, closed under scheduling. A type that never fires on the
    /// branch has no magnitude that could move it.
    static func reachedTypes(catalog: EventCatalog, branch: Branch) -> Set<String> {
        var found: [String] = []
        func note(_ name: String, _ arguments: [String: EventArgument]) {
            found.append(name)
            // Only parameters of kind event name types (an issue may share a type's id).
            for parameter in catalog.type(named: name)?.parameters ?? [] where parameter.kind == .event {
                if case .ids(let ids)? = arguments[parameter.name] { found += ids }
            }
        }
        func visit(_ move: Move) {
            switch move {
            case .apply(let event, let arguments): note(event, arguments)
            case .sequence(let moves): moves.forEach(visit)
            case .advance, .turns: break
            }
        }
        branch.moves.forEach(visit)
        let advances = branch.moves.contains { $0.advancesClock }
        if advances {
            for event in branch.baseline.scheduled { note(event.type, event.arguments) }
        }
        var reached = Set<String>()
        while let next = found.popLast() {
            guard let type = catalog.type(named: next), reached.insert(type.id).inserted, advances else { continue }
            for case .schedule(let event, _, _, _) in type.effects.map(\.kind) where catalog.type(named: event) != nil {
                found.append(event)
            }
        }
        return reached
    }

    /// The settlement model's choices: each signatory's own expectation of no deal against the
    /// facts on the ground (where they differ), and each signatory's veto against a vote.
    static func structural(world: World, branch: Branch) -> [SensitivityInput] {
        let seeds = world.seeds, start = branch.baseline, terms = start.settlement
        guard terms.isModelled else { return [] }
        let names = actorNames(start.actors, in: seeds)
        func name(_ actor: String) -> String { names[actor] ?? actor }
        let stated = seeds.settlement?.terms(on: branch.snapshotDate)
        var inputs: [SensitivityInput] = []
        for (i, issue) in start.issues.enumerated() {
            let signatories = terms.signatories[i]
            for a in signatories {
                let actor = start.actors[a]
                let own = terms.expected(actor: a, issue: i), facts = terms.noDeal[i]
                if own != facts {
                    let cited = stated?.expectations[actor]?[issue]
                    inputs.append(SensitivityInput(
                        kind: .expectation(actor: actor, issue: issue), id: "expectation:\(actor):\(issue)",
                        label: "\(actor) \(issue) expects \(short(own)) not \(short(facts))",
                        phrase: "\(possessive(name(actor))) expected no-deal outcome on \(issue)",
                        range: "\(short(own)) against the facts' \(short(facts))",
                        base: 1, low: 0, high: 1,
                        evidence: cited.map { InputEvidence($0.provenance, seeds: seeds) } ?? .estimate))
                }
                if signatories.count > 1 {
                    let why = seeds.settlement?.signatoryProvenance[issue]
                    inputs.append(SensitivityInput(
                        kind: .veto(actor: actor, issue: issue), id: "veto:\(actor):\(issue)",
                        label: "\(actor) \(issue) veto",
                        phrase: "\(possessive(name(actor))) veto on \(issue)", range: "a veto or a vote",
                        base: 1, low: 0, high: 1,
                        evidence: why.map { InputEvidence($0, seeds: seeds) } ?? .estimate))
                }
            }
        }
        return inputs
    }

    /// Each actor's name, looked up once: a look-up ignores case, and the inputs are made
    /// before the evaluations, on one core.
    static func actorNames(_ actors: [String], in seeds: Seeds) -> [String: String] {
        Dictionary(actors.map { ($0, seeds.actor(named: $0)?.name ?? $0) }, uniquingKeysWith: { first, _ in first })
    }
}

extension SensitivityInput {
    /// A figure to one decimal, without a trailing ".0": `25`, `12.5`.
    static func short(_ value: Double) -> String {
        let text = Figures.points(value)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}

extension Move {
    /// Whether performing this move moves the clock (so capability recovery can act).
    var advancesClock: Bool {
        switch self {
        case .advance: true
        case .sequence(let moves): moves.contains { $0.advancesClock }
        case .apply, .turns: false
        }
    }
}
