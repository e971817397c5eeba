/// `show --json`: stances as JSON, keys in a fixed order, byte-for-byte repeatable.
///
///     StanceJSON.render(seeds, snapshot: seeds.latest, selection: .issue("territory"))
///     // {"date": "2025-07-23", "label": "…", "stances": [
///     //   {"actor": "RU", "issue": "territory", "position": 92.0, "change": 0.0, "uncertainty": 4.0,
///     //    "salience": 0.25, "band": "Crimea and four regions recognised",
///     //    "position_source": {"doc": "001_06ad844f94b272e9.txt", "quote": "…"},
///     //    "salience_source": {"estimate": "…"}},
///     //   …
///     // ]}
///
/// Each stance sits on one line. `change` is the position's move since the branch's baseline. `uncertainty` is null when the seeds give none. A source is
/// `{"doc", "quote"}`, `{"estimate"}`, or `{"moved_from"}` once the engine has changed the value.
/// `position_provenance` and `salience_provenance` describe the seed value whatever the engine
/// did since: kind, document, its kind and grade, supports, credibility, speaker, retrospective,
/// evidence date, carried-from, outside, and how many alternatives are recorded.
/// `bands_in_range` lists every band the ± range enters.
public enum StanceJSON {
    /// JSON for a snapshot as the seeds give it.
    public static func render(_ seeds: Seeds, snapshot: Snapshot, selection: StanceSelection = .all) -> String {
        render(StanceView.rows(seeds, snapshot: snapshot, selection: selection),
               date: snapshot.date, label: snapshot.label)
    }

    /// JSON for any rows, dated `date`.
    /// `capabilities` (actor id and value, in the scenario's order) adds a `capabilities`
    /// object after the label, so a capability that events changed can be read too.
    public static func render(_ rows: [StanceView], date: CalendarDate, label: String,
                              capabilities: [(actor: String, value: Double)]? = nil) -> String {
        var text = "{\"date\": \(string(date.description)), \"label\": \(string(label))"
        if let capabilities {
            text += ", \"capabilities\": {" + capabilities.map { "\(string($0.actor)): \(number($0.value))" }.joined(separator: ", ") + "}"
        }
        text += ", \"stances\": ["
        for (index, row) in rows.enumerated() {
            text += index == 0 ? "\n  " : ",\n  "
            text += "{\"actor\": \(string(row.actor))"
            text += ", \"issue\": \(string(row.issue))"
            text += ", \"position\": \(number(row.position))"
            text += ", \"change\": \(number(Figures.rounded(row.change, 4)))"
            text += ", \"uncertainty\": \(row.uncertainty.map(number) ?? "null")"
            text += ", \"salience\": \(number(row.salience))"
            text += ", \"band\": \(row.band.map(string) ?? "null")"
            text += ", \"bands_in_range\": [" + row.bands.map(string).joined(separator: ", ") + "]"
            text += ", \"position_source\": \(origin(row.positionOrigin))"
            text += ", \"salience_source\": \(origin(row.salienceOrigin))"
            text += ", \"position_provenance\": \(row.positionEvidence.map(evidence) ?? "null")"
            text += ", \"salience_provenance\": \(row.salienceEvidence.map(evidence) ?? "null")}"
        }
        text += rows.isEmpty ? "]}\n" : "\n]}\n"
        return text
    }

    static func origin(_ origin: StanceView.Origin) -> String {
        switch origin {
        case .seeds(.source(let citation)):
            return "{\"doc\": \(string(citation.document)), \"quote\": \(string(citation.quote))}"
        case .seeds(.estimate(let reasoning)):
            return "{\"estimate\": \(string(reasoning))}"
        case .moved(let from):
            return "{\"moved_from\": \(number(from))}"
        }
    }

    /// The seed value's provenance: kind, document and grade, supports, retrospective, dates.
    static func evidence(_ evidence: Evidence) -> String {
        func text(_ value: String?) -> String { value.map(string) ?? "null" }
        var parts = ["\"kind\": \(string(evidence.kind))", "\"document\": \(text(evidence.document))",
                     "\"document_kind\": \(text(evidence.documentKind))", "\"grade\": \(text(evidence.grade))",
                     "\"supports\": \(text(evidence.supports))",
                     "\"credibility\": \(evidence.credibility.map(String.init) ?? "null")",
                     "\"speaker\": \(text(evidence.speaker))"]
        parts.append("\"retrospective\": \(text(evidence.retrospective))")
        parts.append("\"evidence_date\": \(string(evidence.evidenceDate.description))")
        parts.append("\"carried_from\": \(text(evidence.carriedFrom?.description))")
        parts.append("\"outside\": \(text(evidence.outside))")
        parts.append("\"alternatives\": \(evidence.alternatives)")
        return "{" + parts.joined(separator: ", ") + "}"
    }

    /// A JSON number to 4 decimals, the precision of every figure parley reports, so no
    /// `55.00000000000001` leaks out of floating point; whole numbers keep a `.0`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        let rounded = Figures.rounded(value, 4)
        return "\(rounded)"
    }

    /// A JSON string literal, escaping quotes, backslashes and control characters.
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
