import Yams

extension CatalogReader {
    func readEffect(_ node: Node, parameters: [Parameter], dropped: Set<String> = []) -> Effect? {
        guard case .mapping(let mapping) = node else {
            reader.record(file.diagnostic("an effect is a mapping with 'kind:' and 'rationale:'", at: node))
            return nil
        }
        guard let kindNode = mapping["kind"], case .scalar(let kindScalar) = kindNode else {
            reader.record(file.diagnostic("missing 'kind' (one of \(Self.effectKeys.keys.sorted().joined(separator: ", ")))", at: node))
            return nil
        }
        let kindName = kindScalar.string
        guard let allowed = Self.effectKeys[kindName] else {
            reader.record(file.diagnostic("unknown effect kind '\(kindName)'", at: kindNode,
                                               suggestion: Suggestion.closest(to: kindName, in: Self.effectKeys.keys.sorted())))
            return nil
        }
        guard let fields = self.mapping(node, allowed: ["kind", "rationale", "basis"] + allowed, what: "a \(kindName) effect") else { return nil }
        let rationale = fields["rationale"].flatMap { reader.text($0, named: "rationale") } ?? ""
        if fields["rationale"] == nil {
            reader.error("missing 'rationale': every effect must say why it has its size", at: kindNode)
        }
        let scope = EffectScope(parameters: parameters, dropped: dropped)
        func required(_ key: String) -> Node? {
            if let value = fields[key] { return value }
            reader.record(file.diagnostic("a \(kindName) effect needs '\(key)'", at: kindNode))
            return nil
        }
        let errorsBefore = diagnostics.count
        let kind: Effect.Kind?
        switch kindName {
        case "capability":
            let actors = required("actors").flatMap { reference($0, of: .actors, scope: scope) }
            let scale = fields["scale"].flatMap { formula($0, scope: scope) }
            let shift = fields["shift"].flatMap { formula($0, scope: scope) }
            if fields["scale"] == nil, fields["shift"] == nil {
                reader.record(file.diagnostic("a capability effect needs 'scale' or 'shift'", at: kindNode))
            }
            kind = actors.map { .capability(actors: $0, scale: scale, shift: shift) }
        case "salience":
            kind = zip3(required("actors").flatMap { reference($0, of: .actors, scope: scope) },
                        required("issues").flatMap { reference($0, of: .issues, scope: scope) },
                        required("shift").flatMap { formula($0, scope: scope) })
                .map { .salience(actors: $0, issues: $1, shift: $2) }
        case "position":
            let target = towardActors(required("toward"), what: "a position", scope: scope)
            kind = zip3(required("actors").flatMap { reference($0, of: .actors, scope: scope) },
                        required("issues").flatMap { reference($0, of: .issues, scope: scope) },
                        required("by").flatMap { formula($0, scope: scope) })
                .flatMap { actors, issues, by in target.map { .position(actors: actors, issues: issues, toward: $0, by: by) } }
        case "accommodation":
            kind = zip3(required("actors").flatMap { reference($0, of: .actors, scope: scope) },
                        required("toward").flatMap { reference($0, of: .actors, scope: scope) },
                        required("weight").flatMap { formula($0, scope: scope) })
                .map { .accommodation(actors: $0, toward: $1, weight: $2) }
        case "uncertainty":
            kind = zip3(required("actors").flatMap { reference($0, of: .actors, scope: scope) },
                        required("issues").flatMap { reference($0, of: .issues, scope: scope) },
                        required("scale").flatMap { formula($0, scope: scope) })
                .map { .uncertainty(actors: $0, issues: $1, scale: $2) }
        case "bargain":
            let uptake = fields["uptake"].flatMap { formula($0, scope: scope) }
            kind = zip3(required("actors").flatMap { reference($0, of: .actors, scope: scope) },
                        required("issues").flatMap { reference($0, of: .issues, scope: scope) },
                        required("turns").flatMap { formula($0, scope: scope) })
                .map { .bargain(actors: $0, issues: $1, turns: $2, uptake: uptake) }
        case "no-deal":
            let target = towardActors(required("toward"), what: "the no-deal point", scope: scope)
            kind = zip3(required("issues").flatMap { reference($0, of: .issues, scope: scope) }, target,
                        required("by").flatMap { formula($0, scope: scope) })
                .map { .noDeal(issues: $0, toward: $1, by: $2) }
        case "expectation":
            let target = towardActors(required("toward"), what: "an expectation", scope: scope)
            kind = zip3(required("actors").flatMap { reference($0, of: .actors, scope: scope) },
                        required("issues").flatMap { reference($0, of: .issues, scope: scope) },
                        required("by").flatMap { formula($0, scope: scope) })
                .flatMap { actors, issues, by in target.map { .expectation(actors: actors, issues: issues, toward: $0, by: by) } }
        case "cost":
            let actors = required("actors").flatMap { reference($0, of: .actors, scope: scope) }
            let shift = required("shift").flatMap { formula($0, scope: scope) }
            kind = actors.flatMap { actors in shift.map { .cost(actors: actors, shift: $0) } }
        default:
            kind = readSchedule(fields, kindNode: kindNode, scope: scope)
        }
        let basis = fields["basis"].flatMap { readBasis($0) }
        guard diagnostics.count == errorsBefore, let kind else { return nil }
        return Effect(kind: kind, rationale: rationale.trimmingBlanks(), basis: basis)
    }

