/// One named parameter of a timeline event, such as `by: US` or `days: 50`.
///
///     EventParameter(name: "days", value: .number(50))
///     EventParameter(name: "participants", value: .list(["RU", "UA"]))
///
/// Names and values are checked against the event catalog's entry for the event's kind when the
/// seeds and catalog are loaded together (``TimelineCheck``), at the parameter's place in the file.
public struct EventParameter: Sendable, Hashable, Codable {
    /// A parameter's value as the timeline records it, before the catalog types it into an
    /// ``EventArgument``: a number, a word, or a list of words.
    public enum RecordedValue: Sendable, Hashable, Codable, CustomStringConvertible {
        case number(Double)
        case text(String)
        case list([String])

        public var description: String {
            switch self {
            case .number(let number): return SeedNumberFormat.format(number)
            case .text(let text): return text
            case .list(let items): return items.joined(separator: ",")
            }
        }
    }

    public var name: String
    public var value: RecordedValue
    /// Where the parameter's name sits in the timeline file, for reporting.
    public var nameMark: SeedMark?
    /// Where each of its values sits (one for a word or number, one per item of a list).
    public var valueMarks: [SeedMark]

    public init(name: String, value: RecordedValue, nameMark: SeedMark? = nil, valueMarks: [SeedMark] = []) {
        self.name = name
        self.value = value
        self.nameMark = nameMark
        self.valueMarks = valueMarks
    }
}
