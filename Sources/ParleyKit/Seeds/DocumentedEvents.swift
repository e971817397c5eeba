/// The timeline read against the event catalog: checked, turned into arguments, and replayed.
///
///     let problems = DocumentedEvents.check(seeds, catalog: catalog)   // located diagnostics
///     let (type, arguments) = try DocumentedEvents.arguments(for: event, catalog: catalog, seeds: seeds)
///
/// Every timeline event names a catalog type (`kind`) and gives that type's parameters; the
/// values must have the parameter's type and range, as `apply` would require. Parameters the
/// event leaves out take the catalog's defaults when it is replayed.
public enum DocumentedEvents {
    /// Every problem of every timeline event against `catalog`, in file order.
    public static func check(_ seeds: Seeds, catalog: EventCatalog) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for event in seeds.timeline {
            do throws(Diagnostic) {
                _ = try arguments(for: event, catalog: catalog, seeds: seeds, all: &problems)
            } catch {
                problems.append(error)
            }
        }
        return problems
    }

    /// The catalog type of `event` and its complete arguments (defaults filled in).
    ///
    /// - Throws: the first problem, as a diagnostic at its place in the timeline file.
    public static func arguments(for event: TimelineEvent, catalog: EventCatalog,
                                 seeds: Seeds) throws(Diagnostic) -> (EventType, [String: EventArgument]) {
        var problems: [Diagnostic] = []
        let result = try arguments(for: event, catalog: catalog, seeds: seeds, all: &problems)
        if let first = problems.first { throw first }
        return result
    }

    private static func arguments(for event: TimelineEvent, catalog: EventCatalog, seeds: Seeds,
                                  all problems: inout [Diagnostic]) throws(Diagnostic) -> (EventType, [String: EventArgument]) {
        guard let type = catalog.types.first(where: { $0.id == event.kind }) else {
            let message = "unknown event kind '\(event.kind)' (not a type in the event catalog)"
            let suggestion = catalog.type(named: event.kind)?.id ?? Suggestion.closest(to: event.kind, in: catalog.types.map(\.id))
            throw event.kindMark?.diagnostic(message, suggestion: suggestion) ?? Diagnostic(message)
        }
        var values: [String: EventArgument] = [:]
        for parameter in event.parameters {
            guard let declared = type.parameters.first(where: { $0.name == parameter.name }) else {
                let message = "event '\(event.id)': '\(type.id)' has no parameter '\(parameter.name)'"
                let suggestion = Suggestion.closest(to: parameter.name, in: type.parameters.map(\.name))
                problems.append(parameter.nameMark?.diagnostic(message, suggestion: suggestion) ?? Diagnostic(message))
                continue
            }
            do throws(Diagnostic) {
                values[declared.name] = try value(parameter, as: declared, type: type, event: event, catalog: catalog, seeds: seeds)
            } catch {
                problems.append(error)
            }
        }
        for parameter in type.parameters where values[parameter.name] == nil {
            guard let fallback = parameter.defaultValue else {
                let message = "event '\(event.id)': '\(type.id)' needs '\(parameter.name)' (\(parameter.summary))"
                problems.append(event.kindMark?.diagnostic(message) ?? Diagnostic(message))
                continue
            }
            values[parameter.name] = fallback
        }
        return (type, values)
    }

    /// One parameter's value read as the catalog types it.
    private static func value(_ parameter: EventParameter, as declared: Parameter, type: EventType, event: TimelineEvent,
                              catalog: EventCatalog, seeds: Seeds) throws(Diagnostic) -> EventArgument {
        let items: [String]
        switch parameter.value {
        case .list(let list): items = list
        case .text(let text): items = [text]
        case .number(let number): items = [SeedNumberFormat.format(number)]
        }
        func fail(_ message: String, at index: Int = 0, suggestion: String? = nil) -> Diagnostic {
            let mark = parameter.valueMarks.indices.contains(index) ? parameter.valueMarks[index] : parameter.nameMark
            let text = "event '\(event.id)': parameter '\(declared.name)' of '\(type.id)' \(message)"
            return mark?.diagnostic(text, suggestion: suggestion) ?? Diagnostic(text)
        }
        let kindName = declared.kind.rawValue
        switch declared.kind {
        case .actor, .actors, .issue, .issues, .event:
            if (declared.kind == .actor || declared.kind == .issue || declared.kind == .event), items.count != 1 {
                throw fail("takes one \(kindName), not a list")
            }
            if case .number = parameter.value { throw fail("must name \(kindName == "event" ? "an event type" : "an \(kindName)")") }
            var ids: [String] = []
            for (index, item) in items.enumerated() {
                switch declared.kind {
                case .actor, .actors:
                    guard seeds.actors.contains(where: { $0.id == item }) else {
                        throw fail("names unknown actor '\(item)'", at: index,
                                   suggestion: seeds.actor(named: item)?.id ?? Suggestion.closest(to: item, in: seeds.actors.map(\.id)))
                    }
                case .issue, .issues:
                    guard seeds.issues.contains(where: { $0.id == item }) else {
                        throw fail("names unknown issue '\(item)'", at: index,
                                   suggestion: seeds.issue(named: item)?.id ?? Suggestion.closest(to: item, in: seeds.issues.map(\.id)))
                    }
                default:
                    guard catalog.types.contains(where: { $0.id == item }) else {
                        throw fail("names unknown event type '\(item)'", at: index,
                                   suggestion: catalog.type(named: item)?.id ?? Suggestion.closest(to: item, in: catalog.types.map(\.id)))
                    }
                }
                if !ids.contains(item) { ids.append(item) }
            }
            return .ids(ids)
        case .number, .days:
            let number: Double
            switch parameter.value {
            case .number(let n): number = n
            case .text(let text) where declared.kind == .days:
                guard let span = TimeSpan(parsing: text) else { throw fail("must be a number of days (50 or 50d or 7w), not '\(text)'") }
                number = Double(span.days)
            case .text(let text): throw fail("must be a number, not '\(text)'")
            case .list: throw fail("must be \(declared.kind == .days ? "a number of days" : "a number"), not a list")
            }
            if declared.kind == .days, number != number.rounded() {
                throw fail("must be a whole number of days, not \(SeedNumberFormat.format(number))")
            }
            if let range = declared.range, !range.contains(number) {
                throw fail("must be between \(Formula.format(range.lowerBound)) and \(Formula.format(range.upperBound)), not \(SeedNumberFormat.format(number))")
            }
            return .number(number)
        }
    }

    /// Events still pending at a snapshot: what documented events before it scheduled for after it.
    ///
    ///     DocumentedEvents.pending(at: july, seeds: seeds, catalog: catalog, scenario: scenario)
    ///     // the sanctions the 14 July ultimatum threatens, due 2 September, unless Moscow moves
    ///
    /// Only the `schedule` effects of each earlier event are run: the snapshot already holds the
    /// event's other effects. The condition is judged against the snapshot's positions, the
    /// earliest the seeds know after the event.
    public static func pending(at snapshot: Snapshot, seeds: Seeds, catalog: EventCatalog,
                               scenario: Scenario) -> [ScheduledEvent] {
        var result: [ScheduledEvent] = []
        for event in seeds.timeline where event.date <= snapshot.date {
            guard let (type, arguments) = try? Self.arguments(for: event, catalog: catalog, seeds: seeds) else { continue }
            let schedules = type.effects.filter { if case .schedule = $0.kind { true } else { false } }
            guard !schedules.isEmpty else { continue }
            var only = type
            only.effects = schedules
            var probe = scenario
            probe.date = event.date
            probe.scheduled = []
            let applier = EventApplier(catalog: catalog, step: 0)
            guard (try? applier.apply(only, arguments: arguments, to: &probe)) != nil else { continue }
            result += probe.scheduled.filter { $0.date > snapshot.date }
        }
        return result
    }

    /// The documented events after `start` and on or before `end`, in timeline order.
    public static func between(_ start: CalendarDate, and end: CalendarDate, in seeds: Seeds) -> [TimelineEvent] {
        seeds.timeline.filter { $0.date > start && $0.date <= end }
    }
}
