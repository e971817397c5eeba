/// How many of the documented state's values are cited and how many estimated.
///
///     seeds.coverage.description  // "141 of 258 values documented, 117 estimated"
///
/// A value is a stance's position, a stance's salience, or an actor's capability. Uncertainties
/// share their position's provenance and are not counted separately; timeline events always cite
/// a source and are not values.
public struct Coverage: Sendable, Hashable, CustomStringConvertible {
    public var positionsDocumented = 0
    public var positionsEstimated = 0
    public var saliencesDocumented = 0
    public var saliencesEstimated = 0
    public var capabilitiesDocumented = 0
    public var capabilitiesEstimated = 0

    public init() {}

    public var documented: Int { positionsDocumented + saliencesDocumented + capabilitiesDocumented }
    public var estimated: Int { positionsEstimated + saliencesEstimated + capabilitiesEstimated }
    public var total: Int { documented + estimated }

    public var description: String {
        "\(documented) of \(total) values documented, \(estimated) estimated"
    }

    /// The three kinds of value that coverage counts.
    public enum Kind: Sendable { case position, salience, capability }

    /// Counts one value of the given kind by its provenance.
    public mutating func count(_ provenance: Provenance, as kind: Kind) {
        let documented = provenance.isDocumented
        switch kind {
        case .position:
            if documented { positionsDocumented += 1 } else { positionsEstimated += 1 }
        case .salience:
            if documented { saliencesDocumented += 1 } else { saliencesEstimated += 1 }
        case .capability:
            if documented { capabilitiesDocumented += 1 } else { capabilitiesEstimated += 1 }
        }
    }
}
