/// Reads a measure from text: `RU.territory`, `forecast.humanitarian`, `gap(RU,UA).ceasefire`,
/// `moved(RU)`, `drift(2025-06-03)`.
///
///     let measure = try MeasureParser.parse("moved(RU).territory")   // .moved("RU", issue: "territory")
///
/// Names are taken as written; ``Measure/resolved(in:)`` checks them against the world.
public enum MeasureParser {
    /// A measure that cannot be read, placed by offset (in Unicode scalars) and length.
    public struct Failure: Error, Sendable, Hashable {
        public var message: String
        public var offset: Int
        public var length: Int
    }

    /// Parses `text`, already trimmed of blanks; a failure covers the whole text.
    public static func parse(_ text: String) throws(Failure) -> Measure {
        func failure(_ message: String) -> Failure {
            Failure(message: message, offset: 0, length: text.count)
        }
        let lower = text.lowercased()
        if lower.hasPrefix("drift(") {
            guard text.hasSuffix(")") else { throw failure("drift needs a snapshot date: drift(2025-06-03)") }
            return .drift(String(text.dropFirst(6).dropLast()).trimmingBlanks())
        }
        if lower.hasPrefix("moved(") {
            guard let close = text.firstIndex(of: ")") else {
                throw failure("moved needs an actor: moved(A) or moved(A).ISSUE")
            }
            let actor = text[text.index(text.startIndex, offsetBy: 6)..<close].trimmingBlanks()
            let rest = text[text.index(after: close)...]
            guard !actor.isEmpty, rest.isEmpty || (rest.hasPrefix(".") && rest.count > 1) else {
                throw failure("moved needs an actor: moved(A) or moved(A).ISSUE")
            }
            return .moved(actor, issue: rest.isEmpty ? nil : String(rest.dropFirst()))
        }
        if lower.hasPrefix("gap(") {
            guard let close = text.firstIndex(of: ")") else { throw failure("gap needs two actors: gap(A,B).ISSUE") }
            let inside = text[text.index(text.startIndex, offsetBy: 4)..<close].split(separator: ",").map { $0.trimmingBlanks() }
            let rest = text[text.index(after: close)...]
            guard inside.count == 2, rest.hasPrefix("."), rest.count > 1 else {
                throw failure("gap needs two actors and an issue: gap(A,B).ISSUE")
            }
            return .gap(inside[0], inside[1], issue: String(rest.dropFirst()))
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw Failure(message: "expected ACTOR.ISSUE, forecast.ISSUE or gap(A,B).ISSUE", offset: 0, length: max(1, text.count))
        }
        switch parts[0].lowercased() {
        case "forecast", "consensus": return .consensus(issue: parts[1])
        default: return .position(actor: parts[0], issue: parts[1])
        }
    }
}
