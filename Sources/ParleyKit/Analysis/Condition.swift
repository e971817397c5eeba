/// A measure compared with a number: what `expect` asserts, and what `simulate` counts runs by.
///
///     let condition = try Condition.parse("gap(RU,UA).ceasefire < 30")
///     condition.holds(24.5)   // true
///
/// Values are compared as shown, rounded to one decimal, by the caller.
public struct Condition: Sendable, Hashable, CustomStringConvertible {
    public enum Comparison: String, Sendable, Hashable, CaseIterable {
        case atLeast = ">=", atMost = "<=", equal = "==", notEqual = "!=", greater = ">", less = "<"
    }

    public var measure: Measure
    /// The measure as written, for messages.
    public var subject: String
    public var comparison: Comparison
    public var bound: Double
    /// Offset (in Unicode scalars) of the number in the text, for placing errors.
    public var boundOffset: Int

    /// Parses `MEASURE OP NUMBER`; failures are placed by offset into `text`.
    public static func parse(_ text: String) throws(MeasureParser.Failure) -> Condition {
        let scalars = Array(text.unicodeScalars)
        var found: (range: Range<Int>, comparison: Comparison)?
        // The first operator in the text, longest spelling first (">=" before ">").
        search: for index in scalars.indices {
            for comparison in Comparison.allCases {
                let op = Array(comparison.rawValue.unicodeScalars)
                if index + op.count <= scalars.count, Array(scalars[index..<index + op.count]) == op {
                    found = (index..<index + op.count, comparison)
                    break search
                }
            }
        }
        guard let found else {
            throw MeasureParser.Failure(message: "expected a comparison (<, <=, >, >=, == or !=)", offset: 0, length: scalars.count)
        }
        let lhs = String(String.UnicodeScalarView(scalars[..<found.range.lowerBound])).trimmingBlanks()
        let rhs = String(String.UnicodeScalarView(scalars[found.range.upperBound...])).trimmingBlanks()
        let rhsOffset = found.range.upperBound + scalars[found.range.upperBound...].prefix { $0 == " " || $0 == "\t" }.count
        guard let bound = Double(rhs), ArgumentLexer.looksLikeNumber(rhs) else {
            throw MeasureParser.Failure(message: "expected a number after '\(found.comparison.rawValue)'",
                                        offset: rhsOffset, length: max(1, rhs.unicodeScalars.count))
        }
        return Condition(measure: try MeasureParser.parse(lhs), subject: lhs, comparison: found.comparison,
                         bound: bound, boundOffset: rhsOffset)
    }

    public func holds(_ value: Double) -> Bool {
        switch comparison {
        case .atLeast: value >= bound
        case .atMost: value <= bound
        case .greater: value > bound
        case .less: value < bound
        case .equal: value == bound
        case .notEqual: value != bound
        }
    }

    public var description: String { "\(subject) \(comparison.rawValue) \(Formula.format(bound))" }
}
