import Yams

/// Reads and checks the event catalog, reporting every problem with its place in the file.
///
///     let catalog = try EventCatalogLoader.load(file: "seeds/events.yaml", text: text,
///                                               actors: ["RU", "UA"], issues: ["ceasefire"])
///
/// All or nothing: either every type is valid and the catalog is returned, or a
/// ``DiagnosticList`` names each problem.
public enum EventCatalogLoader {
    public static func load(file: String, text: String, actors: Set<String>, issues: Set<String>) throws(DiagnosticList) -> EventCatalog {
        let reader = CatalogReader(file: SeedFile(displayName: file, text: text), actors: actors, issues: issues)
        let catalog = reader.read()
        guard reader.diagnostics.isEmpty, let catalog else {
            throw DiagnosticList(reader.diagnostics.isEmpty
                ? [Diagnostic("the event catalog is empty", at: SourceLocation(file: file, line: 1, column: 1))]
                : reader.diagnostics)
        }
        return catalog
    }
}

/// The walk over the YAML nodes; collects diagnostics instead of stopping at the first.
struct CatalogReader {
    /// The seed loader's node reader: the same shapes, types and messages as the seeds.
    let reader: SeedReader
    let actors: Set<String>
    let issues: Set<String>

    var file: SeedFile { reader.file }
    var diagnostics: [Diagnostic] { reader.diagnostics }

    static let typeKeys = ["id", "aliases", "description", "cameo", "goldstein", "parameters", "roles", "bears-on", "effects"]
    static let parameterKeys = ["name", "type", "default", "range", "among", "summary", "basis"]
    static let effectKeys: [String: [String]] = [
        "capability": ["actors", "scale", "shift"],
        "salience": ["actors", "issues", "shift"],
        "position": ["actors", "issues", "toward", "by"],
        "accommodation": ["actors", "toward", "weight"],
        "uncertainty": ["actors", "issues", "scale"],
        "bargain": ["actors", "issues", "turns", "uptake"],
        "schedule": ["event", "after", "unless", "arguments"],
        "no-deal": ["issues", "toward", "by"],
        "expectation": ["actors", "issues", "toward", "by"],
        "cost": ["actors", "shift"],
    ]
    /// Functions a schedule's condition may call, with their number of arguments.
    static let conditionFunctions = ["position": 2, "moved": 2, "gap": 2, "widened": 2, "conceded": 3]

    init(file: SeedFile, actors: Set<String>, issues: Set<String>) {
        self.reader = SeedReader(file: file)
        self.actors = actors
        self.issues = issues
    }

    func read() -> EventCatalog? {
        var parseErrors: [Diagnostic] = []
        guard let root = file.compose(into: &parseErrors) else {
            parseErrors.forEach(reader.record)
            return nil
        }
        guard let fields = mapping(root, allowed: ["types", "capability-recovery"], what: "the catalog") else { return nil }
        let recovery = fields["capability-recovery"].flatMap { readRecovery($0) }
        guard let typesNode = fields["types"] else {
            reader.record(file.diagnostic("missing 'types': the catalog lists its event types under 'types:'", at: root))
            return nil
        }
        guard case .sequence(let sequence) = typesNode else {
            reader.record(file.diagnostic("'types' must be a list of event types", at: typesNode))
            return nil
        }
        var types: [(EventType, Node)] = []
        var seen: [String: Node] = [:]
        // Names of types dropped for their own errors: references to them are not errors too.
        var dropped: Set<String> = []
        for node in sequence {
            guard let type = readType(node) else {
                if let id = node["id"]?.string { dropped.insert(id.lowercased()) }
                dropped.formUnion((node["aliases"]?.sequence ?? []).compactMap { $0.string?.lowercased() })
                continue
            }
            for name in [type.id] + type.aliases {
                if let first = seen[name] {
                    reader.record(file.diagnostic(
                        "duplicate event type name '\(name)' (first at \(file.location(of: first)))", at: node))
                } else {
                    seen[name] = node
                }
            }
            types.append((type, node))
        }
        checkEventReferences(types, dropped: dropped)
        return EventCatalog(types: types.map(\.0), recovery: recovery)
    }

    // MARK: - Types

