/// A measure compared with a number or with `none`: what `expect` asserts, and what `simulate`
/// counts runs by.
///
///     let condition = try Condition.parse("gap(RU,UA).ceasefire < 30")
///     condition.holds(24.5)   // true
///     try Condition.parse("settle.ceasefire != none").holds(nil)   // false: there is no deal space
///
/// Values are compared as shown, rounded to one decimal, by the caller. `none` is a bound only
/// for a measure that can be none (``Measure/canBeNone``), and only with `==` and `!=`.
public struct Condition: Sendable, Hashable, CustomStringConvertible {
    public enum Comparison: String, Sendable, Hashable, CaseIterable {
        case atLeast = ">=", atMost = "<=", equal = "==", notEqual = "!=", greater = ">", less = "<"
    }

    public var measure: Measure
    /// The measure as written, for messages.
    public var subject: String
    public var comparison: Comparison
    /// The number compared with; nil for `none`.
    public var bound: Double?
    /// Offset (in Unicode scalars) of the bound in the text, for placing errors.
    public var boundOffset: Int

    /// Parses `MEASURE OP NUMBER` or `MEASURE OP none`; failures are placed by offset into `text`.
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
        if rhs.lowercased() == "none" {
            // Checked before the measure is read, so a measure that is never none says so.
            guard let measure = try? MeasureParser.parse(lhs), measure.canBeNone else {
                throw MeasureParser.Failure(message: "only settle.ISSUE, settle.ISSUE.width and settle.package can be none",
                                            offset: rhsOffset, length: 4)
            }
            guard found.comparison == .equal || found.comparison == .notEqual else {
                throw MeasureParser.Failure(message: "'none' can only be compared with == or !=", offset: rhsOffset, length: 4)
            }
            return Condition(measure: measure, subject: lhs, comparison: found.comparison, bound: nil, boundOffset: rhsOffset)
        }
        guard let bound = Double(rhs), ArgumentLexer.looksLikeNumber(rhs) else {
            throw MeasureParser.Failure(message: "expected a number after '\(found.comparison.rawValue)'",
                                        offset: rhsOffset, length: max(1, rhs.unicodeScalars.count))
        }
        return Condition(measure: try MeasureParser.parse(lhs), subject: lhs, comparison: found.comparison,
                         bound: bound, boundOffset: rhsOffset)
    }

    /// Whether `value` (nil for none) meets the bound. None equals none and nothing else, and
    /// is neither above nor below a number.
    public func holds(_ value: Double?) -> Bool {
        guard let value, let bound else {
            let same = (value == nil) == (bound == nil)
            return comparison == .equal ? same : comparison == .notEqual ? !same : false
        }
        return switch comparison {
        case .atLeast: value >= bound
        case .atMost: value <= bound
        case .greater: value > bound
        case .less: value < bound
        case .equal: value == bound
        case .notEqual: value != bound
        }
    }

    /// The bound as written back: a number, or `none`.
    public var boundText: String { bound.map(Formula.format) ?? "none" }

    public var description: String { "\(subject) \(comparison.rawValue) \(boundText)" }
}
