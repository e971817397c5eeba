/// What an argument says, once the lexer has classified it.
///
///     severity=0.7      → .number(0.7)
///     at=2025-06-03     → .date(2025-06-03)
///     between=US,RU     → .list([.word("US"), .word("RU")])
///     "energy pause"    → .string("energy pause")
public indirect enum ArgumentValue: Sendable, Hashable, CustomStringConvertible {
    case word(String)
    case string(String)
    case number(Double, text: String)
    case date(CalendarDate)
    case duration(TimeSpan)
    case list([ArgumentValue])

    /// The text as a user would retype it; quoted strings come back quoted.
    public var description: String {
        switch self {
        case .word(let text): return text
        case .string(let text): return Self.quote(text)
        case .number(_, let text): return text
        case .date(let date): return date.description
        case .duration(let span): return span.description
        case .list(let items): return items.map(\.description).joined(separator: ",")
        }
    }

    /// The plain text with no quoting: what a name or a file path means.
    public var text: String {
        switch self {
        case .word(let text), .string(let text), .number(_, let text): return text
        case .date(let date): return date.description
        case .duration(let span): return span.description
        case .list(let items): return items.map(\.text).joined(separator: ",")
        }
    }

    /// A short name for the kind of value, used in "expected a number, got a date" errors.
    public var kindName: String {
        switch self {
        case .word: return "a word"
        case .string: return "a quoted string"
        case .number: return "a number"
        case .date: return "a date"
        case .duration: return "a duration"
        case .list: return "a list"
        }
    }

    /// Quotes text for a script, escaping what the lexer would otherwise read differently.
    public static func quote(_ text: String) -> String {
        var quoted = "\""
        for character in text {
            switch character {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            default: quoted.append(character)
            }
        }
        return quoted + "\""
    }
}
