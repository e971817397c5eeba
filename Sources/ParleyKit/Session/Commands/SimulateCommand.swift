import Foundation

extension CommandSpec {
    /// `simulate N [seed=S] [--json]`: Monte Carlo over the seeds' uncertainty.
    static let simulate = CommandSpec(
        name: "simulate",
        usage: "simulate N [seed=S] [measure=\"M\"] [--json]",
        summary: "Monte Carlo over the seeds' uncertainty",
        discussion: "Runs the current branch N times. Each run draws every position from the seeds' ± uncertainty (normal, standard deviation half the ±), jitters saliences and capabilities by up to 10%, then replays the branch's steps (the same moves) from that start. Prints, per actor and issue, the 10th, 50th and 90th percentile of the final position, and per issue the coalition consensus's percentiles with a histogram. measure= adds one measure of the expect language, read at the end of every run, with its percentiles; given as a condition (\"gap(RU,UA).ceasefire < 30\") it also counts the runs where it holds. The same seed gives the same result however many cores run it; seed= defaults to 'set seed'. Uses every core; Ctrl-C stops it and keeps nothing. docs/MODEL.md describes the sampling.",
        examples: ["simulate 1000", "simulate 10000 seed=7", "simulate 500 measure=\"RU.territory >= 80\"", "simulate 500 --json"],
        arguments: .lexed(ArgumentRules(positional: ["N"], required: 1, keys: ["seed", "measure"], flags: ["json"])),
        completion: .custom { _, _, partial in
            partial.hasPrefix("-") ? ["--json"].filter { $0.hasPrefix(partial) } : ["seed=", "measure="].filter { $0.hasPrefix(partial) }
        },
        recording: .savedNotJournaled
    ) { interpreter, call in
        let (world, branch) = try interpreter.requireBranch(call)
        let countArgument = call.positionals[0]
        guard case .number(let value, _) = countArgument.value!, value == value.rounded(),
              (1...Double(Interpreter.maximumSimulationRuns)).contains(value) else {
            throw call.error("N must be a whole number from 1 to \(Interpreter.maximumSimulationRuns)", at: countArgument)
        }
        let count = Int(value)
        var seed = interpreter.session.settings.seed
        if let option = call.option("seed") {
            guard case .number(_, let text) = option.value, let parsed = UInt64(text) else {
                throw call.error("seed must be a whole number from 0 to 18446744073709551615", at: option)
            }
            seed = parsed
        }
        var watched: (measure: Measure, condition: Condition?)?
        if let option = call.option("measure") {
            watched = try interpreter.measure(option, in: world, call)
        }
        var monteCarlo = MonteCarlo(world: world, branch: branch, seed: seed,
                                    workers: interpreter.simulationWorkers ?? CPUAffinity.usableCount)
        if let watched { monteCarlo.measures = [watched.measure] }
        let console = interpreter.console
        defer { console.progress("") }
        let result: SimulationResult?
        do throws(MonteCarlo.Failure) {
            // Redraw only when the whole percentage changes: a terminal line, not a flood.
            var shown = -1
            result = try monteCarlo.run(count, isCancelled: console.isCancelled) { done in
                let percent = done * 100 / count
                guard percent != shown else { return }
                shown = percent
                console.progress("simulate: \(percent)% (\(done) of \(count) runs); Ctrl-C stops")
            }
        } catch {
            throw call.error("run \(error.run + 1) could not replay '\(error.command)': \(error.reason.message)", at: countArgument)
        }
        // Cleared before the report, which would otherwise start on the progress line.
        console.progress("")
        guard var result else {
            // Ctrl-C is the user's choice, not a mistake in the line: no caret.
            console.writeError("simulate stopped by Ctrl-C; no result kept.\n")
            throw Interpreter.AlreadyReported()
        }
        if let watched { result.conditions = [watched.condition] }
        interpreter.session.keep(result)
        if call.hasFlag("json") {
            console.write(SimulationJSON.render(result))
        } else {
            console.write(SimulationReport.render(result, branch: branch.scenario))
        }
    }
}

extension Interpreter {
    /// Enough for tight percentiles; more is almost certainly a typo.
    public static let maximumSimulationRuns = 100_000
}

extension Interpreter {
    /// A `measure=` option: a measure, or a condition on one, resolved against the world.
    /// Errors sit on the option's value.
    func measure(_ option: Argument, in world: World, _ call: CommandCall) throws(Diagnostic) -> (measure: Measure, condition: Condition?) {
        let text = option.value?.text.trimmingBlanks() ?? ""
        guard !text.isEmpty else { throw call.error("measure= needs a measure such as RU.territory", atValueOf: option) }
        let parsed: (measure: Measure, condition: Condition?)
        do throws(MeasureParser.Failure) {
            let hasComparison = Condition.Comparison.allCases.contains { text.contains($0.rawValue) }
            if hasComparison {
                let condition = try Condition.parse(text)
                parsed = (condition.measure, condition)
            } else {
                parsed = (try MeasureParser.parse(text), nil)
            }
        } catch {
            throw call.error(error.message, atValueOf: option)
        }
        do throws(MeasureError) {
            return (try parsed.measure.resolved(in: world.seeds), parsed.condition)
        } catch {
            let suggestion: String? = switch error {
            case .unknownActor(let name, let known), .unknownIssue(let name, let known): Suggestion.closest(to: name, in: known)
            case .noSnapshot, .noSignatories, .noPackage: nil
            }
            throw call.error(error.message, atValueOf: option, suggestion: suggestion)
        }
    }
}
