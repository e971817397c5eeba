extension CommandSpec {
    /// `advance DURATION`: move the clock; scheduled events fire.
    static let advance = CommandSpec(
        name: "advance",
        usage: "advance DURATION|DATE",
        summary: "move the clock; scheduled events fire",
        discussion: "Moves the branch's date forward by a duration (30d, 8w) or to a date. Each scheduled event that falls due fires in date order, unless its condition then holds, in which case it is skipped and the timeline says so.",
        examples: ["advance 50d", "advance 8w", "advance 2025-09-01"],
        arguments: .lexed(ArgumentRules(positional: ["DURATION"], required: 1)),
        recording: .always
    ) { interpreter, call in
        let (world, branch) = try interpreter.requireBranch(call)
        let argument = call.positionals[0]
        var scenario = branch.scenario
        let target: CalendarDate
        switch argument.value! {
        case .duration(let span):
            // Dates stop at 9999-12-31; going further would silently stop there.
            let last = CalendarDate(year: 9999, month: 12, day: 31)!
            guard span.days <= last.dayNumber - scenario.date.dayNumber else {
                throw call.error("\(span) after \(scenario.date) is past \(last), the last date parley handles", at: argument)
            }
            target = scenario.date.adding(days: span.days)
        case .date(let date):
            guard date >= scenario.date else {
                throw call.error("\(date) is before the branch's date \(scenario.date); the clock only moves forward", at: argument)
            }
            target = date
        default:
            throw call.error("expected a duration such as 30d or 8w, or a date", at: argument)
        }
        let applier = EventApplier(catalog: world.catalog, step: branch.steps.count + 1)
        let advance: EventApplier.Advance
        do throws(EventApplier.Failure) {
            advance = try applier.advance(&scenario, to: target)
        } catch {
            throw call.error("cannot advance: \(error.message)", at: argument)
        }
        var text = "\(scenario.date)  clock moved from \(branch.scenario.date)\n"
        var summary = "advance to \(scenario.date)"
        if !advance.recovery.isEmpty, !interpreter.console.discardsOutput { text += ChangeList.render(advance.recovery) }
        for firing in advance.firings {
            if firing.fired {
                text += "  \(firing.event.date): \(firing.event.type) fired (scheduled by \(firing.event.origin))\n"
                if !interpreter.console.discardsOutput { text += ChangeList.render(firing.trace) }
                summary += "; \(firing.event.type) fired"
            } else {
                text += "  \(firing.event.date): \(firing.event.type) skipped: \(firing.event.conditionText ?? "") held\n"
                summary += "; \(firing.event.type) skipped"
            }
        }
        interpreter.record(Step(command: call.scriptText, summary: summary, after: scenario,
                                trace: advance.trace))
        interpreter.console.write(text)
    }
}
