/// `branches --json`: every branch, in the order made, the current one marked.
///
///     BranchesJSON.render(session.branches, current: session.currentBranchIndex)
///     // {"current": "main", "branches": [
///     //   {"name": "main", "current": true, "date": "2025-07-23", "snapshot": "2025-07-23", "steps": 1, "last": "sanctions …"}
///     // ]}
///
/// `last` is the newest step's summary, null for a branch still as loaded.
enum BranchesJSON {
    static func render(_ branches: [Branch], current: Int) -> String {
        let s = JSONText.string
        let name = branches.indices.contains(current) ? s(branches[current].name) : "null"
        let rows = branches.enumerated().map { index, branch in
            "{\"name\": \(s(branch.name)), \"current\": \(index == current), \"date\": \(s(branch.scenario.date.description)), "
                + "\"snapshot\": \(s(branch.snapshotDate.description)), \"steps\": \(branch.steps.count), "
                + "\"last\": \(branch.steps.last.map { s($0.summary) } ?? "null")}"
        }
        return "{\"current\": \(name), \"branches\": [\n  " + rows.joined(separator: ",\n  ") + "\n]}\n"
    }
}
