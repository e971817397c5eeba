import Foundation
import Yams

extension SeedAssembler {
    static let conflictFile = "conflict.yaml"
    static let evidenceKeys = ["source", "estimate", "outside", "carried"]

    /// Reads `conflict.yaml`, the Graph Model of the talks, when the folder has one.
    ///
    ///     options:   [{id, name, holder, direction?, source | estimate}]
    ///     infeasible: [{when: "a & !b", source | estimate}]
    ///     moves:     [{event, when?: {by: US}, sets: {option: Y}, source | estimate}]
    ///     snapshots: [{date, status-quo: {option: {value: Y|N, …}}, preferences: {ACTOR: [{statement, …}] | {carried, estimate}}}]
    func readConflict() -> TalksConflict? {
        let url = directory.appendingPathComponent(Self.conflictFile)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        guard let (reader, root) = open(Self.conflictFile) else { return nil }
        defer { collect(reader) }
        guard let top = reader.fields(of: root, allowed: ["options", "infeasible", "moves", "snapshots"], in: "the conflict") else { return nil }
        var valid = true

        var options: [TalksConflict.Option] = []
        for item in list(top, "options", reader: reader) {
            guard let fields = reader.fields(of: item, allowed: ["id", "name", "holder", "direction", "question"] + Self.evidenceKeys, in: "option") else { valid = false; continue }
            let id = reader.text(fields, "id"), name = reader.text(fields, "name"), holder = reader.text(fields, "holder")
            var direction = ConflictOption.Direction.both
            if let node = fields["direction"], let text = reader.text(node, named: "direction") {
                if let parsed = ConflictOption.Direction(rawValue: text) { direction = parsed } else {
                    reader.error("unknown direction '\(text)': expected both, fwd or back", at: node,
                                 suggestion: Suggestion.closest(to: text, in: ["both", "fwd", "back"]))
                    valid = false
                }
            }
            if let holder, let node = fields["holder"], !checkActor(holder, at: node, reader: reader) { valid = false }
            if let id, let node = fields["id"] {
                if !checkName(id, at: node, reader: reader) { valid = false }
                if options.contains(where: { $0.id == id }) { reader.error("duplicate option id '\(id)'", at: node); valid = false }
            }
            let evidence = self.evidence(fields, for: "option", date: nil, reader: reader)
            var question: TalksConflict.Question?
            if let node = fields["question"] {
                question = self.question(node, reader: reader)
                if question == nil { valid = false }
            }
            guard let id, let name, let holder, let evidence else { valid = false; continue }
            options.append(.init(id: id, name: name, holder: holder, direction: direction, evidence: evidence, question: question))
        }
        guard !options.isEmpty else {
            if valid { reader.error("the conflict needs at least one option", at: top.node) }
            return nil
        }
        let ids = options.map(\.id)
        guard options.count <= Conflict.maximumOptions else {
            reader.error("\(options.count) options; at most \(Conflict.maximumOptions) are supported", at: top.node)
            return nil
        }

        var infeasibles: [TalksConflict.Infeasible] = []
        for item in list(top, "infeasible", reader: reader, required: false) {
            guard let fields = reader.fields(of: item, allowed: ["when"] + Self.evidenceKeys, in: "infeasible combination") else { valid = false; continue }
            let statement = expression(fields, "when", options: ids, reader: reader)
            let evidence = self.evidence(fields, for: "infeasible combination", date: nil, reader: reader)
            guard let (text, parsed) = statement, let evidence else { valid = false; continue }
            guard parsed.alternatives.count == 1 else {
                reader.error("an infeasible combination is one condition list; write each alternative as its own entry", at: fields["when"]!)
                valid = false
                continue
            }
            infeasibles.append(.init(text: text, pattern: parsed.alternatives[0], evidence: evidence))
        }

        var moves: [TalksConflict.Move] = []
        for item in list(top, "moves", reader: reader, required: false) {
            guard let fields = reader.fields(of: item, allowed: ["event", "when", "sets"] + Self.evidenceKeys, in: "move") else { valid = false; continue }
            let event = reader.text(fields, "event")
            var when: [String: String] = [:]
            if let node = fields["when"], let entries = reader.mapping(node, in: "'when'") {
                for entry in entries { if let text = reader.text(entry.value, named: entry.key.text) { when[entry.key.text] = text } else { valid = false } }
            }
            let sets = flags(fields, "sets", options: ids, reader: reader)
            let evidence = self.evidence(fields, for: "move", date: nil, reader: reader)
            guard let event, let sets, let evidence else { valid = false; continue }
            moves.append(.init(event: event, when: when, sets: sets.mapValues(\.value), evidence: evidence))
        }

        let makers = options.reduce(into: [String]()) { if !$0.contains($1.holder) { $0.append($1.holder) } }
        var framings: [TalksConflict.Framing] = []
        for item in list(top, "snapshots", reader: reader) {
            guard let fields = reader.fields(of: item, allowed: ["date", "status-quo", "preferences"], in: "conflict snapshot"),
                  let date = reader.date(fields, "date") else { valid = false; continue }
            var statusQuo: [String: Bool] = [:]
            var statusEvidence: [String: TalksConflict.Evidence] = [:]
            if let read = flags(fields, "status-quo", options: ids, reader: reader, date: date, earlier: framings) {
                for (id, entry) in read { statusQuo[id] = entry.value; statusEvidence[id] = entry.evidence }
                if let missing = ids.first(where: { read[$0] == nil }), let node = fields["status-quo"] {
                    reader.error("the status quo at \(date) leaves out option '\(missing)'", at: node)
                    valid = false
                }
            } else { valid = false }
            var preferences: [String: [TalksConflict.Statement]] = [:]
            if let node = reader.value(fields, "preferences", required: true), let entries = reader.mapping(node, in: "'preferences'") {
                for entry in entries {
                    let actor = entry.key.text
                    guard makers.contains(actor) else {
                        reader.error("'\(actor)' controls no option, so it has no preferences here", at: entry.key.node,
                                     suggestion: Suggestion.closest(to: actor, in: makers))
                        valid = false
                        continue
                    }
                    if let statements = self.statements(entry.value, actor: actor, options: ids, date: date, earlier: framings, reader: reader) {
                        preferences[actor] = statements
                    } else { valid = false }
                }
                if let missing = makers.first(where: { preferences[$0] == nil }), valid {
                    reader.error("no preferences for '\(missing)' at \(date)", at: node)
                    valid = false
                }
            } else { valid = false }
            framings.append(.init(date: date, statusQuo: statusQuo, statusEvidence: statusEvidence, preferences: preferences))
        }
        guard valid, !framings.isEmpty else { return nil }
        let talks = TalksConflict(options: options, infeasibles: infeasibles, framings: framings, moves: moves)
        for framing in talks.framings {
            do {
                let graph = try talks.conflict(for: framing).graph()
                if graph.state(withValue: talks.statusQuoValue(framing)) == nil {
                    reader.error("the status quo at \(framing.date) is an infeasible combination", at: top["snapshots"] ?? top.node)
                    return nil
                }
            } catch {
                reader.error(error.message, at: top.node)
                return nil
            }
        }
        return talks
    }

