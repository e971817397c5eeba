extension CommandSpec {
    /// `sensitivity TARGET [--global] [--json]`: which inputs move a measure most.
    static let sensitivity = CommandSpec(
        name: "sensitivity",
        usage: "sensitivity TARGET [top=N] [--global [r=N] [levels=P] [seed=S]] [--json]",
        summary: "which inputs move a forecast, stance or gap most (tornado)",
        discussion: "TARGET is a measure of the expect language: forecast.ISSUE, ACTOR.ISSUE, gap(A,B).ISSUE, moved(A).ISSUE, drift(DATE), and the settlement model's settle.ISSUE, settle.ISSUE.width, settle.package, deal.ISSUE and deal.package (a value may be none: no deal space). Each input goes across its range while the others stay as seeded, and the branch is replayed from its start each time (every core; the same answer on any number): every starting position across its seed ±, every salience and capability ±10% (the Monte Carlo's jitter, since the seeds give them no ±), every magnitude of the event types the branch applies ×0.5–1.5 (assumed), and the settlement model's structural choices: each signatory's own expectation of no deal against the facts on the ground, and each signatory's veto against a mere vote. The tornado chart ranks the inputs by how far the target swings (inputs that decide whether it has a value at all first), with the target at each end, and says whether the input is cited (grade and what the quote supports) or an estimate; a sentence names the input the result rests on most. top=N draws N rows (12). --global runs Morris's elementary-effects screening instead: r= trajectories (10) over every range at once, levels= grid levels (4), seed= (default 'set seed'); it reports μ* (how much an input matters), μ and σ (interaction or curvature) in points per whole range. --json lists every input that moves the target. A briefing shows the tornado of every issue's forecast and of each target run on the branch as it stands. Ctrl-C stops and keeps nothing. docs/MODEL.md, \"Sensitivity\", gives the rules.",
        examples: ["sensitivity forecast.territory", "sensitivity settle.ceasefire", "sensitivity gap(RU,UA).ceasefire top=20",
                   "sensitivity RU.territory --global r=20", "sensitivity forecast.ceasefire --json"],
        arguments: .lexed(ArgumentRules(positional: ["TARGET"], required: 1, keys: ["top", "r", "levels", "seed"],
                                        flags: ["global", "json"])),
        completion: .custom { session, before, partial in
            if partial.hasPrefix("-") { return ["--global", "--json"].filter { $0.hasPrefix(partial) } }
            if before.isEmpty { return SensitivityCompletion.targets(session, partial) }
            return ["top=", "r=", "levels=", "seed="].filter { $0.hasPrefix(partial) }
        },
        recording: .savedNotJournaled
    ) { interpreter, call in
        let (world, branch) = try interpreter.requireBranch(call)
        let target = try interpreter.sensitivityTarget(call.positionals[0], in: world, call)
        let global = call.hasFlag("global")
        for key in ["r", "levels", "seed"] where !global {
            if let option = call.option(key) { throw call.error("\(key)= belongs to --global (the Morris screening)", at: option) }
        }
        let top = try interpreter.wholeNumber("top", in: 1...1000, default: TornadoChart.defaultRows, call)
        let trajectories = try interpreter.wholeNumber("r", in: 1...1000, default: MorrisScreening.defaultTrajectories, call)
        let levels = try interpreter.wholeNumber("levels", in: 2...20, default: MorrisScreening.defaultLevels, call)
        var seed = interpreter.session.settings.seed
        if let option = call.option("seed") {
            guard case .number(_, let text) = option.value, let parsed = UInt64(text) else {
                throw call.error("seed must be a whole number from 0 to 18446744073709551615", atValueOf: option)
            }
            seed = parsed
        }
        let console = interpreter.console
        let workers = interpreter.simulationWorkers ?? CPUAffinity.usableCount
        var shown = -1
        let progress: (Int, Int) -> Void = { done, count in
            let percent = done * 100 / max(1, count)
            guard percent != shown else { return }
            shown = percent
            console.progress("sensitivity: \(percent)% (\(done) of \(count) replays); Ctrl-C stops")
        }
        defer { console.progress("") }
        var report: String?
        do throws(SensitivityFailure) {
            if global {
                let screening = MorrisScreening(world: world, branch: branch, target: target, trajectories: trajectories,
                                                levels: levels, seed: seed, workers: workers)
                if let result = try screening.run(isCancelled: console.isCancelled, progress: progress) {
                    report = call.hasFlag("json") ? SensitivityJSON.render(result, seeds: world.seeds)
                        : TornadoMorrisChart(result, seeds: world.seeds, width: interpreter.tableWidth, rows: top).render()
                }
            } else {
                let analysis = SensitivityAnalysis(world: world, branch: branch, targets: [target], workers: workers)
                if let result = try analysis.run(isCancelled: console.isCancelled, progress: progress)?.first {
                    let kept = interpreter.session.results.current(SensitivityResults.self, on: branch)
                    interpreter.session.keep(SensitivityResults.adding(result, to: kept))
                    report = call.hasFlag("json") ? SensitivityJSON.render(result, seeds: world.seeds)
                        : TornadoChart(result, seeds: world.seeds, width: interpreter.tableWidth, rows: top).render()
                }
            }
        } catch {
            throw call.error(error.message, at: call.positionals[0])
        }
        guard let report else { throw interpreter.sensitivityCancelled() }
        // Cleared before the report, which would otherwise start on the progress line.
        console.progress("")
        console.write(report)
    }
}

