/// Reads a measure from text: `RU.territory`, `forecast.humanitarian`, `gap(RU,UA).ceasefire`,
/// `moved(RU)`, `drift(2025-06-03)`, `settle.ceasefire`, `settle.humanitarian.width`,
/// `settle.package`, `deal.ceasefire`, `deal.package`.
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
        if let settlement = settlementMeasure(parts) { return settlement }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw Failure(message: "expected ACTOR.ISSUE, forecast.ISSUE or gap(A,B).ISSUE", offset: 0, length: max(1, text.count))
        }
        switch parts[0].lowercased() {
        case "forecast", "consensus": return .consensus(issue: parts[1])
        default: return .position(actor: parts[0], issue: parts[1])
        }
    }

    /// `settle.ISSUE`, `settle.ISSUE.width`, `settle.package`, `deal.ISSUE`, `deal.package`
    /// (the model's words in any case); nil for anything else.
    static func settlementMeasure(_ parts: [String]) -> Measure? {
        guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        let isPackage = parts[1].lowercased() == "package"
        switch (parts[0].lowercased(), parts.count) {
        case ("settle", 2): return isPackage ? .packageMargin : .nash(issue: parts[1])
        case ("settle", 3) where parts[2].lowercased() == "width": return .dealWidth(issue: parts[1])
        case ("deal", 2): return isPackage ? .packageDeal : .deal(issue: parts[1])
        default: return nil
        }
    }
}
