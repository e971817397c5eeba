/// A documented timeline event read as a catalog event with typed arguments, so the
/// back-test can fire the record without an analyst retyping it.
///
///     DocumentedEvent(event, catalog: world.catalog, seeds: world.seeds)?.arguments["participants"]  // .ids(["RU", "UA"])
///
/// The timeline's parameters are the catalog type's own, checked when the seeds and catalog
/// are loaded together (``DocumentedEvents``); parameters left out take the catalog's defaults.
public struct DocumentedEvent: Sendable, Hashable {
    public var timeline: TimelineEvent
    public var type: EventType
    public var arguments: [String: EventArgument]

    public init?(_ event: TimelineEvent, catalog: EventCatalog, seeds: Seeds) {
        guard let (type, arguments) = try? DocumentedEvents.arguments(for: event, catalog: catalog, seeds: seeds) else {
            return nil
        }
        self.timeline = event
        self.type = type
        self.arguments = arguments
    }
}
