/// TAB completion of names and values: actors and issues by id or alias, `key=value`
/// parameters of an event (lists complete their last item), and setting values.
///
///     ValueCompletion.apply(session, ["sanctions"], "target=R")   // ["target=RU"]
///     ValueCompletion.names(["RU", "UA"], aliases: ["ukraine"], "ukr")   // ["ukraine"]
enum ValueCompletion {
    /// `apply EVENT key=value…`: the event, then its keys, then each key's values.
    static func apply(_ session: Session, _ before: [String], _ partial: String) -> [String] {
        guard let world = session.world else { return [] }
        let catalog = world.catalog
        if before.isEmpty { return catalog.types.map(\.id).filter { $0.hasPrefix(partial.lowercased()) } }
        guard let type = catalog.type(named: before[0]) else { return [] }
        if let equals = partial.firstIndex(of: "=") {
            let key = String(partial[..<equals])
            guard let parameter = type.parameters.first(where: { $0.name == key }) else { return [] }
            let value = String(partial[partial.index(after: equals)...])
            return values(for: parameter.kind, typed: value, session: session).map { key + "=" + $0 }
        }
        let given = Set(before.compactMap { $0.split(separator: "=").first.map(String.init) })
        return type.parameters.map(\.name).filter { !given.contains($0) && $0.hasPrefix(partial.lowercased()) }.map { $0 + "=" }
    }

    /// Values of one kind; a list (`US,R`) keeps what is typed before the last comma.
    static func values(for kind: Parameter.Kind, typed: String, session: Session) -> [String] {
        guard let world = session.world else { return [] }
        let seeds = world.seeds
        let isList = kind == .actors || kind == .issues
        let head = isList ? typed.lastIndex(of: ",").map { String(typed[...$0]) } ?? "" : ""
        let last = String(typed.dropFirst(head.count))
        let found: [String]
        switch kind {
        case .actor, .actors:
            found = names(seeds.actors.map(\.id), aliases: seeds.actors.flatMap(\.aliases), last)
        case .issue, .issues:
            found = names(seeds.issues.map(\.id), aliases: seeds.issues.flatMap(\.aliases), last)
        case .event:
            found = world.catalog.types.map(\.id).filter { $0.hasPrefix(last.lowercased()) }
        case .number, .days:
            found = []
        }
        return found.map { head + $0 }
    }

    /// Ids that start with `typed` (ignoring case); aliases only when no id does, so `ukr`
    /// finds `ukraine` but `R` offers `RU` and not `russia`.
    static func names(_ ids: [String], aliases: [String], _ typed: String) -> [String] {
        let lowered = typed.lowercased()
        let byId = ids.filter { $0.lowercased().hasPrefix(lowered) }
        if !byId.isEmpty || typed.isEmpty { return byId }
        return aliases.filter { $0.lowercased().hasPrefix(lowered) }
    }

    /// `set KEY VALUE`: the values a setting takes.
    static func setting(_ key: String, _ partial: String) -> [String] {
        let choices: [String] = switch key.lowercased() {
        case "color": ["auto", "on", "off"]
        case "pager": ["on", "off"]
        case "width": ["auto", "60", "80", "100"]
        default: []
        }
        return choices.filter { $0.hasPrefix(partial.lowercased()) }
    }
}
