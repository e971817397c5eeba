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
        magnitudesScaled(by: { factor(name(of: $0)) })
    }

    /// Every magnitude's name, in the order ``scaled(_:)`` asks for them.
    ///
    ///     catalog.magnitudeNames.first   // "sanctions position #1"
    public var magnitudeNames: [String] {
        var names: [String] = []
        _ = magnitudesScaled(by: { slot in
            names.append(name(of: slot))
            return 1
        })
        return names
    }

    /// A magnitude as `scaled` meets it: numbered in the order it is asked for (0, 1, …), and
    /// where it sits. A caller that has matched the numbers to names once (``magnitudeNames``)
    /// scales without building a string.
    struct MagnitudeSlot {
        var ordinal: Int
        /// The type's and effect's indices; the recovery half-life has neither.
        var type: Int?
        var effect: Int
        /// What follows the effect's name: `""`, `" scale"`, `" shift"` or `" uptake"`.
        var suffix: StaticString
    }

    /// The name ``scaled(_:)`` gives a magnitude: `"<type> <effect> #<n><suffix>"`.
    func name(of slot: MagnitudeSlot) -> String {
        guard let t = slot.type else { return Self.recoveryMagnitude }
        return "\(types[t].id) \(types[t].effects[slot.effect].name) #\(slot.effect + 1)\(slot.suffix)"
    }

    /// As ``scaled(_:)``, naming each magnitude by its ``MagnitudeSlot``.
    func magnitudesScaled(by factor: (MagnitudeSlot) -> Double) -> EventCatalog {
        var ordinal = 0, changed = false
        func next(_ type: Int?, _ effect: Int, _ suffix: StaticString = "") -> Double {
            defer { ordinal += 1 }
            let k = factor(MagnitudeSlot(ordinal: ordinal, type: type, effect: effect, suffix: suffix))
            if k != 1 { changed = true }
            return k
        }
        // A factor of exactly 1 leaves the formula as it is, so a magnitude left alone keeps its
        // value bit for bit (1 + 1·(x − 1) need not be x in floating point).
        func times(_ k: Double, _ f: Formula) -> Formula { k == 1 ? f : .binary(.multiply, .number(k), f) }
        func aroundOne(_ k: Double, _ f: Formula) -> Formula {
            k == 1 ? f : .binary(.add, .number(1), times(k, .binary(.subtract, f, .number(1))))
        }
        var copy = self
        for (t, type) in types.enumerated() {
            for (e, effect) in type.effects.enumerated() {
                changed = false
                let kind: Effect.Kind
                switch effect.kind {
                case .capability(let actors, let scale, let shift):
                    kind = .capability(actors: actors, scale: scale.map { aroundOne(next(t, e, " scale"), $0) },
                                       shift: shift.map { times(next(t, e, " shift"), $0) })
                case .salience(let actors, let issues, let shift):
                    kind = .salience(actors: actors, issues: issues, shift: times(next(t, e), shift))
                case .position(let actors, let issues, let toward, let by):
                    kind = .position(actors: actors, issues: issues, toward: toward, by: times(next(t, e), by))
                case .accommodation(let actors, let toward, let weight):
                    kind = .accommodation(actors: actors, toward: toward, weight: times(next(t, e), weight))
                case .uncertainty(let actors, let issues, let scale):
                    kind = .uncertainty(actors: actors, issues: issues, scale: aroundOne(next(t, e), scale))
                case .bargain(let actors, let issues, let turns, let uptake):
                    let given = uptake ?? .number(1), k = next(t, e, " uptake")
                    kind = .bargain(actors: actors, issues: issues, turns: turns,
                                    uptake: k == 1 ? uptake : .call("min", [.number(1), times(k, given)], offset: 0))
                case .schedule:
                    kind = effect.kind
                case .noDeal(let issues, let toward, let by):
                    kind = .noDeal(issues: issues, toward: toward, by: times(next(t, e), by))
                case .expectation(let actors, let issues, let toward, let by):
                    kind = .expectation(actors: actors, issues: issues, toward: toward, by: times(next(t, e), by))
                case .cost(let actors, let shift):
                    kind = .cost(actors: actors, shift: times(next(t, e), shift))
                }
                // An effect left as it was is not written: its type's storage stays shared.
                if changed { copy.types[t].effects[e].kind = kind }
            }
        }
        if let recovery {
            copy.recovery?.halfLifeDays = recovery.halfLifeDays * next(nil, 0)
        }
        return copy
    }
}
