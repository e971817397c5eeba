/// Turns `key=value` options into an event type's typed arguments, defaults filled in.
///
///     apply sanctions by=EU,US severity=0.7   →   ["by": .ids(["EU","US"]), "target": .ids(["RU"]), …]
///
/// It reads against the world alone (no session), so `--resume` reads a journaled `apply`
/// into the same typed move the command makes.
struct EventArgumentReader {
    var world: World
    var call: CommandCall
    var type: EventType

    func read(_ options: [Argument]) throws(Diagnostic) -> [String: EventArgument] {
        let values = try readValues(options)
        try checkRoles(values, options)
        return values
    }

    private func readValues(_ options: [Argument]) throws(Diagnostic) -> [String: EventArgument] {
        var values: [String: EventArgument] = [:]
        for option in options {
            guard case .option(let key, let value) = option.kind else { continue }
            guard let parameter = type.parameter(named: key) else {
                throw call.error("'\(type.id)' has no parameter '\(key)'", at: option,
                                 suggestion: Suggestion.closest(to: key, in: type.parameters.map(\.name)))
            }
            values[parameter.name] = try read(value, for: parameter, at: option)
        }
        for parameter in type.parameters where values[parameter.name] == nil {
            guard let fallback = parameter.defaultValue else {
                throw call.error("'\(type.id)' needs \(parameter.name)=… (\(parameter.summary))",
                                 column: call.invocation.line.unicodeScalars.count + 1)
            }
            values[parameter.name] = fallback
        }
        return values
    }

    /// The id, when the parameter allows it.
    private func among(_ id: String, _ parameter: Parameter, _ option: Argument) throws(Diagnostic) -> String {
        guard let allowed = parameter.among, !allowed.contains(id) else { return id }
        throw call.error("\(parameter.name) is one of \(allowed.joined(separator: ", ")) for '\(type.id)', not \(id)", atValueOf: option,
                         suggestion: allowed.first.map { "\(parameter.name)=\($0)" })
    }

    private func read(_ value: ArgumentValue, for parameter: Parameter, at option: Argument) throws(Diagnostic) -> EventArgument {
        switch parameter.kind {
        case .actor, .issue:
            if case .list = value {
                throw call.error("\(parameter.name) takes one \(parameter.kind.rawValue), not a list", atValueOf: option)
            }
            return .ids([try among(name(value.text, parameter.kind, option), parameter, option)])
        case .actors, .issues:
            let items: [ArgumentValue] = if case .list(let list) = value { list } else { [value] }
            var ids: [String] = []
            for item in items {
                let id = try among(name(item.text, parameter.kind, option), parameter, option)
                guard !ids.contains(id) else {
                    throw call.error("\(parameter.name) names \(id) twice; each actor fills a role once", atValueOf: option,
                                     suggestion: "\(parameter.name)=\(ids.joined(separator: ","))")
                }
                ids.append(id)
            }
            return .ids(ids)
        case .event:
            guard let type = world.catalog.type(named: value.text) else {
                throw call.error("unknown event type '\(value.text)'", atValueOf: option,
                                 suggestion: Suggestion.closest(to: value.text, in: world.catalog.allNames))
            }
            return .ids([type.id])
        case .number, .days:
            let number: Double
            switch value {
            case .number(let n, _): number = n
            case .duration(let span) where parameter.kind == .days: number = Double(span.days)
            default:
                throw call.error("\(parameter.name) must be \(parameter.kind == .days ? "a number of days (e.g. 50d or 7w)" : "a number"), not \(value.kindName)",
                                 atValueOf: option)
            }
            if let range = parameter.range, !range.contains(number) {
                throw call.error("\(parameter.name) must be between \(Formula.format(range.lowerBound)) and \(Formula.format(range.upperBound))",
                                 atValueOf: option)
            }
            return .number(number)
        }
    }

