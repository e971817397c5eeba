/// One question in dispute, scored 0–100 with labelled bands.
///
///     let territory = seeds.issue(named: "territory")!
///     territory.band(for: 85)?.label  // "Crimea and all four regions recognised as Russian"
///
/// `zero` and `hundred` say what the ends of the scale mean and `sides` which end each party
/// holds; no orientation holds across issues (Kyiv holds the upper end of some scales).
public struct Issue: Sendable, Hashable, Codable, Identifiable {
    /// The lower-case id: `ceasefire`, `military-aid`.
    public var id: String
    public var name: String
    /// Other names, matched case-insensitively: `aid` for `military-aid`.
    public var aliases: [String]
    /// What a position of 0 means.
    public var zero: String
    /// What a position of 100 means.
    public var hundred: String
    /// Which end each party holds, in the project's words.
    public var sides: String
    /// The labelled bands, in order from 0 to 100.
    public var bands: [Band]

    public init(id: String, name: String, aliases: [String] = [], zero: String, hundred: String, sides: String = "",
                bands: [Band]) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.zero = zero
        self.hundred = hundred
        self.sides = sides
        self.bands = bands
    }

    /// The band a position falls in; nil only outside 0–100.
    public func band(for position: Double) -> Band? {
        for (index, band) in bands.enumerated() where band.contains(position, isLast: index == bands.count - 1) {
            return band
        }
        return nil
    }

    /// The bands a range `position ± uncertainty` touches, in order; one band when it stays inside.
    ///
    ///     ceasefire.bands(from: 50, uncertainty: 8).map(\.label)
    ///     // ["partial truces first, full ceasefire later", "conditional ceasefire: terms met first"]
    ///
    /// The range is clipped to 0–100. A range that only reaches a boundary (50 ± 5 reaching 55)
    /// does not count as entering the band above; the position's own band always counts.
    public func bands(from position: Double, uncertainty: Double) -> [Band] {
        let low = max(0, position - uncertainty), high = min(100, position + uncertainty)
        let own = band(for: position)
        return bands.filter { band in
            band == own || (band.lower < high && low < band.upper)
        }
    }

    /// True when `name` is the id, the name or an alias, ignoring case, accents and spaces.
    public func isNamed(_ name: String) -> Bool {
        NameKey.matches(name, id: id, name: self.name, aliases: aliases)
    }
}
