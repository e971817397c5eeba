extension CommandSpec {
    /// `backtest`: score the engine against the later snapshots.
    static let backtest = CommandSpec(
        name: "backtest",
        usage: "backtest [--json]",
        summary: "score the engine from each snapshot to the next against persistence and drift",
        discussion: "From each snapshot of the loaded seeds to the next, fires the documented timeline (timeline.yaml) through the event catalog as it stands, then compares every stance with the later snapshot. Reports the mean absolute error beside two yardsticks that need no model, persistence (nothing changes) and naive drift (the previous window's trend carried on), over all stances and over those that changed, with how often the engine moved the right way. --json prints the same as one JSON object. Leaves the session as it was.",
        examples: ["backtest", "backtest --json"],
        arguments: .lexed(ArgumentRules(flags: ["json"]))
    ) { interpreter, call in
        let (world, _) = try interpreter.requireBranch(call)
        guard world.seeds.snapshots.count >= 2 else {
            throw call.error("the seeds have one snapshot; a back-test needs two or more")
        }
        let result: Backtest.Result
        do throws(Backtest.Failure) {
            result = try Backtest(world: world).run()
        } catch {
            throw call.error("cannot back-test: \(error.message)")
        }
        interpreter.console.write(call.hasFlag("json") ? BacktestJSON.render(result) : BacktestText.render(result, seeds: world.directory, width: interpreter.tableWidth))
    }
}
