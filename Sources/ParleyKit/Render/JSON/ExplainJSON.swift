/// `explain ACTOR ISSUE --json`: the start of a stance with its provenance, then each change.
///
///     ExplainJSON.stance(actor: "RU", issue: issue, stance: stance, snapshot: date, branch: branch, seeds: seeds)
///     // {"actor": "RU", "issue": "sanctions", "branch": "main", "date": "2025-07-23",
///     //  "position": 88.0, "band": "…", "salience": 0.132,
///     //  "start": {"snapshot": "2025-07-23", "position": 88.0, "salience": 0.09,
///     //            "position_source": {"estimate": "…"}, "salience_source": {"estimate": "…"},
///     //            "position_provenance": {…}, "salience_provenance": {…}},
///     //  "changes": [{"step": 1, "date": "2025-07-23", "quantity": "salience", "cause": "sanctions, salience effect",
///     //               "before": 0.09, "after": 0.132, "reason": "…"}]}
///
/// The changes are those `explain` lists: too small to show at the figures' precision is none.
/// `explain ACTOR capability --json` has `capability` in place of position and salience.
enum ExplainJSON {
    static func stance(actor: String, issue: Issue, stance: Stance, snapshot: CalendarDate, branch: Branch,
                       seeds: Seeds, changes: [TraceEntry]) -> String {
        let s = JSONText.string, n = JSONText.number
        let scenario = branch.scenario
        let a = scenario.actorIndex(actor)!, i = scenario.issueIndex(issue.id)!
        let position = scenario.position(actor: a, issue: i)
        var text = "{\"actor\": \(s(actor)), \"issue\": \(s(issue.id)), \"branch\": \(s(branch.name)), "
        text += "\"date\": \(s(scenario.date.description)), \"position\": \(n(position)), "
        text += "\"band\": \(issue.band(for: position).map { s($0.label) } ?? "null"), "
        text += "\"salience\": \(n(scenario.salience(actor: a, issue: i))),\n "
        text += "\"start\": {\"snapshot\": \(s(snapshot.description)), \"position\": \(n(stance.position.value)), "
        text += "\"salience\": \(n(stance.salience.value)), "
        text += "\"position_source\": \(StanceJSON.origin(.seeds(stance.position.provenance))), "
        text += "\"salience_source\": \(StanceJSON.origin(.seeds(stance.salience.provenance))), "
        text += "\"position_provenance\": \(StanceJSON.evidence(Evidence(stance.position, on: snapshot, seeds: seeds))), "
        text += "\"salience_provenance\": \(StanceJSON.evidence(Evidence(stance.salience, on: snapshot, seeds: seeds)))},\n "
        return text + "\"changes\": " + self.changes(changes) + "}\n"
    }

    static func capability(_ actor: Actor, branch: Branch) -> String {
        let s = JSONText.string, n = JSONText.number
        let scenario = branch.scenario
        let now = scenario.actorIndex(actor.id).map { scenario.capabilities[$0] } ?? actor.capability.value
        var text = "{\"actor\": \(s(actor.id)), \"issue\": \"capability\", \"branch\": \(s(branch.name)), "
        text += "\"date\": \(s(scenario.date.description)), \"capability\": \(n(now)),\n "
        text += "\"start\": {\"capability\": \(n(actor.capability.value)), "
        text += "\"capability_source\": \(StanceJSON.origin(.seeds(actor.capability.provenance)))},\n "
        let entries = branch.trace.filter { $0.actor == actor.id && $0.quantity == .capability }
        return text + "\"changes\": " + changes(entries) + "}\n"
    }

    private static func changes(_ entries: [TraceEntry]) -> String {
        let s = JSONText.string, n = JSONText.number
        guard !entries.isEmpty else { return "[]" }
        return "[\n  " + entries.map { entry in
            "{\"step\": \(entry.step), \"date\": \(s(entry.date.description)), \"quantity\": \(s(entry.quantity.rawValue)), "
                + "\"cause\": \(s(entry.cause)), \"before\": \(n(entry.before)), \"after\": \(n(entry.after)), "
                + "\"reason\": \(s(entry.reason))}"
        }.joined(separator: ",\n  ") + "\n ]"
    }
}
