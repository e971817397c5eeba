import Yams

/// Typed reads of YAML nodes, each reporting a placed diagnostic on failure.
extension CatalogReader {
    /// A mapping's fields by key, refusing keys outside `allowed` with a suggestion.
    func mapping(_ node: Node, allowed: [String], what: String) -> [String: Node]? {
        guard let fields = reader.fields(of: node, allowed: allowed, in: what) else { return nil }
        return Dictionary(fields.entries.map { ($0.key.text, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    func requiredText(_ fields: [String: Node], _ key: String, in node: Node) -> String? {
        guard let value = fields[key] else {
            reader.error("missing '\(key)'", at: node)
            return nil
        }
        return reader.text(value, named: key)
    }

    /// A lower-case name of letters, digits and hyphens.
    func requiredName(_ fields: [String: Node], _ key: String, in node: Node, what: String) -> String? {
        guard let name = requiredText(fields, key, in: node) else { return nil }
        guard name.unicodeScalars.first.map(ArgumentLexer.isLetter) == true,
              name.unicodeScalars.allSatisfy(ArgumentLexer.isNameScalar), name == name.lowercased() else {
            reader.error("\(what) \(key) '\(name)' must be lower-case letters, digits and hyphens", at: fields[key]!)
            return nil
        }
        return name
    }

    /// One name or a list of names.
    func stringList(_ node: Node, what: String) -> [String] {
        reader.textList(node, named: what)?.map(\.text) ?? []
    }

    func number(_ node: Node, in range: ClosedRange<Double>? = nil, what: String) -> Double? {
        guard let value = reader.number(node, named: what) else { return nil }
        if let range, !range.contains(value) {
            reader.error(
                "\(what) \(Formula.format(value)) is outside \(Formula.format(range.lowerBound))…\(Formula.format(range.upperBound))",
                at: node)
            return nil
        }
        return value
    }

    /// A formula whose names must be numeric parameters; conditions may also call
    /// scenario functions with actor and issue arguments.
    func formula(_ node: Node, scope: EffectScope, conditions: Bool = false) -> Formula? {
        guard case .scalar(let scalar) = node else {
            reader.record(file.diagnostic("expected a number or a formula", at: node))
            return nil
        }
        let mark = (line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        let quoteWidth = scalar.style == .singleQuoted || scalar.style == .doubleQuoted ? 1 : 0
        func place(_ offset: Int) -> (line: Int, column: Int) { (mark.line, mark.column + quoteWidth + offset) }
        let formula: Formula
        do throws(Formula.ParseError) {
            formula = try Formula.parse(scalar.string)
        } catch {
            let at = place(error.offset)
            reader.record(file.diagnostic(error.message, line: at.line, column: at.column))
            return nil
        }
        let numeric = Set(scope.parameters.filter { $0.kind == .number || $0.kind == .days }.map(\.name))
        let symbolic = Set(scope.parameters.filter { $0.kind != .number && $0.kind != .days }.map(\.name))
        for call in formula.calls {
            let at = place(call.offset)
            if FormulaScope.builtins.contains(call.name) { continue }
            guard conditions, let arity = Self.conditionFunctions[call.name] else {
                let known = FormulaScope.builtins.sorted() + (conditions ? Self.conditionFunctions.keys.sorted() : [])
                reader.record(file.diagnostic("unknown function '\(call.name)'", line: at.line, column: at.column,
                                                   length: call.name.count, suggestion: Suggestion.closest(to: call.name, in: known)))
                continue
            }
            if call.arity != arity {
                reader.record(file.diagnostic("'\(call.name)' takes \(arity) arguments (\(arity == 3 ? "two actors and an issue" : "actors and an issue"))",
                                                   line: at.line, column: at.column, length: call.name.count))
            }
        }
        let argumentNames = Self.symbolArguments(of: formula)
        for (name, offset) in formula.names where !numeric.contains(name) && !scope.dropped.contains(name) {
            if argumentNames.contains(name), symbolic.contains(name) || actors.contains(name) || issues.contains(name) || (actors.isEmpty && issues.isEmpty) {
                continue
            }
            let at = place(offset)
            reader.record(file.diagnostic(
                symbolic.contains(name) ? "'\(name)' is not a number here" : "unknown name '\(name)' in formula",
                line: at.line, column: at.column, length: name.count,
                suggestion: Suggestion.closest(to: name, in: numeric.sorted())))
        }
        return formula
    }

    /// Names passed straight to scenario functions, where actors and issues are allowed.
    static func symbolArguments(of formula: Formula) -> Set<String> {
        switch formula {
        case .number, .name: return []
        case .negate(let inner): return symbolArguments(of: inner)
        case .binary(_, let lhs, let rhs): return symbolArguments(of: lhs).union(symbolArguments(of: rhs))
        case .call(let name, let arguments, _):
            var names: Set<String> = []
            for argument in arguments {
                if case .name(let symbol, _) = argument, conditionFunctions[name] != nil { names.insert(symbol) }
                names.formUnion(symbolArguments(of: argument))
            }
            return names
        }
    }

    /// A parameter name, `all`, or literal ids; `kind` says what it must refer to (nil: anything).
    func reference(_ node: Node, of kind: Parameter.Kind?, scope: EffectScope) -> Reference? {
        if case .scalar(let scalar) = node {
            let name = scalar.string
            if name == "all" { return .all }
            if name.hasSuffix(".issues"), kind == .issues || kind == .issue {
                let event = String(name.dropLast(".issues".count))
                guard scope.parameters.contains(where: { $0.name == event && $0.kind == .event }) else {
                    reader.record(file.diagnostic("'\(event)' is not an event parameter of this type", at: node,
                                                  suggestion: scope.parameters.first { $0.kind == .event }.map { $0.name + ".issues" }))
                    return nil
                }
                return .issuesOf(event)
            }
            if scope.dropped.contains(name) { return nil }
            if let parameter = scope.parameters.first(where: { $0.name == name }) {
                if let kind, !Self.compatible(parameter.kind, with: kind) {
                    reader.record(file.diagnostic("parameter '\(name)' is a \(parameter.kind.rawValue), not \(Self.noun(kind))", at: node))
                    return nil
                }
                return .parameter(name)
            }
        }
        let names = stringList(node, what: "id")
        guard let kind else {
            reader.record(file.diagnostic("'\(names.joined(separator: ","))' is not a parameter of this event", at: node,
                                               suggestion: Suggestion.closest(to: names.first ?? "", in: scope.parameters.map(\.name))))
            return nil
        }
        for name in names where !checkKnownReference(name, kind: kind, scope: scope, at: node) { return nil }
        return .ids(names)
    }

    private func checkKnownReference(_ name: String, kind: Parameter.Kind, scope: EffectScope, at node: Node) -> Bool {
        let isActor = kind == .actor || kind == .actors
        let known = isActor ? actors : issues
        if known.isEmpty || known.contains(name) { return true }
        let candidates = scope.parameters.map(\.name) + known.sorted()
        reader.record(file.diagnostic("'\(name)' is neither a parameter nor a known \(isActor ? "actor" : "issue")", at: node,
                                           suggestion: Suggestion.closest(to: name, in: candidates)))
        return false
    }

    static func compatible(_ parameter: Parameter.Kind, with wanted: Parameter.Kind) -> Bool {
        switch wanted {
        case .actor, .actors: return parameter == .actor || parameter == .actors
        case .issue, .issues: return parameter == .issue || parameter == .issues
        default: return parameter == wanted
        }
    }

    static func noun(_ kind: Parameter.Kind) -> String {
        switch kind {
        case .actor, .actors: return "actors"
        case .issue, .issues: return "issues"
        default: return "a " + kind.rawValue
        }
    }
}
