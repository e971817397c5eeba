extension CommandSpec {
    /// `advance DURATION`: move the clock; scheduled events fire.
    static let advance = CommandSpec(
        name: "advance",
        usage: "advance DURATION|DATE [--documented]",
        summary: "move the clock; scheduled events fire; --documented replays the timeline",
        discussion: "Moves the branch's date forward by a duration (30d, 8w) or to a date. Each scheduled event that falls due fires in date order, unless its condition then holds, in which case it is skipped and the timeline says so. With --documented, the documented events of seeds/timeline.yaml dated after the branch's date and up to the new one are applied too, each on its own date with the timeline's arguments (the catalog's defaults for the rest), scheduled events firing in between: a hindcast replays the record instead of retyping it.",
        examples: ["advance 50d", "advance 8w", "advance 2025-09-01", "advance 2025-07-23 --documented"],
        arguments: .lexed(ArgumentRules(positional: ["DURATION"], required: 1, flags: ["documented"])),
        recording: .always
    ) { interpreter, call in
        let (world, branch) = try interpreter.requireBranch(call)
        let argument = call.positionals[0]
        let scenario = branch.scenario
        let reader = MoveReader(world: world, scenario: scenario)
        let target = try reader.advanceTarget(call)
        let move = try reader.advance(call)
        let parts: [Move] = if case .sequence(let parts) = move { parts } else { [move] }
        // The documented events the applied parts come from, in order, to name them.
        let documented = call.hasFlag("documented") ? DocumentedEvents.between(scenario.date, and: target, in: world.seeds) : []
        var events = documented.makeIterator()
        let step = branch.steps.count + 1
        var text = ""
        var summary = "advance to \(target)"
        var now = scenario
        func report(_ advance: MoveOutcome) {
            if !advance.recovery.isEmpty { text += ChangeList.render(advance.recovery) }
            for firing in advance.firings {
                if firing.fired {
                    text += "  \(firing.event.date): \(firing.event.type) fired (scheduled by \(firing.event.origin))\n"
                    text += ChangeList.render(firing.trace)
                    summary += "; \(firing.event.type) fired"
                } else {
                    text += "  \(firing.event.date): \(firing.event.type) skipped: \(firing.event.conditionText ?? "") held\n"
                    summary += "; \(firing.event.type) skipped"
                }
            }
        }
        var trace: [TraceEntry] = []
        do throws(EventApplier.Failure) {
            // Each part performed as a replay performs it, so the text shows what the step's move does.
            for (index, part) in parts.enumerated() {
                if index == parts.count - 1, call.hasFlag("documented") {
                    summary += "; \(documented.count) documented event\(documented.count == 1 ? "" : "s")"
                }
                let outcome = try now.performing(part, catalog: world.catalog, step: step)
                now = outcome.scenario
                trace += outcome.trace
                if case .apply(let id, _) = part, let event = events.next(), let type = world.catalog.type(named: id) {
                    text += "  \(event.date): \(event.id) (\(type.id), CAMEO \(event.cameo ?? type.cameo)), documented\n"
                    text += ChangeList.render(outcome.trace)
                } else {
                    report(outcome)
                }
            }
        } catch {
            throw call.error("cannot advance: \(error.message)", at: argument)
        }
        text = "\(now.date)  clock moved from \(scenario.date)\n" + text
        // One step whose move replays the same parts (the documented events resolved now).
        interpreter.record(Step(move: move, command: call.scriptText, summary: summary, after: now, trace: trace))
        interpreter.console.write(text)
    }
}
