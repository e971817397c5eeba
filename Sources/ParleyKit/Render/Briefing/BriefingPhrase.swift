/// A line of briefing text that may hold code (a goal, a command), which each renderer sets in
/// its own way; written as a string literal with `\(code:)` for the code.
///
///     let heading: BriefingPhrase = "Goal \(code: "RU.ceasefire <= 55"), after step 0"
///     // HTML: Goal <code>RU.ceasefire &lt;= 55</code>, after step 0
///     // Markdown: Goal `RU.ceasefire <= 55`, after step 0
public struct BriefingPhrase: Sendable, Hashable, ExpressibleByStringInterpolation {
    public enum Part: Sendable, Hashable {
        case text(String)
        case code(String)
    }

    public var parts: [Part]

    public init(_ text: String) { parts = [.text(text)] }
    public init(stringLiteral value: String) { self.init(value) }
    public init(stringInterpolation: Interpolation) { parts = stringInterpolation.parts }

    /// The phrase in a medium: each part of text and of code as that medium writes it.
    func rendered(text: (String) -> String, code: (String) -> String) -> String {
        parts.map { part in
            switch part {
            case .text(let words): text(words)
            case .code(let words): code(words)
            }
        }.joined()
    }

    public struct Interpolation: StringInterpolationProtocol {
        var parts: [Part] = []
        public init(literalCapacity: Int, interpolationCount: Int) {}
        public mutating func appendLiteral(_ literal: String) { appendText(literal) }
        public mutating func appendInterpolation(_ text: String) { appendText(text) }
        public mutating func appendInterpolation(code: String) { parts.append(.code(code)) }

        private mutating func appendText(_ text: String) {
            guard !text.isEmpty else { return }
            if case .text(let before)? = parts.last {
                parts[parts.count - 1] = .text(before + text)
            } else {
                parts.append(.text(text))
            }
        }
    }
}
