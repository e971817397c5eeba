/// A labelled stretch of an issue's 0–100 scale.
///
///     Band(lower: 80, upper: 100, label: "Crimea and all four regions recognised as Russian")
///
/// Bands of an issue tile the scale: a position on a boundary belongs to the upper band, and 100
/// belongs to the last.
public struct Band: Sendable, Hashable, Codable {
    public var lower: Double
    public var upper: Double
    public var label: String

    public init(lower: Double, upper: Double, label: String) {
        self.lower = lower
        self.upper = upper
        self.label = label
    }

    /// True when `position` falls in this band; `isLast` makes the upper bound inclusive.
    public func contains(_ position: Double, isLast: Bool = false) -> Bool {
        position >= lower && (position < upper || (isLast && position <= upper))
    }
}
