/// What a sensitivity analysis watches: one measure of the `expect` language, resolved to the
/// world's ids.
///
///     let target = try SensitivityTarget(parsing: "forecast.territory", seeds: world.seeds)
///     target.phrase(seeds: world.seeds)   // "the territory forecast"
public struct SensitivityTarget: Sendable, Hashable {
    public var measure: Measure
    /// As the analyst wrote it.
    public var text: String

    public init(measure: Measure, text: String) {
        self.measure = measure
        self.text = text
    }

    /// The value in `scope`; nil when the measure has none there (no deal space).
    public func value(in scope: MeasureScope) -> Double? {
        // Resolved against the same world, so only a missing value fails.
        try? measure.value(in: scope)
    }

    /// The input that is the target's own starting value (a position), if any.
    var inputID: String? {
        if case .position(let actor, let issue) = measure { return "position:\(actor):\(issue)" }
        return nil
    }

    /// The target in words, for a sentence: "the territory forecast", "Russia's ceasefire stance".
    public func phrase(seeds: Seeds) -> String {
        func name(_ actor: String) -> String { seeds.actor(named: actor)?.name ?? actor }
        switch measure {
        case .consensus(let issue): return "the \(issue) forecast"
        case .position(let actor, let issue): return "\(possessive(name(actor))) \(issue) stance"
        case .gap(let a, let b, let issue): return "the gap between \(name(a)) and \(name(b)) on \(issue)"
        case .moved(let actor, let issue): return "how far \(name(actor)) moved" + (issue.map { " on \($0)" } ?? "")
        case .drift(let date): return "the drift from the \(date) snapshot"
        case .nash(let issue): return "the \(issue) settlement"
        case .dealWidth(let issue): return "the width of the \(issue) deal space"
        case .packageMargin: return "the package's margin"
        case .deal(let issue): return "whether there is a \(issue) deal"
        case .packageDeal: return "whether there is a package deal"
        }
    }
}

/// "Türkiye's", "the United States'": a name's possessive.
func possessive(_ name: String) -> String {
    name.hasSuffix("s") ? name + "'" : name + "'s"
}