    func readType(_ node: Node) -> EventType? {
        guard let fields = mapping(node, allowed: Self.typeKeys, what: "an event type") else { return nil }
        let errorsBefore = diagnostics.count
        let id = requiredName(fields, "id", in: node, what: "event type")
        let aliases = fields["aliases"].map { stringList($0, what: "alias") } ?? []
        let description = requiredText(fields, "description", in: node)
        let cameo = requiredText(fields, "cameo", in: node)
        if let cameo, let cameoNode = fields["cameo"],
           !(2...4).contains(cameo.count) || !cameo.allSatisfy(\.isASCIIDigit) {
            reader.record(file.diagnostic("CAMEO code must be 2 to 4 digits, written in quotes (e.g. \"0841\")", at: cameoNode))
        }
        let goldstein = fields["goldstein"].flatMap { number($0, in: -10...10, what: "Goldstein value") }
        if fields["goldstein"] == nil {
            reader.record(file.diagnostic("missing 'goldstein' (a weight from -10 to 10)", at: node))
        }
        var parameters: [Parameter] = []
        // Parameters dropped for their own errors; formulas naming them are not errors too.
        var dropped: Set<String> = []
        if let list = fields["parameters"] {
            (parameters, dropped) = readParameters(list)
        }
        var effects: [Effect] = []
        if let list = fields["effects"], case .sequence(let sequence) = list, !sequence.isEmpty {
            for effectNode in sequence {
                if let effect = readEffect(effectNode, parameters: parameters, dropped: dropped) { effects.append(effect) }
            }
        } else {
            reader.record(file.diagnostic("missing 'effects': an event type needs at least one effect", at: fields["effects"] ?? node))
        }
        let roles = fields["roles"].map { readRoles($0, parameters: parameters) } ?? []
        let bearsOn = fields["bears-on"].map { node in
            stringList(node, what: "issue").filter { checkKnown($0, kind: .issues, at: node) }
        } ?? []
        guard diagnostics.count == errorsBefore, let id, let description, let cameo, let goldstein else { return nil }
        return EventType(id: id, aliases: aliases.map { $0.lowercased() }, description: description, cameo: cameo,
                         goldstein: goldstein, parameters: parameters, effects: effects, roles: roles, bearsOn: bearsOn)
    }

    func readRecovery(_ node: Node) -> CapabilityRecovery? {
        guard let fields = mapping(node, allowed: ["half-life", "rationale", "basis"], what: "capability recovery") else { return nil }
        guard let lifeNode = fields["half-life"], let days = number(lifeNode, in: 1...36500, what: "half-life") else {
            if fields["half-life"] == nil { reader.error("missing 'half-life' (days)", at: node) }
            return nil
        }
        let rationale = requiredText(fields, "rationale", in: node) ?? ""
        return CapabilityRecovery(halfLifeDays: days, rationale: rationale.trimmingBlanks(), basis: fields["basis"].flatMap { readBasis($0) })
    }

    // MARK: - Roles

    /// `roles:` as a list of `{distinct: [A, B], why: …}` or `{least: N, of: A, why: …}`,
    /// each naming actor parameters of the type.
    func readRoles(_ node: Node, parameters: [Parameter]) -> [RoleRule] {
        guard case .sequence(let sequence) = node else {
            reader.record(file.diagnostic("'roles' must be a list of rules", at: node))
            return []
        }
        let actorParameters = parameters.filter { $0.kind == .actor || $0.kind == .actors }.map(\.name)
        func actorParameter(_ name: String, at node: Node) -> Bool {
            if actorParameters.contains(name) { return true }
            let listed = actorParameters.isEmpty ? "it has none" : "its actor parameters: \(actorParameters.joined(separator: ", "))"
            reader.record(file.diagnostic("'\(name)' is not an actor parameter of this type (\(listed))", at: node,
                                          suggestion: Suggestion.closest(to: name, in: actorParameters)))
            return false
        }
        var rules: [RoleRule] = []
        for item in sequence {
            guard let fields = mapping(item, allowed: ["distinct", "least", "only", "of", "why"], what: "a role rule") else { continue }
            guard let why = requiredText(fields, "why", in: item) else { continue }
            if let list = fields["distinct"] {
                let names = stringList(list, what: "parameter")
                guard names.count >= 2 else {
                    reader.record(file.diagnostic("'distinct' names two or more actor parameters", at: list))
                    continue
                }
                if names.allSatisfy({ actorParameter($0, at: list) }) { rules.append(RoleRule(kind: .distinct(names), why: why)) }
            } else if let countNode = fields["least"], let ofNode = fields["of"] {
                guard let count = number(countNode, in: 1...100, what: "least"), let of = reader.text(ofNode, named: "of") else { continue }
                if actorParameter(of, at: ofNode) { rules.append(RoleRule(kind: .least(Int(count), of: of), why: why)) }
            } else if let onlyNode = fields["only"], let ofNode = fields["of"] {
                let listed = reader.textList(onlyNode, named: "only") ?? [], names = stringList(ofNode, what: "parameter")
                let allowed = listed.map(\.text)
                guard !allowed.isEmpty, !names.isEmpty else {
                    reader.record(file.diagnostic("'only' names the actors allowed and 'of' the actor parameters they bind", at: item))
                    continue
                }
                if let unknown = listed.first(where: { !actors.contains($0.text) }) {
                    reader.record(file.diagnostic("unknown actor '\(unknown.text)' in 'only'", at: unknown.node,
                                                  suggestion: Suggestion.closest(to: unknown.text, in: actors.sorted())))
                    continue
                }
                if names.allSatisfy({ actorParameter($0, at: ofNode) }) { rules.append(RoleRule(kind: .only(allowed, of: names), why: why)) }
            } else {
                reader.record(file.diagnostic("a role rule is {distinct: [A, B], why: …}, {least: N, of: A, why: …} or {only: [X, Y], of: [A], why: …}", at: item))
            }
        }
        return rules
    }

