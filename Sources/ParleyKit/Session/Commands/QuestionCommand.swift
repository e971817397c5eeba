extension CommandSpec {
    /// `question "CONDITION by DATE" [runs=N] [seed=S] [--json]`: a dated yes/no question.
    static let question = CommandSpec(
        name: "question",
        usage: "question \"CONDITION by DATE\" [runs=N] [seed=S] [--anytime] [--json]",
        summary: "ask a dated yes/no question; the Monte Carlo gives its probability",
        discussion: "Records the question with its probability: the share of Monte Carlo runs (runs=, 1000 by default; seed= as for simulate) in which the condition holds on the date. Each run draws its start as simulate does, replays the branch's steps, then advances to the date as 'advance' does (scheduled events fire on the way) and tests the condition there: on the date itself. With --anytime it counts a run whose condition holds at any point from the branch's date up to the date: now, after each scheduled event that falls due, and on the date (positions move only at events; the consensus and Nash points also drift with capability recovery between them, and are tested only at those moments). The condition is any 'expect' condition (\"RU.ceasefire <= 60 by 2025-09-01\", \"settle.humanitarian != none by 2025-09-01\"), or 'deal on ISSUE' (a deal space on the issue; 'package' for the core issues together) or 'no deal on ISSUE'. The date may not be before the branch's. 'questions' lists them, 'resolve N yes|no' scores one; 'undo' takes a question back like a step, and 'save' writes it as this command, so a saved script asks it again.",
        examples: ["question \"deal on humanitarian by 2025-09-01\"", "question \"RU.ceasefire <= 60 by 2025-09-01\" runs=2000",
                   "question \"no deal on ceasefire by 2025-10-01\" seed=7"],
        arguments: .lexed(ArgumentRules(positional: ["TEXT"], required: 1, variadic: true, keys: ["runs", "seed"], flags: ["json", "anytime"])),
        completion: .custom { _, _, partial in
            partial.hasPrefix("-") ? ["--anytime", "--json"].filter { $0.hasPrefix(partial) } : ["runs=", "seed="].filter { $0.hasPrefix(partial) }
        },
        recording: .always
    ) { interpreter, call in
        let (world, branch) = try interpreter.requireBranch(call)
        let asked = try interpreter.askedQuestion(call, world: world, branch: branch)
        let runs = try interpreter.questionRuns(call)
        let seed = try interpreter.questionSeed(call)
        var forecast = QuestionForecast(world: world, branch: branch, condition: asked.condition, date: asked.date,
                                        seed: seed, workers: interpreter.simulationWorkers ?? CPUAffinity.usableCount)
        forecast.anytime = call.hasFlag("anytime")
        let console = interpreter.console
        defer { console.progress("") }
        let holding: Int?
        do throws(MonteCarlo.Failure) {
            holding = try forecast.run(runs, isCancelled: console.isCancelled,
                                       progress: interpreter.progressLine("question", of: runs))
        } catch {
            throw call.error("run \(error.run + 1) could not replay '\(error.command)': \(error.reason.message)",
                             at: call.positionals[0])
        }
        console.progress("")
        guard let holding else {
            console.writeError("question stopped by Ctrl-C; nothing recorded.\n")
            throw Interpreter.AlreadyReported()
        }
        var question = Question(number: interpreter.session.questions.nextNumber, text: asked.text, condition: asked.condition,
                                date: asked.date, branch: branch.name, step: branch.steps.count, askedOn: branch.scenario.date,
                                seed: seed, runs: runs, holding: holding)
        question.anytime = forecast.anytime
        guard let recorded = interpreter.session.ask(question) else { return }
        if call.hasFlag("json") {
            console.write(QuestionJSON.render(recorded) + "\n")
            return
        }
        console.write(QuestionListing.answer(recorded))
        // The settlement model's own rule, said once: a conditional issue's deal counts only with the package's.
        if let issue = recorded.condition.measure.settlementIssue, let index = branch.scenario.issueIndex(issue),
           branch.scenario.settlement.isConditionalOnPackage(index) {
            console.write(HelpText.wrap("note: settlement.yaml makes a deal on \(issue) conditional on the package, so a run "
                + "counts one only when the package has a deal too", width: interpreter.tableWidth) + "\n")
        }
    }
}

