/// One source document behind the documented state, named in `seeds/sources.yaml`.
///
///     SourceDocument(file: "003_e354e611adafdd87.txt",
///                    title: "Ukraine and Russia Set for Another Round of Talks in Istanbul",
///                    date: CalendarDate(parsing: "2025-07-23")!)
///
/// The project keeps only this description and short quotes; the text itself stays outside.
public struct SourceDocument: Sendable, Hashable, Codable {
    /// The document's file name, which citations use as `doc:`.
    public var file: String
    public var title: String
    /// The publication, when the document names one.
    public var outlet: String?
    public var author: String?
    /// The publication date, or the best dating the text allows (see `dating`).
    public var date: CalendarDate
    /// Why the date is what it is, when the document does not state it.
    public var dating: String?
    /// The address the document gives for itself, if any.
    public var url: String?
    /// What kind of text it is and how far it can be trusted, in the project's words.
    public var note: String?

    public init(
        file: String, title: String, outlet: String? = nil, author: String? = nil,
        date: CalendarDate, dating: String? = nil, url: String? = nil, note: String? = nil
    ) {
        self.file = file
        self.title = title
        self.outlet = outlet
        self.author = author
        self.date = date
        self.dating = dating
        self.url = url
        self.note = note
    }
}
