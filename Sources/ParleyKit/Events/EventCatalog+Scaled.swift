extension EventCatalog {
    /// The name `scaled` gives the capability-recovery half-life.
    public static let recoveryMagnitude = "capability-recovery half-life"

    /// The catalog with every effect's magnitude scaled, for asking whether a conclusion
    /// rests on the exact sizes chosen.
    ///
    ///     let weaker = catalog.scaled { _ in 0.5 }   // every effect at half strength
    ///
    /// `factor` is called once per magnitude, in catalog order, so a caller can draw a
    /// different factor for each. A position's `by`, a salience or capability `shift` and an
    /// accommodation `weight` are multiplied; a multiplicative `scale` (capability, uncertainty)
    /// has its distance from 1 multiplied; a bargain's `uptake` is multiplied and capped at 1;
    /// the recovery half-life is multiplied. Turns, delays and conditions are not magnitudes.
    public func scaled(_ factor: (String) -> Double) -> EventCatalog {
        // A factor of exactly 1 leaves the formula as it is, so a magnitude left alone keeps its
        // value bit for bit (1 + 1·(x − 1) need not be x in floating point).
        func times(_ k: Double, _ f: Formula) -> Formula { k == 1 ? f : .binary(.multiply, .number(k), f) }
        func aroundOne(_ k: Double, _ f: Formula) -> Formula {
            k == 1 ? f : .binary(.add, .number(1), times(k, .binary(.subtract, f, .number(1))))
        }
        var copy = self
        for (t, type) in types.enumerated() {
            for (e, effect) in type.effects.enumerated() {
                let name = "\(type.id) \(effect.name) #\(e + 1)"
                let kind: Effect.Kind
                switch effect.kind {
                case .capability(let actors, let scale, let shift):
                    kind = .capability(actors: actors, scale: scale.map { aroundOne(factor(name + " scale"), $0) },
                                       shift: shift.map { times(factor(name + " shift"), $0) })
                case .salience(let actors, let issues, let shift):
                    kind = .salience(actors: actors, issues: issues, shift: times(factor(name), shift))
                case .position(let actors, let issues, let toward, let by):
                    kind = .position(actors: actors, issues: issues, toward: toward, by: times(factor(name), by))
                case .accommodation(let actors, let toward, let weight):
                    kind = .accommodation(actors: actors, toward: toward, weight: times(factor(name), weight))
                case .uncertainty(let actors, let issues, let scale):
                    kind = .uncertainty(actors: actors, issues: issues, scale: aroundOne(factor(name), scale))
                case .bargain(let actors, let issues, let turns, let uptake):
                    let given = uptake ?? .number(1), k = factor(name + " uptake")
                    kind = .bargain(actors: actors, issues: issues, turns: turns,
                                    uptake: k == 1 ? uptake : .call("min", [.number(1), times(k, given)], offset: 0))
                case .schedule:
                    kind = effect.kind
                case .noDeal(let issues, let toward, let by):
                    kind = .noDeal(issues: issues, toward: toward, by: times(factor(name), by))
                case .expectation(let actors, let issues, let toward, let by):
                    kind = .expectation(actors: actors, issues: issues, toward: toward, by: times(factor(name), by))
                case .cost(let actors, let shift):
                    kind = .cost(actors: actors, shift: times(factor(name), shift))
                }
                copy.types[t].effects[e].kind = kind
            }
        }
        if let recovery {
            copy.recovery?.halfLifeDays = recovery.halfLifeDays * factor(Self.recoveryMagnitude)
        }
        return copy
    }
}