    /// `toward:` names actors (a parameter, ids or all), never a point of a scale, so the effect
    /// means the same whoever fills the roles and whatever the issue's orientation.
    func towardActors(_ node: Node?, what: String, scope: EffectScope) -> Reference? {
        guard let node else { return nil }
        if case .scalar(let scalar) = node, Double(scalar.string) != nil || scalar.string.contains(where: { "+-*/(".contains($0) }) {
            reader.record(file.diagnostic(
                "\(what) moves toward or away from actors (a parameter such as 'target'), not a point of the scale",
                at: node, suggestion: scope.parameters.first { $0.kind == .actor || $0.kind == .actors }?.name))
            return nil
        }
        return reference(node, of: .actors, scope: scope)
    }

    func readSchedule(_ fields: [String: Node], kindNode: Node, scope: EffectScope) -> Effect.Kind? {
        guard let eventNode = fields["event"], case .scalar(let eventScalar) = eventNode else {
            reader.record(file.diagnostic("a schedule effect needs 'event' (an event type or an event parameter)", at: kindNode))
            return nil
        }
        if let parameter = scope.parameters.first(where: { $0.name == eventScalar.string }), parameter.kind != .event {
            reader.record(file.diagnostic("parameter '\(parameter.name)' is a \(parameter.kind.rawValue), not an event", at: eventNode))
        }
        guard let afterNode = fields["after"] else {
            reader.record(file.diagnostic("a schedule effect needs 'after' (days)", at: kindNode))
            return nil
        }
        let after = formula(afterNode, scope: scope)
        let unless = fields["unless"].flatMap { formula($0, scope: scope, conditions: true) }
        var arguments: [String: Reference] = [:]
        if let argumentsNode = fields["arguments"] {
            guard case .mapping(let mapping) = argumentsNode else {
                reader.record(file.diagnostic("'arguments' maps the scheduled event's parameters to this event's", at: argumentsNode))
                return nil
            }
            for (keyNode, valueNode) in mapping {
                guard let key = keyNode.string, let value = reference(valueNode, of: nil, scope: scope) else { continue }
                arguments[key] = value
            }
        }
        return after.map { .schedule(event: eventScalar.string, after: $0, unless: unless, arguments: arguments) }
    }

