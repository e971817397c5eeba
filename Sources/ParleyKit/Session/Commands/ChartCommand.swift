extension CommandSpec {
    /// `chart ISSUE`: positions across the branch's steps.
    static let chart = CommandSpec(
        name: "chart",
        usage: "chart ISSUE",
        summary: "every actor's position on an issue over time",
        discussion: "Draws, in braille, each actor's position (0–100) on one issue from the branch's baseline through each of its steps. The time axis has a tick per step, numbered as in the legend below it, which gives each step's date and what it did; a position holds until the step that moves it. Actors are named where their lines end, and the legend gives each one's first and last value. Colours only when 'set color' allows.",
        examples: ["chart territory", "chart humanitarian"],
        arguments: .lexed(ArgumentRules(positional: ["ISSUE"], required: 1)),
        completion: .custom { session, before, partial in
            before.isEmpty ? (session.world?.seeds.issues.map(\.id) ?? []).filter { $0.hasPrefix(partial.lowercased()) } : []
        }
    ) { interpreter, call in
        let (_, branch) = try interpreter.requireBranch(call)
        let argument = call.positionals[0]
        let issue = try interpreter.resolveIssue(argument.value!.text, call, at: argument)
        let scenarios = [branch.baseline] + branch.steps.map(\.after)
        let issueIndex = branch.baseline.issueIndex(issue.id)!
        let series = branch.baseline.actors.enumerated().map { actorIndex, actor in
            PositionChart.Series(actor: actor, values: scenarios.map { $0.position(actor: actorIndex, issue: issueIndex) })
        }
        let points = [PositionChart.Point(date: branch.baseline.date, label: "baseline (snapshot \(branch.snapshotDate))")]
            + branch.steps.map { PositionChart.Point(date: $0.after.date, label: $0.summary) }
        let steps = branch.steps.count
        let span = steps == 0 ? "the baseline; no steps yet" : "the baseline and after \(steps) step\(steps == 1 ? "" : "s")"
        let title = "\(issue.id) on branch \(branch.name): positions at \(span)\n"
            + "0 = \(issue.zero); 100 = \(issue.hundred)"
        let chart = PositionChart(title: title, series: series, points: points,
                                  width: interpreter.tableWidth, color: interpreter.usesColor)
        interpreter.console.write(chart.render())
    }
}
