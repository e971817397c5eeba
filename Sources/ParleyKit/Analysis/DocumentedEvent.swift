/// A documented timeline event read as a catalog event with typed arguments, so the
/// back-test can fire the record without an analyst retyping it.
///
///     DocumentedEvent(event, catalog: world.catalog)?.arguments["participants"]  // .ids(["RU", "UA"])
///
/// The timeline's parameters describe what happened (`parties`, `host`, `deadline: 50d`,
/// `scale: major`); catalog parameters of the same name are passed through, `parties` become
/// a round's participants less its host or mediator, a memorandum's `between` its authors,
/// an ultimatum's `deadline`, `demand` and first `consequence` its days, issue and threat.
/// Strike scales given in words are coded once here (an assumption, not fitted): limited 0.25,
/// sustained 0.5, major 0.75, strategic 1. Everything else takes the catalog's default.
public struct DocumentedEvent: Sendable, Hashable {
    public var timeline: TimelineEvent
    public var type: EventType
    public var arguments: [String: ParameterValue]

    static let strikeScales: [String: Double] = ["limited": 0.25, "sustained": 0.5, "major": 0.75, "strategic": 1]

    public init?(_ event: TimelineEvent, catalog: EventCatalog) {
        guard let type = catalog.type(named: event.kind.rawValue) else { return nil }
        var given: [String: EventParameter.Value] = [:]
        for parameter in event.parameters { given[parameter.name] = parameter.value }
        func words(_ value: EventParameter.Value?) -> [String] {
            switch value {
            case .list(let items)?: return items
            case .text(let text)?: return [text]
            default: return []
            }
        }
        switch event.kind {
        case .round:
            let hosts = words(given["mediator"]) + words(given["host"])
            given["participants"] = .list(words(given["parties"]).filter { !hosts.contains($0) })
            if !hosts.isEmpty { given["mediator"] = .list(hosts) }
        case .memorandum:
            given["by"] = given["between"]
        case .ultimatum:
            given["days"] = given["deadline"]
            given["issue"] = given["demand"]
            given["demand"] = nil
            if let threat = words(given["consequence"]).first { given["threat"] = .text(threat) }
        case .strike:
            if case .text(let word)? = given["scale"] { given["scale"] = Self.strikeScales[word].map { .number($0) } }
        default:
            break
        }
        var arguments: [String: ParameterValue] = [:]
        for parameter in type.parameters {
            let value: ParameterValue? = switch (parameter.kind, given[parameter.name]) {
            case (.actor, let v?), (.actors, let v?), (.issue, let v?), (.issues, let v?), (.event, let v?):
                words(v).isEmpty ? nil : .ids(parameter.kind == .actor || parameter.kind == .issue || parameter.kind == .event ? [words(v)[0]] : words(v))
            case (.number, .number(let n)?):
                .number(n)
            case (.days, .text(let text)?):
                TimeSpan(parsing: text).map { .number(Double($0.days)) }
            case (.days, .number(let n)?):
                .number(n)
            default:
                nil
            }
            arguments[parameter.name] = value ?? parameter.defaultValue
        }
        guard arguments.count == type.parameters.count else { return nil }
        self.timeline = event
        self.type = type
        self.arguments = arguments
    }
}
