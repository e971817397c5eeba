/// A small arithmetic formula from the event catalog, such as `0.08 * severity` or
/// `moved(target, ceasefire) >= 10`.
///
///     let e = try Formula.parse("1 - 0.1 * severity")
///     try e.evaluate(in: FormulaScope(numbers: ["severity": 0.5]))  // 0.95
///
/// Magnitudes live in data so an analyst can recalibrate without recompiling; this language
/// is the least that needs: numbers, parameter names, + − × ÷, comparisons, `and`, `or`,
/// and a few functions.
public indirect enum Formula: Sendable, Hashable, Codable, CustomStringConvertible {
    case number(Double)
    case name(String, offset: Int)
    case negate(Formula)
    case binary(Operator, Formula, Formula)
    case call(String, [Formula], offset: Int)

    public enum Operator: String, Sendable, Hashable, Codable {
        case add = "+", subtract = "-", multiply = "*", divide = "/"
        case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">=", equal = "==", notEqual = "!="
        case and, or

        var isComparison: Bool {
            switch self {
            case .less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual: return true
            default: return false
            }
        }
    }

    public var description: String {
        switch self {
        case .number(let value): return Self.format(value)
        case .name(let name, _): return name
        case .negate(let inner): return "-\(inner.parenthesised)"
        case .binary(let op, let lhs, let rhs): return "\(lhs.parenthesised) \(op.rawValue) \(rhs.parenthesised)"
        case .call(let name, let arguments, _): return "\(name)(\(arguments.map(\.description).joined(separator: ", ")))"
        }
    }

    private var parenthesised: String {
        if case .binary = self { return "(\(description))" }
        return description
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// Every bare name the formula reads, with its offset, for checking against parameters.
    public var names: [(name: String, offset: Int)] {
        switch self {
        case .number: return []
        case .name(let name, let offset): return [(name, offset)]
        case .negate(let inner): return inner.names
        case .binary(_, let lhs, let rhs): return lhs.names + rhs.names
        case .call(_, let arguments, _): return arguments.flatMap(\.names)
        }
    }

    /// Every function the formula calls, with its offset.
    public var calls: [(name: String, arity: Int, offset: Int)] {
        switch self {
        case .number, .name: return []
        case .negate(let inner): return inner.calls
        case .binary(_, let lhs, let rhs): return lhs.calls + rhs.calls
        case .call(let name, let arguments, let offset): return [(name, arguments.count, offset)] + arguments.flatMap(\.calls)
        }
    }
}
