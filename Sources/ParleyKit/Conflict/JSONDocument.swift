/// A JSON value that remembers where it was written, so a reader can point at it in errors.
///
///     let value = try JSONDocument.parse(#"{"a": [1, 2]}"#, file: "x.gmcr")
///     value.member("a")?.location.column  // 7
///
/// parley's own small parser (Foundation's forgets positions). Strict JSON: no comments or
/// trailing commas; nesting is limited so a hostile file cannot exhaust the stack.
public struct JSONDocument: Sendable, Hashable {
    public indirect enum Kind: Sendable, Hashable {
        case object([(key: String, keyLocation: SourceLocation, value: JSONDocument)])
        case array([JSONDocument])
        case string(String)
        case number(Double, text: String)
        case bool(Bool)
        case null

        public static func == (lhs: Kind, rhs: Kind) -> Bool {
            switch (lhs, rhs) {
            case let (.object(a), .object(b)):
                a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
            case let (.array(a), .array(b)): a == b
            case let (.string(a), .string(b)): a == b
            case let (.number(a, _), .number(b, _)): a == b
            case let (.bool(a), .bool(b)): a == b
            case (.null, .null): true
            default: false
            }
        }

        public func hash(into hasher: inout Hasher) {
            switch self {
            case .object(let members): hasher.combine(members.map(\.key))
            case .array(let items): hasher.combine(items)
            case .string(let text): hasher.combine(text)
            case .number(let value, _): hasher.combine(value)
            case .bool(let value): hasher.combine(value)
            case .null: hasher.combine(0)
            }
        }
    }

    public var kind: Kind
    public var location: SourceLocation
    /// Characters the value's first token spans, for the caret's underline.
    public var length: Int
    /// The text of the line it starts on, for the caret.
    public var sourceLine: String

    /// Deepest nesting of arrays and objects accepted.
    public static let maximumDepth = 200

    /// The value of `key` if this is an object that has it.
    public func member(_ key: String) -> JSONDocument? {
        guard case .object(let members) = kind else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// What a reader calls this kind of value in an error: "a string", "an array"…
    public var kindName: String {
        switch kind {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        }
    }

    /// A diagnostic pointing at this value.
    public func error(_ message: String) -> Diagnostic {
        Diagnostic(message, at: location, sourceLine: sourceLine, length: length)
    }

    /// Parses a whole document; `file` names it in diagnostics.
    public static func parse(_ text: String, file: String) throws(Diagnostic) -> JSONDocument {
        var parser = JSONParser(text: text, file: file)
        return try parser.document()
    }
}
