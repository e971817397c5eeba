/// A step as a class reads it: the event type's description and who played each part,
/// rather than the command that applied it.
///
///     StepWording.words(for: step, catalog: world.catalog, seeds: world.seeds)   // an `apply summit between=US,RU …` step
///     // "A meeting (or call) of heads of state, who can commit their governments
///     //  (between: United States and Russia; topics: all issues; turns: 1; uptake: 0.1)"
///
/// Worded from the step's typed ``Move``, never its command text: every role (actor
/// parameter) is named, defaults included, and any other argument that differs from the
/// catalog's default, in the catalog's order. Actor and issue ids become their names; a list
/// of every issue reads "all issues". A step that is not an event (`advance`, `turns`) keeps
/// its own summary, which is already words.
enum StepWording {
    static func words(for step: Step, catalog: EventCatalog, seeds: Seeds) -> String {
        guard case .apply(let event, let arguments) = step.move, let type = catalog.type(named: event) else {
            return sentence(step.summary)
        }
        var description = type.description
        while description.hasSuffix(".") { description.removeLast() }
        let parts: [String] = type.parameters.compactMap { parameter in
            guard let value = arguments[parameter.name] else { return nil }
            let isRole = parameter.kind == .actor || parameter.kind == .actors
            guard isRole || value != parameter.defaultValue else { return nil }
            return "\(parameter.name): \(read(value, kind: parameter.kind, seeds: seeds))"
        }
        return parts.isEmpty ? description : description + " (" + parts.joined(separator: "; ") + ")"
    }

    private static func read(_ value: EventArgument, kind: Parameter.Kind, seeds: Seeds) -> String {
        switch (value, kind) {
        case (.ids(let ids), .actor), (.ids(let ids), .actors):
            return list(ids.map { seeds.actor(named: $0)?.name ?? $0 })
        case (.ids(let ids), .issue), (.ids(let ids), .issues):
            if ids.count > 1, Set(ids) == Set(seeds.issues.map(\.id)) { return "all issues" }
            return list(ids.map { seeds.issue(named: $0)?.name.lowercased() ?? $0 })
        case (.number(let days), .days):
            return "\(Formula.format(days)) days"
        default:
            return value.description
        }
    }

    /// "A", "A and B", "A, B and C".
    static func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    /// The text with a capital first letter.
    static func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