extension Interpreter {
    /// A question read and checked against the world and the branch: its text, its condition
    /// with the world's ids, and its date. Errors sit inside the quoted text.
    func askedQuestion(_ call: CommandCall, world: World, branch: Branch) throws(Diagnostic)
        -> (text: String, condition: Condition, date: CalendarDate) {
        let argument = call.positionals[0]
        let value = argument.value!
        let text = value.text
        // Columns inside the text: just after the opening quote when quoted.
        var column = argument.column
        if case .string = value { column += 1 }
        if call.positionals.count > 1 {
            throw call.error("put the whole question in quotes: question \"deal on humanitarian by 2025-09-01\"",
                             at: call.positionals[1])
        }
        let parsed: QuestionText.Parsed
        do throws(MeasureParser.Failure) {
            parsed = try QuestionText.parse(text)
        } catch {
            throw call.invocation.error(error.message, column: column + error.offset, length: error.length)
        }
        var condition = parsed.condition
        do throws(MeasureError) {
            condition.measure = try condition.measure.resolved(in: world.seeds)
        } catch {
            let subjectColumn = column + parsed.conditionOffset
            switch error {
            case .unknownActor(let name, let known), .unknownIssue(let name, let known):
                let place = parsed.isFriendly
                    ? Argument(kind: .positional(.word(name)), column: subjectColumn, length: max(1, name.unicodeScalars.count))
                    : Self.place(name, in: condition.subject, column: subjectColumn, isIssue: { if case .unknownIssue = error { true } else { false } }())
                throw call.error(error.message, at: place, suggestion: Suggestion.closest(to: name, in: known))
            case .noSignatories(_, let written):
                let place = parsed.isFriendly
                    ? Argument(kind: .positional(.word(written)), column: subjectColumn, length: max(1, written.unicodeScalars.count))
                    : Self.place(written, in: condition.subject, column: subjectColumn, isIssue: false)
                throw call.error(error.message, at: place)
            case .noSnapshot, .noPackage:
                throw call.invocation.error(error.message, column: subjectColumn, length: max(1, condition.subject.unicodeScalars.count))
            }
        }
        guard parsed.date >= branch.scenario.date else {
            throw call.invocation.error("\(parsed.date) is before this branch's date, \(branch.scenario.date); a question looks ahead",
                                        column: column + parsed.dateOffset, length: 10)
        }
        return (text, condition, parsed.date)
    }

    /// `runs=N`, 1000 by default.
    func questionRuns(_ call: CommandCall) throws(Diagnostic) -> Int {
        guard let option = call.option("runs") else { return Self.defaultQuestionRuns }
        guard case .number(let value, _)? = option.value, value == value.rounded(),
              (1...Double(Self.maximumSimulationRuns)).contains(value) else {
            throw call.error("runs must be a whole number from 1 to \(Self.maximumSimulationRuns)", atValueOf: option)
        }
        return Int(value)
    }

    /// `seed=S`, else the session's `set seed`.
    func questionSeed(_ call: CommandCall) throws(Diagnostic) -> UInt64 {
        guard let option = call.option("seed") else { return session.settings.seed }
        guard case .number(_, let text)? = option.value, let parsed = UInt64(text) else {
            throw call.error("seed must be a whole number from 0 to 18446744073709551615", atValueOf: option)
        }
        return parsed
    }

    /// Enough for a probability to within about ±0.016 (one standard error at one half).
    public static let defaultQuestionRuns = 1000
}

extension Interpreter {
    /// `readings=equal|main` of `simulate`: how runs pick among contested seed values.
    func readingRule(_ option: Argument, _ call: CommandCall) throws(Diagnostic) -> ScenarioSampler.ReadingRule {
        let text = option.value?.text.lowercased() ?? ""
        guard let rule = ScenarioSampler.ReadingRule(rawValue: text) else {
            let names = ScenarioSampler.ReadingRule.allCases.map(\.rawValue)
            throw call.error("readings= takes \(names.joined(separator: " or ")), not '\(option.value?.text ?? "")'",
                             atValueOf: option, suggestion: Suggestion.closest(to: text, in: names))
        }
        return rule
    }
}

extension Interpreter {
    /// The progress line of a command made of many runs, `simulate: 40% (400 of 1000 runs); Ctrl-C stops`,
    /// redrawn only when the whole percentage changes: a terminal line, not a flood.
    func progressLine(_ command: String, of count: Int) -> (_ done: Int) -> Void {
        var shown = -1
        let console = console
        return { done in
            let percent = done * 100 / count
            guard percent != shown else { return }
            shown = percent
            console.progress("\(command): \(percent)% (\(done) of \(count) runs); Ctrl-C stops")
        }
    }
}
