import Foundation

extension CommandSpec {
    /// `simulate N [seed=S] [--json]`: Monte Carlo over the seeds' uncertainty.
    static let simulate = CommandSpec(
        name: "simulate",
        usage: "simulate N [seed=S] [--json]",
        summary: "Monte Carlo over the seeds' uncertainty",
        discussion: "Runs the current branch N times. Each run draws every position from the seeds' ± uncertainty (normal, standard deviation half the ±), jitters saliences and capabilities by up to 10%, then replays the branch's steps from that start with the same commands. Prints, per actor and issue, the 10th, 50th and 90th percentile of the final position, and per issue the forecast settlement's percentiles with a histogram. The same seed gives the same result however many cores run it; seed= defaults to 'set seed'. Uses every core; Ctrl-C stops it and keeps nothing. docs/MODEL.md describes the sampling.",
        examples: ["simulate 1000", "simulate 10000 seed=7", "simulate 500 --json"],
        arguments: .lexed(ArgumentRules(positional: ["N"], required: 1, keys: ["seed"], flags: ["json"])),
        completion: .custom { _, _, partial in
            partial.hasPrefix("-") ? ["--json"].filter { $0.hasPrefix(partial) } : ["seed="].filter { $0.hasPrefix(partial) }
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
        let monteCarlo = MonteCarlo(world: world, branch: branch, seed: seed,
                                    workers: interpreter.simulationWorkers ?? CPUAffinity.usableCount)
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
            let reason = error.message.split(separator: "\n").first.map(String.init) ?? "it failed"
            throw call.error("run \(error.run + 1) could not replay '\(error.command)': \(reason)", at: countArgument)
        }
        guard let result else {
            throw call.error("simulate interrupted; no result kept", at: countArgument)
        }
        interpreter.session.lastSimulation = result
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