/// The one-at-a-time results of this branch as it stands, one per target, latest last: what a
/// briefing shows beside the headlines' tornadoes.
public struct SensitivityResults: Sendable {
    public var results: [SensitivityResult]

    static func adding(_ result: SensitivityResult, to kept: SensitivityResults?) -> SensitivityResults {
        SensitivityResults(results: (kept?.results ?? []).filter { $0.target.text != result.target.text } + [result])
    }
}

extension Interpreter {
    /// TARGET as a measure with the world's ids; errors sit on the name or the text.
    func sensitivityTarget(_ argument: Argument, in world: World, _ call: CommandCall) throws(Diagnostic) -> SensitivityTarget {
        let text = argument.value?.text.trimmingBlanks() ?? ""
        // A quoted TARGET starts one column after its quote.
        let column = argument.column + (argument.length > text.unicodeScalars.count ? 1 : 0)
        if let comparison = Condition.Comparison.allCases.first(where: { text.contains($0.rawValue) }) {
            throw call.error("TARGET is a measure, not a condition: leave out '\(comparison.rawValue)' and what follows", at: argument)
        }
        let measure: Measure
        do throws(MeasureParser.Failure) {
            measure = try MeasureParser.parse(text)
        } catch {
            throw call.error(error.message, column: column + error.offset, length: error.length)
        }
        do throws(MeasureError) {
            return SensitivityTarget(measure: try measure.resolved(in: world.seeds), text: text)
        } catch {
            switch error {
            case .unknownActor(let name, let known), .unknownIssue(let name, let known):
                let isIssue = if case .unknownIssue = error { true } else { false }
                throw call.error(error.message, at: Self.place(name, in: text, column: column, isIssue: isIssue),
                                 suggestion: Suggestion.closest(to: name, in: known))
            case .noSignatories(_, let written):
                throw call.error(error.message, at: Self.place(written, in: text, column: column, isIssue: true))
            case .noSnapshot, .noPackage:
                throw call.error(error.message, at: argument)
            }
        }
    }

    /// A `key=N` option that must be a whole number in `range`.
    func wholeNumber(_ key: String, in range: ClosedRange<Int>, default value: Int, _ call: CommandCall) throws(Diagnostic) -> Int {
        guard let option = call.option(key) else { return value }
        guard case .number(let number, _) = option.value, number == number.rounded(),
              Double(range.lowerBound) <= number, number <= Double(range.upperBound) else {
            throw call.error("\(key) must be a whole number from \(range.lowerBound) to \(range.upperBound)", atValueOf: option)
        }
        return Int(number)
    }

    func sensitivityCancelled() -> AlreadyReported {
        console.progress("")
        // Ctrl-C is the user's choice, not a mistake in the line: no caret.
        console.writeError("sensitivity stopped by Ctrl-C; no result kept.\n")
        return AlreadyReported()
    }
}

/// What TAB offers for TARGET: the measure forms with the world's names.
enum SensitivityCompletion {
    static func targets(_ session: Session, _ partial: String) -> [String] {
        guard let seeds = session.world?.seeds else { return [] }
        let issues = seeds.issues.map(\.id)
        let signed = seeds.settlement.map { settlement in issues.filter { !(settlement.signatories[$0] ?? []).isEmpty } } ?? []
        var words = issues.map { "forecast.\($0)" } + signed.flatMap { ["settle.\($0)", "deal.\($0)"] }
        if seeds.settlement.map({ !$0.package.isEmpty }) == true { words += ["settle.package", "deal.package"] }
        for actor in seeds.actors.map(\.id) { words += issues.map { "\(actor).\($0)" } }
        words.append("gap(")
        return words.filter { $0.lowercased().hasPrefix(partial.lowercased()) }
    }
}

extension Interpreter {
    /// The tornadoes a briefing shows: every issue's coalition consensus (the headline
    /// `expect forecast.ISSUE` tests), then each other target `sensitivity` ran on this branch
    /// as it stands; one replay per input setting reads them all.
    func briefingSensitivity(_ world: World, _ branch: Branch, _ call: CommandCall) throws -> [SensitivityResult] {
        let headlines = branch.scenario.issues.map { SensitivityTarget(measure: .consensus(issue: $0), text: "forecast.\($0)") }
        let kept = (session.results.current(SensitivityResults.self, on: branch)?.results ?? [])
            .filter { result in !headlines.contains { $0.measure == result.target.measure } }
        let analysis = SensitivityAnalysis(world: world, branch: branch, targets: headlines,
                                           workers: simulationWorkers ?? CPUAffinity.usableCount)
        let results: [SensitivityResult]?
        do throws(SensitivityFailure) {
            results = try analysis.run(isCancelled: console.isCancelled) { [console] done, count in
                console.progress("brief: the headlines' sensitivity, \(done * 100 / max(1, count))%; Ctrl-C stops")
            }
        } catch {
            console.progress("")
            throw call.error("cannot compute the briefing's tornadoes: \(error.message)")
        }
        console.progress("")
        guard let results else {
            console.writeError("brief stopped by Ctrl-C; nothing written.\n")
            throw AlreadyReported()
        }
        return results + kept
    }
}
