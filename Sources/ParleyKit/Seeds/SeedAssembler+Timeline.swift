import Yams

extension SeedAssembler {
    static let eventKeys = ["id", "date", "kind", "actors", "summary", "parameters", "details", "source", "dating", "outside",
                            "cameo", "coding"]

    /// Reads `timeline.yaml`: the documented events, each dated, typed and cited.
    ///
    ///     events:
    ///       - id: trump-putin-call
    ///         date: 2025-03-18
    ///         kind: summit
    ///         actors: [US, RU]
    ///         summary: …
    ///         parameters: {between: [US, RU]}
    ///         details: {format: call, hours: 2.5}
    ///         source: {doc: 004_67b6710205e13c3d.txt, quote: "…", credibility: 2}
    ///         outside: The 18 March date is from the public record; the document says "recent".
    ///
    /// `kind` and `parameters` are checked against the event catalog once it is loaded
    /// (``TimelineCheck``); here only their shape and the actors are checked.
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
            let kind = reader.text(fields, "kind")
            let summary = reader.text(fields, "summary")
            let dating = reader.text(fields, "dating", required: false)
            let coding = reader.text(fields, "coding", required: false)
            let cameo = reader.text(fields, "cameo", required: false)
            var valid = true
            if let cameo, let node = fields["cameo"], !(3...4).contains(cameo.count) || !cameo.allSatisfy(\.isNumber) {
                reader.error("CAMEO code '\(cameo)' must be three or four digits, e.g. \"041\"", at: node)
                valid = false
            }
            var outside: [String] = []
            if fields["outside"] != nil {
                if let facts = reader.textList(fields, "outside") { outside = facts.map(\.text) } else { valid = false }
            }
            var actors: [String] = []
            for actor in reader.textList(fields, "actors") ?? [] {
                if checkActor(actor.text, at: actor.node, reader: reader) { actors.append(actor.text) } else { valid = false }
            }
            var parameters: [EventParameter] = []
            if let node = fields["parameters"] {
                if let read = readParameters(node, in: "'parameters'", reader: reader) { parameters = read } else { valid = false }
            }
            var details: [EventParameter] = []
            if let node = fields["details"] {
                if let read = readParameters(node, in: "'details'", reader: reader) { details = read } else { valid = false }
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
                                        parameters: parameters, details: details, source: source, dating: dating,
                                        outside: outside, cameo: cameo, coding: coding, kindMark: fields["kind"].map(reader.file.mark(of:))))
        }
    }

    /// Reads a mapping of words, numbers or lists, keeping where each name and value sits.
    private func readParameters(_ node: Node, in context: String, reader: SeedReader) -> [EventParameter]? {
        guard let entries = reader.mapping(node, in: context) else { return nil }
        var parameters: [EventParameter] = []
        var valid = true
        for (key, valueNode) in entries {
            let value: EventParameter.RecordedValue
            var marks: [SeedMark] = []
            switch valueNode {
            case .scalar(let scalar):
                guard let text = reader.text(valueNode, named: key.text) else { valid = false; continue }
                if scalar.style == .plain, let number = SeedReader.parseNumber(text) {
                    value = .number(number)
                } else {
                    value = .text(text)
                }
                marks = [reader.file.mark(of: valueNode)]
            case .sequence(let sequence):
                guard let items = reader.textList(valueNode, named: key.text) else { valid = false; continue }
                value = .list(items.map(\.text))
                marks = sequence.map(reader.file.mark(of:))
            default:
                reader.error("expected a word, a number or a list for parameter '\(key.text)', found \(SeedReader.describe(valueNode))", at: valueNode)
                valid = false
                continue
            }
            parameters.append(EventParameter(name: key.text, value: value, nameMark: reader.file.mark(of: key.node),
                                             valueMarks: marks))
        }
        return valid ? parameters : nil
    }
}
