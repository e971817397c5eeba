/// A documented event of the talks, dated and cited, that a hindcast can replay.
///
///     let call = seeds.timeline.first { $0.id == "trump-putin-call" }!
///     call.kind        // .summit
///     call.date        // 2025-03-18
///
/// `summary` paraphrases what happened; `source` quotes the document that records it; `dating`
/// explains the date when the document does not give it outright.
public struct TimelineEvent: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var date: CalendarDate
    public var kind: EventKind
    /// The actors taking part, by id.
    public var actors: [String]
    public var summary: String
    /// Parameters for the catalog entry of `kind`, in the order the seeds give them.
    public var parameters: [EventParameter]
    public var source: Citation
    public var dating: String?

    public init(
        id: String, date: CalendarDate, kind: EventKind, actors: [String], summary: String,
        parameters: [EventParameter] = [], source: Citation, dating: String? = nil
    ) {
        self.id = id
        self.date = date
        self.kind = kind
        self.actors = actors
        self.summary = summary
        self.parameters = parameters
        self.source = source
        self.dating = dating
    }

    /// The value of the parameter called `name`, if given.
    public func parameter(_ name: String) -> EventParameter.Value? {
        parameters.first { $0.name == name }?.value
    }
}
