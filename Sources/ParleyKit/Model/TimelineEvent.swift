/// A documented event of the talks, dated and cited, that `advance … --documented` replays.
///
///     let call = seeds.timeline.first { $0.id == "trump-putin-call" }!
///     call.kind        // "summit", an event-catalog type
///     call.date        // 2025-03-18
///
/// `summary` paraphrases what happened; `source` quotes the document that records it; `dating`
/// explains a date the documents themselves allow; `outside` labels each fact taken from outside
/// the five documents (most dates, some figures). `parameters` are arguments for the catalog
/// entry of `kind`; `details` are facts recorded for the reader that no parameter uses.
public struct TimelineEvent: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var date: CalendarDate
    /// The event-catalog type this event is an instance of.
    public var kind: String
    /// The actors taking part, by id.
    public var actors: [String]
    public var summary: String
    /// Arguments for the catalog entry of `kind`, in the order the seeds give them.
    public var parameters: [EventParameter]
    /// Descriptive facts (venue, aircraft destroyed) not used by the catalog entry.
    public var details: [EventParameter]
    public var source: Citation
    public var dating: String?
    /// Facts from outside the documents, each with its reason.
    public var outside: [String]
    /// The event's own CAMEO code when it differs from its catalog type's (a phone call is 041,
    /// not a meeting's 044); nil to use the type's.
    public var cameo: String?
    /// Why the parameters have the values they have, where the documents do not give them.
    public var coding: String?
    /// Where `kind` sits in the timeline file, for reporting.
    public var kindMark: SeedMark?

    public init(
        id: String, date: CalendarDate, kind: String, actors: [String], summary: String,
        parameters: [EventParameter] = [], details: [EventParameter] = [], source: Citation,
        dating: String? = nil, outside: [String] = [], cameo: String? = nil, coding: String? = nil,
        kindMark: SeedMark? = nil
    ) {
        self.id = id
        self.date = date
        self.kind = kind
        self.actors = actors
        self.summary = summary
        self.parameters = parameters
        self.details = details
        self.source = source
        self.dating = dating
        self.outside = outside
        self.cameo = cameo
        self.coding = coding
        self.kindMark = kindMark
    }

    /// The value of the parameter called `name`, if given.
    public func parameter(_ name: String) -> EventParameter.RecordedValue? {
        parameters.first { $0.name == name }?.value
    }
}
