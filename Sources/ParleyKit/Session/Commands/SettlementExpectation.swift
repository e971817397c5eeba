/// An `expect` line on the settlement model's measures (`settle.ISSUE`, `settle.ISSUE.width`,
/// `settle.package`), which may be compared with `none` (no deal space).
///
///     try SettlementExpectation.check(call, interpreter)   // true when it handled the line
///
/// Every other measure goes through the shared measure language (``Measure``).
struct SettlementExpectation {
    var measure: SettlementMeasure
    var subject: String
    var op: String
    /// nil for `none`.
    var bound: Double?
    /// Columns of the subject and the bound, for errors.
    var columns: [Int]

    static let operators = [">=", "<=", "==", "!=", ">", "<"]

    /// Checks the line when its subject is a settlement measure; false when it is not one.
    static func check(_ call: CommandCall, _ interpreter: Interpreter) throws(Diagnostic) -> Bool {
        guard let expectation = try parse(call) else { return false }
        let (_, branch) = try interpreter.requireBranch(call)
        let actual = try expectation.measureSettlement(in: branch, interpreter: interpreter, call: call) ?? nil
        let shown = actual.map(Figures.points) ?? "none"
        if expectation.holds(actual.map { Figures.rounded($0, 1) }) {
            interpreter.console.write("ok: \(expectation.subject) is \(shown) \(expectation.op) \(expectation.boundText)\n")
        } else {
            throw call.error("expect failed: \(expectation.subject) is \(shown), not \(expectation.op) \(expectation.boundText)",
                             column: call.invocation.rawArgumentsColumn, length: call.text.unicodeScalars.count)
        }
        return true
    }

    /// The line split at its comparison; nil when the subject is not a settlement measure
    /// (and the bound is a number), so the measure language reads it.
    static func parse(_ call: CommandCall) throws(Diagnostic) -> SettlementExpectation? {
        let text = call.text
        let start = call.invocation.rawArgumentsColumn
        let scalars = Array(text.unicodeScalars)
        var opRange: Range<Int>?
        search: for index in scalars.indices {
            for op in operators {
                let opScalars = Array(op.unicodeScalars)
                if index + opScalars.count <= scalars.count, Array(scalars[index..<index + opScalars.count]) == opScalars {
                    opRange = index..<index + opScalars.count
                    break search
                }
            }
        }
        guard let opRange else { return nil }
        let lhs = String(String.UnicodeScalarView(scalars[..<opRange.lowerBound])).trimmingBlanks()
        let rhs = String(String.UnicodeScalarView(scalars[opRange.upperBound...])).trimmingBlanks()
        let rhsColumn = start + opRange.upperBound + (scalars[opRange.upperBound...].prefix { $0 == " " || $0 == "\t" }.count)
        let op = String(String.UnicodeScalarView(scalars[opRange]))
        let isNone = rhs.lowercased() == "none"
        guard let measure = SettlementMeasure(parsing: lhs) else {
            if isNone {
                throw call.error("only settle.ISSUE, settle.ISSUE.width and settle.package can be none", column: rhsColumn, length: 4)
            }
            return nil
        }
        let bound: Double?
        if isNone {
            guard op == "==" || op == "!=" else {
                throw call.error("'none' can only be compared with == or !=", column: rhsColumn, length: 4)
            }
            bound = nil
        } else if let number = Double(rhs), ArgumentLexer.looksLikeNumber(rhs) {
            bound = number
        } else {
            throw call.error("expected a number after '\(op)'", column: rhsColumn, length: max(1, rhs.unicodeScalars.count))
        }
        return SettlementExpectation(measure: measure, subject: lhs, op: op, bound: bound, columns: [start, rhsColumn])
    }

    /// Where `name` stands in the subject, so an unknown name is underlined itself: an issue
    /// after the last '.', an actor at its first occurrence.
    func place(_ name: String, isIssue: Bool) -> Argument {
        let scalars = Array(subject.unicodeScalars)
        let target = Array(name.unicodeScalars)
        let from = isIssue ? (scalars.lastIndex(of: ".").map { $0 + 1 } ?? 0) : 0
        var offset = from
        while offset + target.count <= scalars.count, Array(scalars[offset..<offset + target.count]) != target {
            offset += 1
        }
        guard !target.isEmpty, offset + target.count <= scalars.count else {
            return Argument(kind: .positional(.word(name)), column: columns[0], length: max(1, scalars.count))
        }
        return Argument(kind: .positional(.word(name)), column: columns[0] + offset, length: target.count)
    }

    /// The bound as written back: a number, or `none`.
    var boundText: String { bound.map(Formula.format) ?? "none" }

    /// A settlement measure's value (nil inside for no deal); nil outside for other subjects.
    func measureSettlement(in branch: Branch, interpreter: Interpreter, call: CommandCall) throws(Diagnostic) -> Double?? {
        let scenario = branch.scenario
        var issueIndex: Int?
        if let name = measure.issue {
            let issue = try interpreter.resolveIssue(name, call, at: place(name, isIssue: true))
            issueIndex = scenario.issueIndex(issue.id)!
            guard !scenario.settlement.signatories[issueIndex!].isEmpty else {
                throw call.error("\(issue.id) has no signatories in settlement.yaml", at: place(name, isIssue: true))
            }
        } else if scenario.settlePackage() == nil {
            throw call.error("settlement.yaml names no package of issues", column: columns[0], length: subject.count)
        }
        return .some(measure.value(in: scenario, issue: issueIndex))
    }

    /// Compares a measured value (nil for none) with the bound.
    func holds(_ measured: Double?) -> Bool {
        guard let value = measured, let bound else {
            let same = (measured == nil) == (bound == nil)
            return op == "==" ? same : op == "!=" ? !same : false
        }
        switch op {
        case ">=": return value >= bound
        case "<=": return value <= bound
        case ">": return value > bound
        case "<": return value < bound
        case "==": return value == bound
        default: return value != bound
        }
    }
}