    /// After all types are read: scheduled events and event defaults must name real types,
    /// and scheduled arguments must be parameters of the scheduled type.
    func checkEventReferences(_ types: [(EventType, Node)], dropped: Set<String> = []) {
        let names = Set(types.flatMap { [$0.0.id] + $0.0.aliases })
        let known = names.union(dropped)
        for (type, node) in types {
            for parameter in type.parameters where parameter.kind == .event {
                if case .ids(let ids)? = parameter.defaultValue, let id = ids.first, !known.contains(id) {
                    let at = Self.field("default", in: "parameters", of: node) { $0["name"]?.string == parameter.name }
                    reader.record(file.diagnostic("default of '\(parameter.name)' in '\(type.id)' names no event type '\(id)'",
                                                       at: at ?? node, suggestion: Suggestion.closest(to: id, in: names.sorted())))
                }
            }
            for effect in type.effects {
                guard case .schedule(let event, _, _, let arguments) = effect.kind else { continue }
                let isParameter = type.parameter(named: event) != nil
                if !isParameter, !known.contains(event) {
                    let at = Self.field("event", in: "effects", of: node) { $0["kind"]?.string == "schedule" && $0["event"]?.string == event }
                    reader.record(file.diagnostic("'\(type.id)' schedules an unknown event type '\(event)'", at: at ?? node,
                                                       suggestion: Suggestion.closest(to: event, in: names.sorted())))
                    continue
                }
                guard !isParameter, let scheduled = types.first(where: { $0.0.isNamed(event) })?.0 else { continue }
                for key in arguments.keys.sorted() where scheduled.parameter(named: key) == nil {
                    let at = Self.field("arguments", in: "effects", of: node) { $0["kind"]?.string == "schedule" && $0["event"]?.string == event }
                    reader.record(file.diagnostic("'\(scheduled.id)' has no parameter '\(key)' for '\(type.id)' to pass", at: at ?? node,
                                                       suggestion: Suggestion.closest(to: key, in: scheduled.parameters.map(\.name))))
                }
            }
        }
    }
}

extension CatalogReader {
    /// `basis:` with exactly one of `source:` (+ `quote:`), `finding:` (+ `says:`), `assumption:`.
    func readBasis(_ node: Node) -> Basis? {
        guard let fields = mapping(node, allowed: ["source", "quote", "supports", "finding", "says", "assumption"], what: "a basis") else { return nil }
        let forms = ["source", "finding", "assumption"].filter { fields[$0] != nil }
        guard forms.count == 1 else {
            reader.record(file.diagnostic("a basis is one of 'source:' with 'quote:', 'finding:' with 'says:', or 'assumption:'", at: node))
            return nil
        }
        func text(_ key: String, with partner: String) -> (String, String)? {
            guard let first = fields[key].flatMap({ reader.text($0, named: key) }) else { return nil }
            guard let second = fields[partner].flatMap({ reader.text($0, named: partner) }) else {
                reader.record(file.diagnostic("a basis with '\(key):' needs '\(partner):'", at: node))
                return nil
            }
            return (first.trimmingBlanks(), second.trimmingBlanks())
        }
        switch forms[0] {
        case "source":
            guard let supports = fields["supports"].flatMap({ reader.text($0, named: "supports") }) else {
                reader.record(file.diagnostic("a basis with 'source:' says what the quote supports ('supports: value' or 'supports: direction')", at: node))
                return nil
            }
            return text("source", with: "quote").map { .source(document: $0, quote: $1, supports: supports) }
        case "finding": return text("finding", with: "says").map { .finding(work: $0, says: $1) }
        default: return fields["assumption"].flatMap { reader.text($0, named: "assumption") }.map { .assumption($0.trimmingBlanks()) }
        }
    }

    /// Field `key` of the first item of the type's list `list` that `match` accepts, so a
    /// problem found after reading points at its place rather than at the whole type.
    static func field(_ key: String, in list: String, of typeNode: Node, where match: (Node) -> Bool) -> Node? {
        typeNode[list]?.sequence?.first(where: match)?[key]
    }
}

/// The parameters an effect may refer to.
struct EffectScope {
    var parameters: [Parameter]
    /// Parameters declared but dropped for their own errors: naming them reports nothing more.
    var dropped: Set<String> = []
}

func zip3<A, B, C>(_ a: A?, _ b: B?, _ c: C?) -> (A, B, C)? {
    guard let a, let b, let c else { return nil }
    return (a, b, c)
}