    /// `question: {issue: ceasefire, taken: below 55, estimate: …}` (or `taken: from 60`).
    private func question(_ node: Node, reader: SeedReader) -> TalksConflict.Question? {
        guard let fields = reader.fields(of: node, allowed: ["issue", "taken"] + Self.evidenceKeys, in: "question"),
              let issue = reader.text(fields, "issue"), let taken = reader.text(fields, "taken"),
              let issueNode = fields["issue"], let takenNode = fields["taken"] else { return nil }
        var valid = checkIssue(issue, at: issueNode, reader: reader)
        let words = taken.split(separator: " ")
        var threshold: Double?
        if words.count == 2, words[0] == "below" || words[0] == "from", let number = SeedReader.parseNumber(String(words[1])),
           (0...100).contains(number) {
            threshold = number
        } else {
            reader.error("expected 'below N' or 'from N' with N on the issue's 0–100 scale, found '\(taken)'", at: takenNode)
            valid = false
        }
        let evidence = self.evidence(fields, for: "question", date: nil, reader: reader)
        guard valid, let threshold, let evidence else { return nil }
        return .init(issue: issue, below: words[0] == "below", threshold: threshold, evidence: evidence)
    }

    private func list(_ fields: SeedReader.Fields, _ key: String, reader: SeedReader, required: Bool = true) -> [Node] {
        guard let node = reader.value(fields, key, required: required) else { return [] }
        return reader.sequence(node, in: "'\(key)'") ?? []
    }

    private func expression(_ fields: SeedReader.Fields, _ key: String, options: [String], reader: SeedReader) -> (String, PreferenceStatement)? {
        guard let text = reader.text(fields, key), let node = fields[key] else { return nil }
        switch OptionExpression.parse(text, options: options) {
        case .success(let statement): return (text, statement)
        case .failure(let failure):
            reader.error(failure.message, at: node, suggestion: failure.suggestion)
            return nil
        }
    }

