/// Turns `key=value` options into an event type's typed arguments, defaults filled in.
///
///     apply sanctions by=EU,US severity=0.7   →   ["by": .ids(["EU","US"]), "target": .ids(["RU"]), …]
struct EventArgumentReader {
    var interpreter: Interpreter
    var call: CommandCall
    var type: EventType

    func read(_ options: [Argument]) throws(Diagnostic) -> [String: EventArgument] {
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

    private func read(_ value: ArgumentValue, for parameter: Parameter, at option: Argument) throws(Diagnostic) -> EventArgument {
        switch parameter.kind {
        case .actor, .issue:
            if case .list = value {
                throw call.error("\(parameter.name) takes one \(parameter.kind.rawValue), not a list", atValueOf: option)
            }
            return .ids([try name(value.text, parameter.kind, option)])
        case .actors, .issues:
            let items: [ArgumentValue] = if case .list(let list) = value { list } else { [value] }
            var ids: [String] = []
            for item in items {
                let id = try name(item.text, parameter.kind, option)
                if !ids.contains(id) { ids.append(id) }
            }
            return .ids(ids)
        case .event:
            guard let world = interpreter.session.world, let type = world.catalog.type(named: value.text) else {
                throw call.error("unknown event type '\(value.text)'", atValueOf: option,
                                 suggestion: interpreter.session.world.flatMap { Suggestion.closest(to: value.text, in: $0.catalog.allNames) })
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

    private func name(_ text: String, _ kind: Parameter.Kind, _ option: Argument) throws(Diagnostic) -> String {
        if kind == .actor || kind == .actors {
            return try interpreter.resolveActor(text, call, at: option).id
        }
        return try interpreter.resolveIssue(text, call, at: option).id
    }
}

extension CommandCall {
    func error(_ message: String, atValueOf argument: Argument, suggestion: String? = nil) -> Diagnostic {
        invocation.error(message, atValueOf: argument, suggestion: suggestion)
    }
}
