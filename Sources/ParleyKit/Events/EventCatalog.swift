/// The event types an analyst can apply, as read from `seeds/events.yaml`.
///
///     let catalog = try EventCatalogLoader.load(file: "seeds/events.yaml", text: yaml,
///                                               actors: ["RU", "UA"], issues: ["ceasefire"])
///     catalog.type(named: "sanction")?.id  // "sanctions"
public struct EventCatalog: Sendable, Hashable, Codable {
    public var types: [EventType]
    /// How fast capability gained or lost through events returns to its baseline; nil: never.
    public var recovery: CapabilityRecovery?

    public init(types: [EventType], recovery: CapabilityRecovery? = nil) {
        self.types = types
        self.recovery = recovery
    }

    /// The type with this id or alias, ignoring case.
    public func type(named name: String) -> EventType? {
        // Applying an event looks its type up, and a search applies hundreds of thousands, nearly
        // all by id as the catalog spells it: that is tried first, unlowered. Ids are lower-case
        // and no two types share a name (the loader refuses both), so it finds the same type.
        if let exact = types.first(where: { $0.id == name }) { return exact }
        // Lowered once, not once per type.
        let lowered = name.lowercased()
        return types.first { $0.isNamed(lowered: lowered) }
    }

    /// Ids and aliases, for suggestions and completion.
    public var allNames: [String] {
        types.flatMap { [$0.id] + $0.aliases }
    }
}

/// Capability changed by events fades back toward the actor's baseline as the clock moves:
/// `c ← b + (c − b) · 2^(−days / halfLife)`. Without it, sanctions packages would compound
/// for ever with no recovery (targets adapt; aid is used up).
///
///     capability-recovery: {half-life: 365, basis: {assumption: "…"}}
public struct CapabilityRecovery: Sendable, Hashable, Codable {
    public var halfLifeDays: Double
    public var basis: Basis?
    public var rationale: String

    public init(halfLifeDays: Double, rationale: String, basis: Basis? = nil) {
        self.halfLifeDays = halfLifeDays
        self.rationale = rationale
        self.basis = basis
    }
}
