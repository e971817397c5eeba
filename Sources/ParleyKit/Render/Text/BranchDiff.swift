/// Two states of the talks side by side, stance by stance: `compare A B`, `show --diff`.
///
///     let diff = BranchDiff(first: ("main", main.scenario), second: ("squeeze", squeeze.scenario))
///     diff.render(selection: .all)
///     // actor  issue      main  squeeze  change
///     // RU     sanctions  90.0     84.9    ↓5.1
///
/// `change` is the second minus the first, as displayed, so it always equals the difference of
/// the two shown values; blank where they agree.
public struct BranchDiff: Sendable {
    public struct Side: Sendable {
        public var label: String
        public var scenario: Scenario

        public init(label: String, scenario: Scenario) {
            self.label = label
            self.scenario = scenario
        }
    }

    public struct Row: Sendable, Hashable {
        public var actor: String
        public var issue: String
        public var first: Double
        public var second: Double
        public var change: Double { Figures.rounded(second, 1) - Figures.rounded(first, 1) }
    }

    public var first: Side
    public var second: Side

    public init(first: Side, second: Side) {
        self.first = first
        self.second = second
    }

    /// The stances `selection` picks, actor by actor; both sides share actors and issues.
    public func rows(_ selection: StanceSelection = .all) -> [Row] {
        let a = first.scenario, b = second.scenario
        var rows: [Row] = []
        for (actorIndex, actor) in a.actors.enumerated() {
            for (issueIndex, issue) in a.issues.enumerated() where selection.includes(actor: actor, issue: issue) {
                guard let otherActor = b.actorIndex(actor), let otherIssue = b.issueIndex(issue) else { continue }
                rows.append(Row(actor: actor, issue: issue, first: a.position(actor: actorIndex, issue: issueIndex),
                                second: b.position(actor: otherActor, issue: otherIssue)))
            }
        }
        return rows
    }

    /// The rows that differ, or with `all` every row; the first line counts both.
    public func render(_ selection: StanceSelection = .all, all: Bool = false) -> String {
        let rows = rows(selection)
        let changed = rows.filter { $0.change != 0 }
        let moved = changed.count
        var text = "\(first.label) on \(first.scenario.date) against \(second.label) on \(second.scenario.date):"
        text += " \(moved) of \(rows.count) position\(rows.count == 1 ? "" : "s") differ\(moved == 1 ? "s" : "")"
        text += "\n"
        if !all, moved == 0 { return text }
        let shown = all ? rows : changed
        let cells = [["actor", "issue", first.label, second.label, "change"]] + shown.map {
            [$0.actor, $0.issue, Figures.points($0.first), Figures.points($0.second), Figures.arrow($0.change)]
        }
        text += RightAligned.render(cells, leftColumns: 2)
        if !all, moved < rows.count {
            let left = rows.count - moved
            text += "(\(left) unchanged row\(left == 1 ? "" : "s") left out; --all shows them)\n"
        }
        return text
    }

    /// `{"first": {"label", "date"}, "second": {…}, "stances": [{"actor", "issue", "first", "second", "change"}, …]}`
    public func json(_ selection: StanceSelection = .all) -> String {
        let s = JSONText.string, n = JSONText.number
        var text = "{\"first\": {\"label\": \(s(first.label)), \"date\": \(s(first.scenario.date.description))}"
        text += ", \"second\": {\"label\": \(s(second.label)), \"date\": \(s(second.scenario.date.description))}, \"stances\": ["
        let rows = rows(selection)
        for (index, row) in rows.enumerated() {
            text += index == 0 ? "\n  " : ",\n  "
            text += "{\"actor\": \(s(row.actor)), \"issue\": \(s(row.issue)), \"first\": \(n(row.first)), \"second\": \(n(row.second))"
            text += ", \"change\": \(n(Figures.rounded(row.second - row.first, 4)))}"
        }
        return text + (rows.isEmpty ? "]}\n" : "\n]}\n")
    }
}
