/// The event types an analyst can apply, as read from `seeds/events.yaml`.
///
///     let catalog = try EventCatalogLoader.load(file: "seeds/events.yaml", text: yaml,
///                                               actors: ["RU", "UA"], issues: ["ceasefire"])
///     catalog.type(named: "sanction")?.id  // "sanctions"
public struct EventCatalog: Sendable, Hashable, Codable {
    public var types: [EventType]

    public init(types: [EventType]) {
        self.types = types
    }

    /// The type with this id or alias, ignoring case.
    public func type(named name: String) -> EventType? {
        types.first { $0.isNamed(name) }
    }

    /// Ids and aliases, for suggestions and completion.
    public var allNames: [String] {
        types.flatMap { [$0.id] + $0.aliases }
    }
}
