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
        var text = "{\"date\": \(JSONText.string(date.description)), \"label\": \(JSONText.string(label))"
        if let capabilities {
            text += ", \"capabilities\": {" + capabilities.map { "\(JSONText.string($0.actor)): \(JSONText.number($0.value))" }.joined(separator: ", ") + "}"
        }
        text += ", \"stances\": ["
        for (index, row) in rows.enumerated() {
            text += index == 0 ? "\n  " : ",\n  "
            text += "{\"actor\": \(JSONText.string(row.actor))"
            text += ", \"issue\": \(JSONText.string(row.issue))"
            text += ", \"position\": \(JSONText.number(row.position))"
            text += ", \"change\": \(JSONText.number(Figures.rounded(row.change, 4)))"
            text += ", \"uncertainty\": \(row.uncertainty.map(JSONText.number) ?? "null")"
            text += ", \"salience\": \(JSONText.number(row.salience))"
            text += ", \"band\": \(row.band.map(JSONText.string) ?? "null")"
            text += ", \"bands_in_range\": [" + row.bands.map(JSONText.string).joined(separator: ", ") + "]"
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
            return "{\"doc\": \(JSONText.string(citation.document)), \"quote\": \(JSONText.string(citation.quote))}"
        case .seeds(.estimate(let reasoning)):
            return "{\"estimate\": \(JSONText.string(reasoning))}"
        case .moved(let from):
            return "{\"moved_from\": \(JSONText.number(from))}"
        }
    }

    /// The seed value's provenance: kind, document and grade, supports, retrospective, dates.
    static func evidence(_ evidence: Evidence) -> String {
        func text(_ value: String?) -> String { value.map(JSONText.string) ?? "null" }
        var parts = ["\"kind\": \(JSONText.string(evidence.kind))", "\"document\": \(text(evidence.document))",
                     "\"document_kind\": \(text(evidence.documentKind))", "\"grade\": \(text(evidence.grade))",
                     "\"supports\": \(text(evidence.supports))",
                     "\"credibility\": \(evidence.credibility.map(String.init) ?? "null")",
                     "\"speaker\": \(text(evidence.speaker))"]
        parts.append("\"retrospective\": \(text(evidence.retrospective))")
        parts.append("\"evidence_date\": \(JSONText.string(evidence.evidenceDate.description))")
        parts.append("\"carried_from\": \(text(evidence.carriedFrom?.description))")
        parts.append("\"outside\": \(text(evidence.outside))")
        parts.append("\"alternatives\": \(evidence.alternatives)")
        return "{" + parts.joined(separator: ", ") + "}"
    }
}