    // MARK: - Parameters

    /// The valid parameters, and the names of those dropped for an error already reported.
    func readParameters(_ node: Node) -> (parameters: [Parameter], dropped: Set<String>) {
        guard case .sequence(let sequence) = node else {
            reader.record(file.diagnostic("'parameters' must be a list", at: node))
            return ([], [])
        }
        var result: [Parameter] = []
        var dropped: Set<String> = []
        var seen: Set<String> = []
        for item in sequence {
            guard let fields = mapping(item, allowed: Self.parameterKeys, what: "a parameter") else { continue }
            guard let name = requiredName(fields, "name", in: item, what: "parameter") else { continue }
            if !seen.insert(name).inserted {
                reader.record(file.diagnostic("duplicate parameter '\(name)'", at: fields["name"]!))
                continue
            }
            guard let typeText = requiredText(fields, "type", in: item) else { dropped.insert(name); continue }
            guard let kind = Parameter.Kind(rawValue: typeText) else {
                dropped.insert(name)
                reader.record(file.diagnostic(
                    "unknown parameter type '\(typeText)' (one of \(Parameter.Kind.allCases.map(\.rawValue).joined(separator: ", ")))",
                    at: fields["type"]!, suggestion: Suggestion.closest(to: typeText, in: Parameter.Kind.allCases.map(\.rawValue))))
                continue
            }
            let summary = requiredText(fields, "summary", in: item) ?? ""
            var range: ClosedRange<Double>?
            if let rangeNode = fields["range"] {
                guard kind == .number || kind == .days else {
                    reader.record(file.diagnostic("only number and days parameters take a range", at: rangeNode))
                    dropped.insert(name)
                    continue
                }
                range = readRange(rangeNode)
            }
            var among: [String]?
            if let amongNode = fields["among"] {
                guard kind == .issue || kind == .issues else {
                    reader.record(file.diagnostic("only issue and issues parameters take 'among'", at: amongNode))
                    dropped.insert(name)
                    continue
                }
                let listed = reader.textList(amongNode, named: "among") ?? []
                guard !listed.isEmpty, listed.allSatisfy({ checkKnown($0.text, kind: kind, at: $0.node) }) else {
                    dropped.insert(name)
                    continue
                }
                among = listed.map(\.text)
            }
            var defaultValue: EventArgument?
            if let defaultNode = fields["default"] {
                defaultValue = readDefault(defaultNode, kind: kind, range: range)
                if case .ids(let ids)? = defaultValue, let among, let outside = ids.first(where: { !among.contains($0) }) {
                    reader.record(file.diagnostic("default '\(outside)' is not among \(among.joined(separator: ", "))", at: defaultNode))
                    dropped.insert(name)
                    continue
                }
            }
            let basis = fields["basis"].flatMap { readBasis($0) }
            result.append(Parameter(name: name, kind: kind, summary: summary, defaultValue: defaultValue, range: range, basis: basis,
                                    among: among))
        }
        return (result, dropped)
    }

    func readRange(_ node: Node) -> ClosedRange<Double>? {
        guard case .sequence(let sequence) = node, sequence.count == 2,
              let low = number(sequence[0], what: "range start"), let high = number(sequence[1], what: "range end") else {
            reader.record(file.diagnostic("a range is written [LOW, HIGH]", at: node))
            return nil
        }
        guard low <= high else {
            reader.record(file.diagnostic("range start \(Formula.format(low)) is above its end \(Formula.format(high))", at: node))
            return nil
        }
        return low...high
    }

    func readDefault(_ node: Node, kind: Parameter.Kind, range: ClosedRange<Double>?) -> EventArgument? {
        switch kind {
        case .number, .days:
            guard let value = number(node, in: range, what: "default") else { return nil }
            return .number(value)
        case .actor, .issue, .event:
            guard case .scalar(let scalar) = node else {
                reader.record(file.diagnostic("the default of a \(kind.rawValue) parameter is one name", at: node))
                return nil
            }
            if kind != .event, !checkKnown(scalar.string, kind: kind, at: node) { return nil }
            return .ids([scalar.string])
        case .actors, .issues:
            let names = stringList(node, what: kind == .actors ? "actor" : "issue")
            for name in names where !checkKnown(name, kind: kind, at: node) { return nil }
            return .ids(names)
        }
    }

    /// Checks an actor or issue id against the seeds; quiet when no seeds were given.
    func checkKnown(_ name: String, kind: Parameter.Kind, at node: Node) -> Bool {
        let isActor = kind == .actor || kind == .actors
        let known = isActor ? actors : issues
        guard !known.isEmpty, !known.contains(name) else { return true }
        reader.record(file.diagnostic("unknown \(isActor ? "actor" : "issue") '\(name)'", at: node,
                                           suggestion: Suggestion.closest(to: name, in: known.sorted())))
        return false
    }
}