    /// The type's role rules, and the rules every event obeys: an event parameter names
    /// another type, one that takes what this type passes it.
    private func checkRoles(_ values: [String: EventArgument], _ options: [Argument]) throws(Diagnostic) {
        func ids(_ name: String) -> [String] { if case .ids(let ids)? = values[name] { ids } else { [] } }
        func place(_ name: String) -> Argument? {
            options.first { if case .option(let key, _) = $0.kind { key.lowercased() == name } else { false } }
        }
        func error(_ message: String, at name: String, suggestion: String?) -> Diagnostic {
            if let option = place(name) { return call.error(message, atValueOf: option, suggestion: suggestion) }
            return call.invocation.error(message + " (\(name)=\(ids(name).joined(separator: ",")) by default)",
                                         column: call.invocation.line.unicodeScalars.count + 1, suggestion: suggestion)
        }
        let actors = world.seeds.actors.map(\.id)
        for rule in type.roles {
            switch rule.kind {
            case .distinct(let names):
                for (offset, first) in names.enumerated() {
                    for second in names.dropFirst(offset + 1) {
                        let shared = ids(first).filter(ids(second).contains)
                        guard let actor = shared.first else { continue }
                        // Point at the role the analyst typed last; suggest an actor not already used.
                        let blamed = place(second) != nil ? second : first
                        let rest = ids(blamed).filter { $0 != actor }
                        var replacement = rest
                        if rest.isEmpty {
                            // The role's default when it clashes with nothing, else the first actor that is free.
                            let fallback: [String] = if case .ids(let d)? = type.parameter(named: blamed)?.defaultValue { d } else { [] }
                            let clashes = names.filter { $0 != blamed }.flatMap(ids)
                            replacement = !fallback.isEmpty && fallback.allSatisfy({ !clashes.contains($0) }) ? fallback
                                : actors.first { !clashes.contains($0) }.map { [$0] } ?? []
                        }
                        let untyped = [first, second].filter { place($0) == nil && $0 != blamed }
                        let note = untyped.map { " (\($0)=\(ids($0).joined(separator: ",")) by default)" }.joined()
                        throw error("\(first) and \(second) both name \(actor)\(note): \(rule.why)", at: blamed,
                                    suggestion: replacement.isEmpty ? nil : "\(blamed)=\(replacement.joined(separator: ","))")
                    }
                }
            case .least(let count, let name):
                guard ids(name).count < count else { continue }
                let example = (ids(name) + actors.filter { !ids(name).contains($0) }).prefix(count).joined(separator: ",")
                throw error("\(name) names \(ids(name).count) actor\(ids(name).count == 1 ? "" : "s"); it needs at least \(count): \(rule.why)",
                            at: name, suggestion: "\(name)=\(example)")
            case .only(let allowed, let names):
                for name in names {
                    guard let outsider = ids(name).first(where: { !allowed.contains($0) }) else { continue }
                    // Keep the allowed actors typed, then fill with allowed ones no other role holds.
                    let kept = ids(name).filter(allowed.contains)
                    let free = allowed.filter { id in !kept.contains(id) && !names.filter { $0 != name }.flatMap(ids).contains(id) }
                    let replacement = kept + free.prefix(max(0, ids(name).count - kept.count))
                    throw error("\(name) names \(outsider), but only \(allowed.joined(separator: " or ")) may take this role: \(rule.why)",
                                at: name, suggestion: replacement.isEmpty ? nil : "\(name)=\(replacement.joined(separator: ","))")
                }
            }
        }
        let catalog = world.catalog
        for effect in type.effects {
            guard case .schedule(let event, _, _, let passed) = effect.kind, type.parameter(named: event) != nil,
                  let id = ids(event).first, let scheduled = catalog.type(named: id) else { continue }
            let takers = catalog.types.filter { candidate in
                candidate.id != type.id && passed.keys.allSatisfy { candidate.parameter(named: $0) != nil }
            }.map(\.id)
            if scheduled.id == type.id {
                throw error("\(event) cannot be '\(type.id)' itself", at: event, suggestion: takers.first.map { "\(event)=\($0)" })
            }
            let missing = passed.keys.sorted().filter { scheduled.parameter(named: $0) == nil }
            if !missing.isEmpty {
                throw error("\(event) '\(scheduled.id)' takes no \(missing.joined(separator: ", ")), which '\(type.id)' passes to it",
                            at: event, suggestion: takers.first.map { "\(event)=\($0)" })
            }
        }
    }

    private func name(_ text: String, _ kind: Parameter.Kind, _ option: Argument) throws(Diagnostic) -> String {
        if kind == .actor || kind == .actors {
            return try world.resolveActor(text, call, at: option).id
        }
        return try world.resolveIssue(text, call, at: option).id
    }
}

extension CommandCall {
    func error(_ message: String, atValueOf argument: Argument, suggestion: String? = nil) -> Diagnostic {
        invocation.error(message, atValueOf: argument, suggestion: suggestion)
    }
}
