/// A step as a class reads it: the event type's description and who played each part,
/// rather than the command that applied it.
///
///     StepWording.words(for: step, catalog: world.catalog, seeds: world.seeds)   // an `apply summit between=US,RU …` step
///     // "A meeting (or call) of heads of state, who can commit their governments
///     //  (between: United States and Russia; topics: all issues; turns: 1; uptake: 0.1)"
///
/// Actor and issue ids become their names; a list of every issue reads "all issues". A step
/// that is not an event (`advance`, `turns`) keeps its own summary, which is already words.
enum StepWording {
    static func words(for step: Step, catalog: EventCatalog, seeds: Seeds) -> String {
        guard let invocation = try? ScriptParser.parseLine(step.command, file: "<step>", lineNumber: 1),
              invocation.name == "apply",
              let arguments = try? invocation.lexArguments(),
              case .positional(let name)? = arguments.first?.kind,
              let type = catalog.type(named: name.text) else {
            return sentence(step.summary)
        }
        var description = type.description
        while description.hasSuffix(".") { description.removeLast() }
        let parts: [String] = arguments.dropFirst().compactMap { argument in
            guard case .option(let key, let value) = argument.kind else { return nil }
            let kind = type.parameters.first { $0.name == key }?.kind
            return "\(key): \(read(value.text, kind: kind, seeds: seeds))"
        }
        return parts.isEmpty ? description : description + " (" + parts.joined(separator: "; ") + ")"
    }

    private static func read(_ text: String, kind: Parameter.Kind?, seeds: Seeds) -> String {
        let items = text.split(separator: ",").map(String.init)
        switch kind {
        case .actor?, .actors?:
            return list(items.map { seeds.actor(named: $0)?.name ?? $0 })
        case .issue?, .issues?:
            let ids = items.compactMap { seeds.issue(named: $0)?.id }
            if ids.count > 1, Set(ids) == Set(seeds.issues.map(\.id)) { return "all issues" }
            return list(items.map { seeds.issue(named: $0)?.name.lowercased() ?? $0 })
        case .days?:
            return text.hasSuffix("d") ? String(text.dropLast()) + " days" : text
        default:
            return text
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
