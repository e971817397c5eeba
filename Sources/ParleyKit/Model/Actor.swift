/// A party to the talks, with the names an analyst may use for it and its capability.
///
///     Actor(id: "RU", name: "Russia", aliases: ["russia", "moscow"], role: "belligerent",
///           capability: CitedValue(90, .estimate("…")))
///
/// Capability is the actor's weight in the bargaining, on a 0–100 scale shared by all actors.
public struct Actor: Sendable, Hashable, Codable, Identifiable {
    /// The short upper-case id used everywhere: `RU`, `UA`, `E3`.
    public var id: String
    public var name: String
    /// Other names, matched case-insensitively: `russia`, `moscow`, `kremlin`.
    public var aliases: [String]
    /// The actor's part in the talks, in a few words.
    public var role: String
    /// Relative weight in the bargaining, 0–100.
    public var capability: CitedValue

    public init(id: String, name: String, aliases: [String] = [], role: String, capability: CitedValue) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.role = role
        self.capability = capability
    }

    /// True when `name` is the id, the name or an alias, ignoring case, accents and spaces.
    public func isNamed(_ name: String) -> Bool {
        NameKey.matches(name, id: id, name: self.name, aliases: aliases)
    }
}
