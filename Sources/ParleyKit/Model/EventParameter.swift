/// One named parameter of a timeline event, such as `by: US` or `deadline: 50d`.
///
///     EventParameter(name: "duration", value: .text("30d"))
///     EventParameter(name: "between", value: .list(["RU", "UA"]))
///
/// Parameters named in ``actorParameterNames`` hold actor ids and are checked against the actors.
public struct EventParameter: Sendable, Hashable, Codable {
    /// A parameter's value: a number, a word, or a list of words.
    public enum Value: Sendable, Hashable, Codable, CustomStringConvertible {
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

    /// Parameter names whose values are actor ids.
    public static let actorParameterNames: Set<String> = [
        "by", "target", "with", "between", "parties", "mediator", "host", "advisers",
    ]

    public var name: String
    public var value: Value

    public init(name: String, value: Value) {
        self.name = name
        self.value = value
    }
}
