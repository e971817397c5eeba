extension CommandSpec {
    /// `expect EXPR`: an assertion for scripts.
    static let expect = CommandSpec(
        name: "expect",
        usage: "expect EXPR",
        summary: "assert a stance, forecast or gap; failing exits 1",
        discussion: "Forms, compared with <, <=, >, >=, == or !=: ACTOR.ISSUE (a position), forecast.ISSUE (the probability-weighted settlement), gap(A,B).ISSUE (the distance between two actors' positions), moved(A).ISSUE or moved(A) (how far the actor has moved since the branch began, on one issue or summed over all), drift(DATE) (the mean distance, over every stance, from the snapshot of that date; for hindcasts), and the settlement model's settle.ISSUE (the Nash point, or none when there is no deal space), settle.ISSUE.width (0 with no deal) and settle.package (the package's margin, or none). Values are rounded to one decimal before comparing, as shown.",
        examples: ["expect settle.ceasefire == none", "expect settle.humanitarian.width > 20", "expect RU.territory >= 80", "expect forecast.humanitarian > 60", "expect gap(RU,UA).ceasefire < 30", "expect moved(RU).territory < 2"],
        arguments: .raw
    ) { interpreter, call in
        let expectation = try Expectation.parse(call)
        let (_, branch) = try interpreter.requireBranch(call)
        let actual = try expectation.measureSettlement(in: branch, interpreter: interpreter, call: call)
            ?? .some(try expectation.measure(in: branch, interpreter: interpreter, call: call))
        let shown = actual.map(Figures.points) ?? "none"
        if expectation.holds(actual.map { Figures.rounded($0, 1) }) {
            interpreter.console.write("ok: \(expectation.subject) is \(shown) \(expectation.op) \(expectation.boundText)\n")
        } else {
            throw call.error("expect failed: \(expectation.subject) is \(shown), not \(expectation.op) \(expectation.boundText)",
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
        /// How far an actor moved since the branch began, on one issue or summed over all.
        case moved(String, issue: String?)
        /// Mean absolute distance, over every stance, between the branch now and a snapshot.
        case drift(String)
        /// The settlement model: an issue's Nash point, its deal space's width, or the package's margin.
        case settlement(SettlementMeasure)
    }

    var subjectKind: Subject
    var subject: String
    var op: String
    /// nil for `none`, which only settlement measures may be compared with.
    var bound: Double?
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
        let bound: Double?
        if rhs.lowercased() == "none" {
            bound = nil
        } else if let number = Double(rhs), ArgumentLexer.looksLikeNumber(rhs) {
            bound = number
        } else {
            throw call.error("expected a number after '\(String(String.UnicodeScalarView(scalars[opRange])))'",
                             column: rhsColumn, length: max(1, rhs.unicodeScalars.count))
        }
        let op = String(String.UnicodeScalarView(scalars[opRange]))
        let lower = lhs.lowercased()
        let subject: Subject
        if let measure = SettlementMeasure(parsing: lhs) {
            subject = .settlement(measure)
        } else if lower.hasPrefix("drift(") {
            guard lhs.hasSuffix(")") else {
                throw call.error("drift needs a snapshot date: drift(2025-06-03)", column: start, length: lhs.count)
            }
            subject = .drift(String(lhs.dropFirst(6).dropLast()).trimmingBlanks())
        } else if lower.hasPrefix("moved(") {
            guard let close = lhs.firstIndex(of: ")") else {
                throw call.error("moved needs an actor: moved(A) or moved(A).ISSUE", column: start, length: lhs.count)
            }
            let actor = lhs[lhs.index(lhs.startIndex, offsetBy: 6)..<close].trimmingBlanks()
            let rest = lhs[lhs.index(after: close)...]
            guard !actor.isEmpty, rest.isEmpty || (rest.hasPrefix(".") && rest.count > 1) else {
                throw call.error("moved needs an actor: moved(A) or moved(A).ISSUE", column: start, length: lhs.count)
            }
            subject = .moved(actor, issue: rest.isEmpty ? nil : String(rest.dropFirst()))
        } else if lower.hasPrefix("gap(") {
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
        if bound == nil {
            guard case .settlement = subject else {
                throw call.error("only settle.ISSUE, settle.ISSUE.width and settle.package can be none", column: rhsColumn, length: 4)
            }
            guard op == "==" || op == "!=" else {
                throw call.error("'none' can only be compared with == or !=", column: rhsColumn, length: 4)
            }
        }
        return Expectation(subjectKind: subject, subject: lhs, op: op, bound: bound, columns: [start, rhsColumn])
    }

    func measure(in branch: Branch, interpreter: Interpreter, call: CommandCall) throws(Diagnostic) -> Double {
        let scenario = branch.scenario
        func issueIndex(_ name: String) throws(Diagnostic) -> Int {
            scenario.issueIndex(try interpreter.resolveIssue(name, call, at: place(name, isIssue: true)).id)!
        }
        func actorIndex(_ name: String) throws(Diagnostic) -> Int {
            scenario.actorIndex(try interpreter.resolveActor(name, call, at: place(name, isIssue: false)).id)!
        }
        switch subjectKind {
        case .position(let actor, let issue):
            return scenario.position(actor: try actorIndex(actor), issue: try issueIndex(issue))
        case .forecast(let issue):
            return scenario.forecast(issue: try issueIndex(issue)).expected
        case .gap(let a, let b, let issue):
            let i = try issueIndex(issue)
            return abs(scenario.position(actor: try actorIndex(a), issue: i) - scenario.position(actor: try actorIndex(b), issue: i))
        case .moved(let actor, let issue):
            let a = try actorIndex(actor)
            let chosen = try issue.map { name throws(Diagnostic) in [try issueIndex(name)] } ?? Array(scenario.issues.indices)
            return chosen.reduce(0.0) { $0 + abs(scenario.position(actor: a, issue: $1) - branch.baseline.position(actor: a, issue: $1)) }
        case .settlement:
            return 0
        case .drift(let dateText):
            guard let world = interpreter.session.world, let date = CalendarDate(parsing: dateText),
                  let snapshot = world.seeds.snapshots.first(where: { $0.date == date }) else {
                throw call.error("no snapshot dated '\(dateText)'", column: columns[0], length: subject.count)
            }
            let target = world.scenario(at: snapshot)
            let total = zip(scenario.positions, target.positions).reduce(0.0) { $0 + abs($1.0 - $1.1) }
            return total / Double(max(1, scenario.positions.count))
        }
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
        guard case .settlement(let measure) = subjectKind else { return nil }
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
