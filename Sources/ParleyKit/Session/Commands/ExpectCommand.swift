extension CommandSpec {
    /// `expect EXPR`: an assertion for scripts.
    static let expect = CommandSpec(
        name: "expect",
        usage: "expect EXPR",
        summary: "assert a stance, forecast or gap; failing exits 1",
        discussion: "Three forms, compared with <, <=, >, >=, == or !=: ACTOR.ISSUE (a position), forecast.ISSUE (the probability-weighted settlement) and gap(A,B).ISSUE (the distance between two actors' positions). Values are rounded to one decimal before comparing, as shown.",
        examples: ["expect RU.territory >= 80", "expect forecast.humanitarian > 60", "expect gap(RU,UA).ceasefire < 30"],
        arguments: .raw
    ) { interpreter, call in
        let expectation = try Expectation.parse(call)
        let (_, branch) = try interpreter.requireBranch(call)
        let actual = try expectation.measure(in: branch.scenario, interpreter: interpreter, call: call)
        let shown = Figures.points(actual)
        if expectation.holds(ChangeList.rounded(actual, 1)) {
            interpreter.console.write("ok: \(expectation.subject) is \(shown) \(expectation.op) \(Formula.format(expectation.bound))\n")
        } else {
            throw call.error("expect failed: \(expectation.subject) is \(shown), not \(expectation.op) \(Formula.format(expectation.bound))",
                             column: call.invocation.rawArgumentsColumn, length: call.text.unicodeScalars.count)
        }
    }
}

/// A parsed `expect` line: what to measure, how to compare, and against what.
struct Expectation {
    enum Subject {
        case position(actor: String, issue: String)
        case forecast(issue: String)
        case gap(String, String, issue: String)
    }

    var subjectKind: Subject
    var subject: String
    var op: String
    var bound: Double
    /// Columns of the parts, for errors.
    var columns: [Int]

    static let operators = [">=", "<=", "==", "!=", ">", "<"]

    static func parse(_ call: CommandCall) throws(Diagnostic) -> Expectation {
        let text = call.text
        let start = call.invocation.rawArgumentsColumn
        guard !text.isEmpty else {
            throw call.error("missing EXPR; usage: expect ACTOR.ISSUE >= N", column: call.invocation.line.unicodeScalars.count + 1)
        }
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
        guard let opRange else {
            throw call.error("expected a comparison (<, <=, >, >=, == or !=)", column: start, length: scalars.count)
        }
        let lhs = String(String.UnicodeScalarView(scalars[..<opRange.lowerBound])).trimmingBlanks()
        let rhs = String(String.UnicodeScalarView(scalars[opRange.upperBound...])).trimmingBlanks()
        let rhsColumn = start + opRange.upperBound + (scalars[opRange.upperBound...].prefix { $0 == " " || $0 == "\t" }.count)
        guard let bound = Double(rhs), ArgumentLexer.looksLikeNumber(rhs) else {
            throw call.error("expected a number after '\(String(String.UnicodeScalarView(scalars[opRange])))'",
                             column: rhsColumn, length: max(1, rhs.unicodeScalars.count))
        }
        let op = String(String.UnicodeScalarView(scalars[opRange]))
        let lower = lhs.lowercased()
        let subject: Subject
        if lower.hasPrefix("gap(") {
            guard let close = lhs.firstIndex(of: ")") else {
                throw call.error("gap needs two actors: gap(A,B).ISSUE", column: start, length: lhs.count)
            }
            let inside = lhs[lhs.index(lhs.startIndex, offsetBy: 4)..<close].split(separator: ",").map { $0.trimmingBlanks() }
            let rest = lhs[lhs.index(after: close)...]
            guard inside.count == 2, rest.hasPrefix("."), rest.count > 1 else {
                throw call.error("gap needs two actors and an issue: gap(A,B).ISSUE", column: start, length: lhs.count)
            }
            subject = .gap(inside[0], inside[1], issue: String(rest.dropFirst()))
        } else {
            let parts = lhs.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw call.error("expected ACTOR.ISSUE, forecast.ISSUE or gap(A,B).ISSUE", column: start, length: max(1, lhs.count))
            }
            subject = parts[0].lowercased() == "forecast" ? .forecast(issue: parts[1]) : .position(actor: parts[0], issue: parts[1])
        }
        return Expectation(subjectKind: subject, subject: lhs, op: op, bound: bound, columns: [start, rhsColumn])
    }

    func measure(in scenario: Scenario, interpreter: Interpreter, call: CommandCall) throws(Diagnostic) -> Double {
        func issueIndex(_ name: String) throws(Diagnostic) -> Int {
            scenario.issueIndex(try interpreter.resolveIssue(name, call, at: nil).id)!
        }
        func actorIndex(_ name: String) throws(Diagnostic) -> Int {
            scenario.actorIndex(try interpreter.resolveActor(name, call, at: nil).id)!
        }
        switch subjectKind {
        case .position(let actor, let issue):
            return scenario.position(actor: try actorIndex(actor), issue: try issueIndex(issue))
        case .forecast(let issue):
            return scenario.forecast(issue: try issueIndex(issue)).expected
        case .gap(let a, let b, let issue):
            let i = try issueIndex(issue)
            return abs(scenario.position(actor: try actorIndex(a), issue: i) - scenario.position(actor: try actorIndex(b), issue: i))
        }
    }

    func holds(_ value: Double) -> Bool {
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
