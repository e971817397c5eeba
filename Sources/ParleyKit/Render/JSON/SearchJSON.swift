/// `search --json`: the goal, what was found (best first) and what was not explored.
///
///     {"goal": "RU.ceasefire <= 60", "measure": "RU.ceasefire", "branch": "main", "steps": 0,
///      "start": 85.0, "already_met": false, "depth": 2, "beam": 24, "reached_depth": 2,
///      "candidates": 2612, "evaluated": 65301, "cancelled": false,
///      "cost": "events, then effort", "found_count": 14,
///      "found": [{"rank": 1, "events": 2, "effort": 0.25, "value": 59.8, "commands": ["apply …", "apply …"]}],
///      "requirements": [{"input": "RU.ceasefire position", "kind": "position", "actor": "RU", "issue": "ceasefire",
///                        "from": 85.0, "to": 59.9, "change": -25.1, "spread": 10.0, "relative": 2.51}],
///      "package_note": null, "not_explored": ["…"], "requirement_notes": ["…"]}
///
/// `value` and `start` are null for none; `issue`, `spread` and `relative` are null where they
/// do not apply; `package_note` is null unless a deal the goal asks for on one issue holds while
/// the seeds' package has none.
public enum SearchJSON {
    public static func render(_ result: SearchResult) -> String {
        let s = JSONText.string, n = JSONText.number
        func optional(_ value: Double?) -> String { value.map(n) ?? "null" }
        var text = "{\"goal\": \(s(result.goal)), \"measure\": \(s(result.measure)), \"branch\": \(s(result.branch))"
        text += ", \"steps\": \(result.steps), \"start\": \(optional(result.startValue)), \"already_met\": \(result.alreadyMet)"
        text += ", \"depth\": \(result.depth), \"beam\": \(result.beam), \"reached_depth\": \(result.reachedDepth)"
        text += ", \"types\": [\(result.types.map(s).joined(separator: ", "))]"
        text += ", \"candidates\": \(result.candidates), \"evaluated\": \(result.evaluated), \"cancelled\": \(result.cancelled)"
        text += ", \"cost\": \(s(SearchReport.costRule)), \"found_count\": \(result.foundCount), \"found\": ["
        text += result.found.enumerated().map { index, path in
            "\n  {\"rank\": \(index + 1), \"events\": \(path.commands.count), \"effort\": \(n(path.effort))"
                + ", \"value\": \(optional(path.value)), \"commands\": [\(path.commands.map(s).joined(separator: ", "))]}"
        }.joined(separator: ",")
        text += result.found.isEmpty ? "]" : "\n]"
        text += ", \"requirements\": ["
        text += result.requirements.map { r in
            "\n  {\"input\": \(s(r.input)), \"kind\": \(s(r.kind.rawValue)), \"actor\": \(s(r.actor))"
                + ", \"issue\": \(r.issue.map(s) ?? "null"), \"from\": \(n(r.from)), \"to\": \(n(r.to))"
                + ", \"change\": \(n(r.change)), \"spread\": \(optional(r.spread)), \"relative\": \(optional(r.relative))}"
        }.joined(separator: ",")
        text += result.requirements.isEmpty ? "]" : "\n]"
        text += ", \"package_note\": \(result.packageNote.map(s) ?? "null")"
        text += ", \"not_explored\": [\(result.pruning.map(s).joined(separator: ", "))]"
        text += ", \"requirement_notes\": [\(result.requirementNotes.map(s).joined(separator: ", "))]}\n"
        return text
    }
}
