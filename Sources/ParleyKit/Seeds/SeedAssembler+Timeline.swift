import Yams

extension SeedAssembler {
    static let eventKeys = ["id", "date", "kind", "actors", "summary", "parameters", "source", "dating"]

    /// Reads `timeline.yaml`: the documented events, each dated, typed and cited.
    ///
    ///     events:
    ///       - id: trump-putin-call
    ///         date: 2025-03-18
    ///         kind: summit
    ///         actors: [US, RU]
    ///         summary: …
    ///         parameters: {between: [US, RU], format: call}
    ///         source: {doc: 004_67b6710205e13c3d.txt, quote: "…"}
    func readTimeline() {
        guard let (reader, root) = open(SeedLoader.timelineFile) else { return }
        defer { collect(reader) }
        guard let top = reader.fields(of: root, allowed: ["events"], in: "the timeline"),
              let list = reader.value(top, "events", required: true),
              let items = reader.sequence(list, in: "'events'") else { return }
        var seen: [String: SourceLocation] = [:]
        for item in items {
            guard let fields = reader.fields(of: item, allowed: Self.eventKeys, in: "event") else { continue }
            let id = reader.text(fields, "id")
            let date = reader.date(fields, "date")
            let kind = readKind(fields, reader: reader)
            let summary = reader.text(fields, "summary")
            let dating = reader.text(fields, "dating", required: false)
            var valid = true
            var actors: [String] = []
            for actor in reader.textList(fields, "actors") ?? [] {
                if checkActor(actor.text, at: actor.node, reader: reader) { actors.append(actor.text) } else { valid = false }
            }
            var parameters: [EventParameter] = []
            if let node = fields["parameters"] {
                if let read = readParameters(node, reader: reader) { parameters = read } else { valid = false }
            }
            let source = reader.value(fields, "source", required: true).flatMap { citation($0, reader: reader) }
            if let id, let idNode = fields["id"] {
                if !checkName(id, at: idNode, reader: reader) {
                    valid = false
                } else if let earlier = seen[id] {
                    reader.error("duplicate event id '\(id)' (first defined at \(earlier))", at: idNode)
                    valid = false
                } else {
                    seen[id] = reader.file.location(of: idNode)
                }
            }
            guard valid, let id, let date, let kind, let summary, let source else { continue }
            events.append(TimelineEvent(id: id, date: date, kind: kind, actors: actors, summary: summary,
                                        parameters: parameters, source: source, dating: dating))
        }
    }

    private func readKind(_ fields: SeedReader.Fields, reader: SeedReader) -> EventKind? {
        guard let text = reader.text(fields, "kind"), let node = fields["kind"] else { return nil }
        guard let kind = EventKind(rawValue: text) else {
            reader.error("unknown event kind '\(text)'", at: node,
                         suggestion: Suggestion.closest(to: text, in: EventKind.allCases.map(\.rawValue)))
            return nil
        }
        return kind
    }

    /// Reads `parameters:`: words, numbers or lists; actor-valued names must hold actor ids.
    private func readParameters(_ node: Node, reader: SeedReader) -> [EventParameter]? {
        guard let entries = reader.mapping(node, in: "'parameters'") else { return nil }
        var parameters: [EventParameter] = []
        var valid = true
        for (key, valueNode) in entries {
            let value: EventParameter.Value
            switch valueNode {
            case .scalar(let scalar):
                guard let text = reader.text(valueNode, named: key.text) else { valid = false; continue }
                if scalar.style == .plain, let number = SeedReader.parseNumber(text) {
                    value = .number(number)
                } else {
                    value = .text(text)
                }
            case .sequence:
                guard let items = reader.textList(valueNode, named: key.text) else { valid = false; continue }
                value = .list(items.map(\.text))
            default:
                reader.error("expected a word, a number or a list for parameter '\(key.text)', found \(SeedReader.describe(valueNode))", at: valueNode)
                valid = false
                continue
            }
            if EventParameter.actorParameterNames.contains(key.text) {
                let nodes: [Node]
                if case .sequence(let sequence) = valueNode { nodes = Array(sequence) } else { nodes = [valueNode] }
                for item in nodes {
                    if case .scalar(let scalar) = item, !checkActor(scalar.string, at: item, reader: reader) { valid = false }
                }
            }
            parameters.append(EventParameter(name: key.text, value: value))
        }
        return valid ? parameters : nil
    }
}
