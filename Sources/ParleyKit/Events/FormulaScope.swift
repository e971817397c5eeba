/// What a formula can read when it is evaluated: numeric parameters and functions over
/// the scenario (`position(RU, territory)`).
///
///     FormulaScope(numbers: ["severity": 0.7])
public struct FormulaScope {
    /// What each name stands for: a number, or ids (an actor, an issue) passed to functions as
    /// text, joined by commas. An event's arguments are read as they are: building a table of
    /// numbers and one of texts for every event applied cost a search a tenth of its time.
    var names: [String: EventArgument]
    public var functions: [String: ([Argument]) throws(Formula.EvaluationError) -> Double]
    /// The functions over the scenario an event applies to (`position`, `gap`, …), when there is
    /// one; `functions` is looked at first.
    var scenarioFunctions: ScenarioFunctions?

    /// The number `name` stands for, if any.
    func number(_ name: String) -> Double? {
        if case .number(let value)? = names[name] { return value }
        return nil
    }

    /// The text `name` stands for when it is passed to a function, if any.
    func symbol(_ name: String) -> String? {
        if case .ids(let ids)? = names[name] { return ids.joined(separator: ",") }
        return nil
    }

    /// A function argument: a number, or a name resolved to its text when it stands for one.
    public enum Argument {
        case number(Double)
        case symbol(String)
    }

    /// Numbers and texts by name (a name given both is a number).
    public init(numbers: [String: Double] = [:], symbols: [String: String] = [:],
                functions: [String: ([Argument]) throws(Formula.EvaluationError) -> Double] = [:]) {
        names = symbols.mapValues { .ids([$0]) }.merging(numbers.mapValues { .number($0) }) { $1 }
        self.functions = functions
    }

    /// An event's arguments as the names of its formulas.
    init(arguments: [String: EventArgument]) {
        names = arguments
        functions = [:]
    }

    /// Functions every formula may use.
    static let builtins: Set<String> = ["min", "max", "clamp", "abs"]
}

extension Formula {
    /// Why a formula gave no number, with a code a caller can act on.
    public struct EvaluationError: Error, Sendable, Hashable {
        public enum Code: Sendable, Hashable {
            /// A bare name that is not a number here: the catalog is wrong.
            case unknownName
            /// A function nobody defines, or the wrong arguments for it: the catalog is wrong.
            case unknownFunction
            case wrongArguments
            /// The values at hand make the formula undefined.
            case divisionByZero
            /// A name given to a scenario function is not an actor or issue of this scenario.
            case notInScenario
        }

        public var code: Code
        public var message: String
        public init(_ code: Code, _ message: String) {
            self.code = code
            self.message = message
        }
    }

    /// Evaluates to a number; comparisons and `and`/`or` give 1 for true and 0 for false.
    public func evaluate(in scope: FormulaScope) throws(EvaluationError) -> Double {
        switch self {
        case .number(let value):
            return value
        case .name(let name, _):
            guard let value = scope.number(name) else { throw EvaluationError(.unknownName, "'\(name)' is not a number here") }
            return value
        case .negate(let inner):
            return -(try inner.evaluate(in: scope))
        case .binary(let op, let lhs, let rhs):
            let a = try lhs.evaluate(in: scope)
            if op == .and, a == 0 { return 0 }
            if op == .or, a != 0 { return 1 }
            let b = try rhs.evaluate(in: scope)
            switch op {
            case .add: return a + b
            case .subtract: return a - b
            case .multiply: return a * b
            case .divide:
                guard b != 0 else { throw EvaluationError(.divisionByZero, "division by zero in '\(description)'") }
                return a / b
            case .less: return a < b ? 1 : 0
            case .lessOrEqual: return a <= b ? 1 : 0
            case .greater: return a > b ? 1 : 0
            case .greaterOrEqual: return a >= b ? 1 : 0
            case .equal: return a == b ? 1 : 0
            case .notEqual: return a != b ? 1 : 0
            case .and, .or: return b != 0 ? 1 : 0
            }
        case .call(let name, let arguments, _):
            if FormulaScope.builtins.contains(name) {
                var values: [Double] = []
                for argument in arguments { values.append(try argument.evaluate(in: scope)) }
                return try Self.builtin(name, values)
            }
            let function = scope.functions[name]
            guard function != nil || scope.scenarioFunctions?.defines(name) == true else {
                throw EvaluationError(.unknownFunction, "unknown function '\(name)'")
            }
            var values: [FormulaScope.Argument] = []
            for argument in arguments {
                if case .name(let symbol, _) = argument, scope.number(symbol) == nil {
                    values.append(.symbol(scope.symbol(symbol) ?? symbol))
                } else {
                    values.append(.number(try argument.evaluate(in: scope)))
                }
            }
            if let function { return try function(values) }
            return try scope.scenarioFunctions!.call(name, values)
        }
    }

    static func builtin(_ name: String, _ values: [Double]) throws(EvaluationError) -> Double {
        switch (name, values.count) {
        case ("min", 1...): return values.min()!
        case ("max", 1...): return values.max()!
        case ("abs", 1): return abs(values[0])
        case ("clamp", 3): return Swift.min(Swift.max(values[0], values[1]), values[2])
        default: throw EvaluationError(.wrongArguments, "'\(name)' cannot take \(values.count) argument\(values.count == 1 ? "" : "s")")
        }
    }
}
