extension CommandSpec {
    /// `expect EXPR`: an assertion for scripts.
    static let expect = CommandSpec(
        name: "expect",
        usage: "expect EXPR",
        summary: "assert a stance, forecast or gap; failing exits 1",
        discussion: "Forms (the measure language simulate and the analyses share), compared with <, <=, >, >=, == or !=: ACTOR.ISSUE (a position), forecast.ISSUE or consensus.ISSUE (the coalition consensus: the probability-weighted position), gap(A,B).ISSUE (the distance between two actors' positions), moved(A).ISSUE or moved(A) (how far the actor has moved since the branch began, on one issue or summed over all), and drift(DATE) (the mean distance, over every stance, from the snapshot of that date; for hindcasts). The settlement model adds settle.ISSUE (the Nash point, or none when there is no deal space), settle.ISSUE.width (0 with no deal), settle.package (the package's margin, or none), and deal.ISSUE and deal.package (1 when a deal space exists, 0 when not). Only settle.ISSUE, settle.ISSUE.width and settle.package may be compared with none, and only with == or !=. Values are rounded to one decimal before comparing, as shown.",
        examples: ["expect settle.ceasefire == none", "expect settle.humanitarian.width > 20", "expect RU.territory >= 80", "expect forecast.humanitarian > 60", "expect gap(RU,UA).ceasefire < 30", "expect moved(RU).territory < 2"],
        arguments: .raw
    ) { interpreter, call in
        let condition = try interpreter.condition(call)
        let (world, branch) = try interpreter.requireBranch(call)
        let measure = try interpreter.resolve(condition, in: world, call)
        let actual: Double?
        do throws(MeasureError) {
            actual = try measure.value(in: MeasureScope(world: world, baseline: branch.baseline, scenario: branch.scenario))
        } catch {
            throw interpreter.diagnostic(error, condition: condition, call)
        }
        let shown = actual.map(Figures.points) ?? "none"
        let op = condition.comparison.rawValue
        if condition.holds(actual.map { Figures.rounded($0, 1) }) {
            interpreter.console.write("ok: \(condition.subject) is \(shown) \(op) \(condition.boundText)\n")
        } else {
            throw call.error("expect failed: \(condition.subject) is \(shown), not \(op) \(condition.boundText)",
                             column: call.invocation.rawArgumentsColumn, length: call.text.unicodeScalars.count)
        }
    }
}

/// Reading the measure language in a command's raw text, with errors placed on the text.
extension Interpreter {
    /// The `MEASURE OP NUMBER` (or `MEASURE OP none`) of a `.raw` command such as `expect`.
    func condition(_ call: CommandCall) throws(Diagnostic) -> Condition {
        let start = call.invocation.rawArgumentsColumn
        guard !call.text.isEmpty else {
            throw call.error("missing EXPR; usage: expect ACTOR.ISSUE >= N", column: call.invocation.line.unicodeScalars.count + 1)
        }
        do throws(MeasureParser.Failure) {
            return try Condition.parse(call.text)
        } catch {
            throw call.error(error.message, column: start + error.offset, length: error.length)
        }
    }

    /// The condition's measure with the world's ids, or an error on the name it does not know.
    func resolve(_ condition: Condition, in world: World, _ call: CommandCall) throws(Diagnostic) -> Measure {
        do throws(MeasureError) {
            return try condition.measure.resolved(in: world.seeds)
        } catch {
            throw diagnostic(error, condition: condition, call)
        }
    }

    /// A measure error as a diagnostic: an unknown name underlined where it stands in the
    /// subject, with a "did you mean"; an issue the settlement model does not cover on its
    /// name; a missing snapshot or package on the whole subject.
    func diagnostic(_ error: MeasureError, condition: Condition, _ call: CommandCall) -> Diagnostic {
        let start = call.invocation.rawArgumentsColumn
        switch error {
        case .unknownActor(let name, let known):
            return call.error(error.message, at: Self.place(name, in: condition.subject, column: start, isIssue: false),
                              suggestion: Suggestion.closest(to: name, in: known))
        case .unknownIssue(let name, let known):
            return call.error(error.message, at: Self.place(name, in: condition.subject, column: start, isIssue: true),
                              suggestion: Suggestion.closest(to: name, in: known))
        case .noSignatories(_, let written):
            return call.error(error.message, at: Self.place(written, in: condition.subject, column: start, isIssue: true))
        case .noSnapshot, .noPackage:
            return call.error(error.message, column: start, length: condition.subject.count)
        }
    }

    /// Where `name` stands in the subject, so an unknown name is underlined itself: an issue
    /// after the last '.', an actor at its first occurrence.
    static func place(_ name: String, in subject: String, column: Int, isIssue: Bool) -> Argument {
        let scalars = Array(subject.unicodeScalars)
        let target = Array(name.unicodeScalars)
        let from = isIssue ? (scalars.lastIndex(of: ".").map { $0 + 1 } ?? 0) : 0
        var offset = from
        while offset + target.count <= scalars.count, Array(scalars[offset..<offset + target.count]) != target {
            offset += 1
        }
        guard !target.isEmpty, offset + target.count <= scalars.count else {
            return Argument(kind: .positional(.word(name)), column: column, length: max(1, scalars.count))
        }
        return Argument(kind: .positional(.word(name)), column: column + offset, length: target.count)
    }
}
