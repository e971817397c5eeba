/// One question in dispute, scored 0–100 with labelled bands.
///
///     let territory = seeds.issue(named: "territory")!
///     territory.band(for: 85)?.label  // "Crimea and all four regions recognised as Russian"
///
/// `zero` and `hundred` say what the ends of the scale mean, so every position reads one way.
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
    /// The labelled bands, in order from 0 to 100.
    public var bands: [Band]

    public init(id: String, name: String, aliases: [String] = [], zero: String, hundred: String, bands: [Band]) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.zero = zero
        self.hundred = hundred
        self.bands = bands
    }

    /// The band a position falls in; nil only outside 0–100.
    public func band(for position: Double) -> Band? {
        for (index, band) in bands.enumerated() where band.contains(position, isLast: index == bands.count - 1) {
            return band
        }
        return nil
    }

    /// True when `name` is the id, the name or an alias, ignoring case, accents and spaces.
    public func isNamed(_ name: String) -> Bool {
        NameKey.matches(name, id: id, name: self.name, aliases: aliases)
    }
}
