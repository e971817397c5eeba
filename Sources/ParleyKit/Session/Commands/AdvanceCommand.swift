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
        let step = branch.steps.count + 1
        var text = ""
        var summary = "advance to \(target)"
        var moves: [Move] = []
        var now = scenario
        // Each part performed as it would be replayed, so the text shows what the step's move does.
        func perform(_ move: Move) throws(EventApplier.Failure) -> MoveOutcome {
            let outcome = try now.performing(move, catalog: world.catalog, step: step)
            now = outcome.scenario
            moves.append(move)
            return outcome
        }
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
            if call.hasFlag("documented") {
                let events = DocumentedEvents.between(scenario.date, and: target, in: world.seeds)
                for event in events {
                    let advanced = try perform(.advance(to: event.date))
                    trace += advanced.trace
                    report(advanced)
                    let (type, arguments): (EventType, [String: EventArgument])
                    do throws(Diagnostic) {
                        (type, arguments) = try DocumentedEvents.arguments(for: event, catalog: world.catalog, seeds: world.seeds)
                    } catch {
                        throw EventApplier.Failure(.unknownEventType, "documented event '\(event.id)': \(error.message)")
                    }
                    let applied = try perform(.apply(event: type.id, arguments: arguments))
                    trace += applied.trace
                    text += "  \(event.date): \(event.id) (\(type.id), CAMEO \(event.cameo ?? type.cameo)), documented\n"
                    text += ChangeList.render(applied.trace)
                }
                summary += "; \(events.count) documented event\(events.count == 1 ? "" : "s")"
            }
            let last = try perform(.advance(to: target))
            trace += last.trace
            report(last)
        } catch {
            throw call.error("cannot advance: \(error.message)", at: argument)
        }
        text = "\(now.date)  clock moved from \(scenario.date)\n" + text
        // One step whose move replays the same parts (the documented events resolved now).
        let move = moves.count == 1 ? moves[0] : .sequence(moves)
        interpreter.record(Step(move: move, command: call.scriptText, summary: summary, after: now, trace: trace))
        interpreter.console.write(text)
    }
}
