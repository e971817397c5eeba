/// `timeline --json`: what the branch did since its snapshot, and what is still pending.
///
///     TimelineJSON.render(branch, seeds: "seeds")
///     // {"branch": "main", "snapshot": "2025-07-23", "seeds": "seeds", "date": "2025-07-23", "steps": [
///     //   {"step": 1, "date": "2025-07-23", "command": "apply sanctions …", "summary": "sanctions …", "stances_moved": 1}
///     // ], "pending": [{"date": "2025-09-02", "type": "sanctions", "origin": "ultimatum", "unless": "…"}], "undone": 0}
///
/// `stances_moved` counts the actor–issue positions the step changed; `unless` is null when the
/// pending event has no condition.
enum TimelineJSON {
    static func render(_ branch: Branch, seeds: String) -> String {
        let s = JSONText.string
        var text = "{\"branch\": \(s(branch.name)), \"snapshot\": \(s(branch.snapshotDate.description)), "
        text += "\"seeds\": \(s(seeds)), \"date\": \(s(branch.scenario.date.description)), \"steps\": ["
        for (index, step) in branch.steps.enumerated() {
            let moved = Set(step.trace.filter { $0.quantity == .position }.map { "\($0.actor) \($0.subject ?? "")" }).count
            text += index == 0 ? "\n  " : ",\n  "
            text += "{\"step\": \(index + 1), \"date\": \(s(step.after.date.description)), \"command\": \(s(step.command)), "
            text += "\"summary\": \(s(step.summary)), \"stances_moved\": \(moved)}"
        }
        text += branch.steps.isEmpty ? "], \"pending\": [" : "\n], \"pending\": ["
        text += branch.scenario.scheduled.map { event in
            "{\"date\": \(s(event.date.description)), \"type\": \(s(event.type)), \"origin\": \(s(event.origin)), "
                + "\"unless\": \(event.conditionText.map(s) ?? "null")}"
        }.joined(separator: ", ")
        return text + "], \"undone\": \(branch.undone.count)}\n"
    }
}