    /// `{option: Y}` or `{option: {value: Y, source | estimate | carried}}` (the latter where dated).
    private func flags(_ fields: SeedReader.Fields, _ key: String, options: [String], reader: SeedReader,
                       date: CalendarDate? = nil, earlier: [TalksConflict.Framing] = []) -> [String: (value: Bool, evidence: TalksConflict.Evidence?)]? {
        guard let node = reader.value(fields, key, required: true), let entries = reader.mapping(node, in: "'\(key)'") else { return nil }
        var result: [String: (value: Bool, evidence: TalksConflict.Evidence?)] = [:]
        var valid = true
        for entry in entries {
            let id = entry.key.text
            guard options.contains(id) else {
                reader.error("unknown option '\(id)'", at: entry.key.node, suggestion: Suggestion.closest(to: id, in: options))
                valid = false
                continue
            }
            var valueNode = entry.value
            var evidence: TalksConflict.Evidence?
            if date != nil {
                guard let inner = reader.fields(of: entry.value, allowed: ["value"] + Self.evidenceKeys, in: "status of '\(id)'"),
                      let node = reader.value(inner, "value", required: true) else { valid = false; continue }
                valueNode = node
                evidence = self.evidence(inner, for: "the status of '\(id)'", date: date, reader: reader)
                if evidence == nil { valid = false }
                if let carried = evidence?.carried, let from = earlier.first(where: { $0.date == carried }), let flag = yesNo(node),
                   from.statusQuo[id] != flag {
                    reader.error("'\(id)' is carried from \(carried), where it is \(from.statusQuo[id] == true ? "Y" : "N")", at: node)
                    valid = false
                }
            }
            guard let flag = yesNo(valueNode) else {
                reader.error("expected Y or N for '\(id)'", at: valueNode)
                valid = false
                continue
            }
            result[id] = (flag, evidence)
        }
        return valid ? result : nil
    }

    private func yesNo(_ node: Node) -> Bool? {
        guard case .scalar(let scalar) = node else { return nil }
        switch scalar.string { case "Y": return true; case "N": return false; default: return nil }
    }

    /// A maker's statements at one snapshot: a list, or `{carried: DATE, estimate: why}`.
    private func statements(_ node: Node, actor: String, options: [String], date: CalendarDate,
                            earlier: [TalksConflict.Framing], reader: SeedReader) -> [TalksConflict.Statement]? {
        if case .mapping = node {
            guard let fields = reader.fields(of: node, allowed: ["carried", "estimate"], in: "carried preferences"),
                  let carried = reader.date(fields, "carried"), let reason = reader.text(fields, "estimate") else { return nil }
            guard let from = earlier.first(where: { $0.date == carried }), let kept = from.preferences[actor] else {
                reader.error("carried from \(carried), but no earlier conflict snapshot has that date", at: fields["carried"]!)
                return nil
            }
            return kept.map { statement in
                var copy = statement
                copy.evidence = TalksConflict.Evidence(provenance: .estimate(reason), carried: carried)
                return copy
            }
        }
        guard let items = reader.sequence(node, in: "the preferences of \(actor)") else { return nil }
        var result: [TalksConflict.Statement] = []
        var valid = true
        for item in items {
            guard let fields = reader.fields(of: item, allowed: ["statement"] + Self.evidenceKeys, in: "preference statement"),
                  let (text, statement) = expression(fields, "statement", options: options, reader: reader),
                  let evidence = self.evidence(fields, for: "preference statement", date: date, reader: reader) else { valid = false; continue }
            result.append(.init(text: text, statement: statement, evidence: evidence))
        }
        guard result.count <= Conflict.maximumStatements else {
            reader.error("\(result.count) statements; at most \(Conflict.maximumStatements) are supported", at: node)
            return nil
        }
        return valid ? result : nil
    }

    /// `source:` (graded: `supports:` and `credibility:`) or `estimate:`, with `outside:` and
    /// `carried:`; a quote from a document dated after `date` needs `retrospective:`.
    func evidence(_ fields: SeedReader.Fields, for what: String, date: CalendarDate?, reader: SeedReader) -> TalksConflict.Evidence? {
        let outside = reader.text(fields, "outside", required: false)
        let carried = fields["carried"] == nil ? nil : reader.date(fields, "carried")
        if let node = fields["source"] {
            guard fields["estimate"] == nil else {
                reader.error("\(what) gives both 'source:' and 'estimate:'; keep one", at: fields.keyNode("estimate") ?? fields.node)
                return nil
            }
            // As for a snapshot's values: nothing written is dropped unread.
            if let node = fields["carried"] {
                reader.error("'carried:' belongs with an estimate; a cited value stands on its own quote", at: node)
                return nil
            }
            // The shared citation reader, as for every seed value: a known document, a short
            // quote, its grade (supports:, credibility:), and look-ahead refused unless marked
            // retrospective (or misused on an earlier document).
            let context = ValueContext(date: date, what: what, needsRange: false, earlier: { _ in nil }, earlierDates: [])
            guard let citation = citation(node, context: context, reader: reader) else { return nil }
            return .init(provenance: .source(citation), supports: citation.supports?.rawValue, credibility: citation.credibility,
                         outside: outside)
        }
        guard let node = fields["estimate"] else {
            reader.error("\(what) has no provenance: give 'source:' (with supports: and credibility:) or 'estimate:'", at: fields.node)
            return nil
        }
        guard let reasoning = reader.text(node, named: "estimate") else { return nil }
        return .init(provenance: .estimate(reasoning), outside: outside, carried: carried)
    }
}
