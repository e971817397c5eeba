/// `show --json`: a snapshot's stances as JSON, keys in a fixed order, byte-for-byte repeatable.
///
///     StanceJSON.render(seeds, snapshot: seeds.latest, selection: .issue("territory"))
///     // {"date": "2025-07-23", "label": "…", "stances": [
///     //   {"actor": "RU", "issue": "territory", "position": 92.0, "uncertainty": 4.0,
///     //    "salience": 0.25, "band": "Crimea and four regions recognised",
///     //    "position_source": {"doc": "001_06ad844f94b272e9.txt", "quote": "…"},
///     //    "salience_source": {"estimate": "…"}},
///     //   …
///     // ]}
///
/// Each stance sits on one line. `uncertainty` is null when the seeds give none; a source is
/// either `{"doc", "quote"}` or `{"estimate"}`.
public enum StanceJSON {
    public static func render(_ seeds: Seeds, snapshot: Snapshot, selection: StanceSelection = .all) -> String {
        let stances = selection.stances(in: snapshot)
        var text = "{\"date\": \(string(snapshot.date.description)), \"label\": \(string(snapshot.label)), \"stances\": ["
        for (index, stance) in stances.enumerated() {
            let band = seeds.issues.first { $0.id == stance.issue }?.band(for: stance.position.value)?.label
            text += index == 0 ? "\n  " : ",\n  "
            text += "{\"actor\": \(string(stance.actor))"
            text += ", \"issue\": \(string(stance.issue))"
            text += ", \"position\": \(number(stance.position.value))"
            text += ", \"uncertainty\": \(stance.uncertainty.map(number) ?? "null")"
            text += ", \"salience\": \(number(stance.salience.value))"
            text += ", \"band\": \(band.map(string) ?? "null")"
            text += ", \"position_source\": \(provenance(stance.position.provenance))"
            text += ", \"salience_source\": \(provenance(stance.salience.provenance))}"
        }
        text += stances.isEmpty ? "]}\n" : "\n]}\n"
        return text
    }

    static func provenance(_ provenance: Provenance) -> String {
        switch provenance {
        case .source(let citation):
            return "{\"doc\": \(string(citation.document)), \"quote\": \(string(citation.quote))}"
        case .estimate(let reasoning):
            return "{\"estimate\": \(string(reasoning))}"
        }
    }

    /// A JSON number; whole numbers keep a `.0` so consumers always see a float.
    static func number(_ value: Double) -> String {
        value.isFinite ? "\(value)" : "null"
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
