/// The briefing's account of what the branch did: its steps, the stances before and after, and
/// one chart per issue.
extension Briefing {
    public struct StepRow: Sendable {
        public var step: Int
        public var date: CalendarDate
        public var summary: String
        /// The step in words for a class (`StepWording`).
        public var words: String
    }

    /// An actor whose capability a step changed.
    public struct CapabilityRow: Sendable {
        public var actor: String
        public var before: Double
        public var after: Double
    }

    public struct StanceRow: Sendable {
        public var actor: String
        public var issue: String
        public var before: Double
        public var after: Double
        public var change: Double { after - before }
    }

    /// One issue's positions at the baseline and after each step.
    public struct IssueChart: Sendable {
        public var issue: Issue
        public var series: [PositionChart.Series]
        public var dates: [CalendarDate]
    }

    static func stepRows(_ branch: Branch, catalog: EventCatalog, seeds: Seeds) -> [StepRow] {
        branch.steps.enumerated().map {
            StepRow(step: $0.offset + 1, date: $0.element.after.date, summary: $0.element.summary,
                    words: StepWording.words(for: $0.element, catalog: catalog, seeds: seeds))
        }
    }

    /// Only the actors whose capability moved, as shown (to a tenth).
    static func capabilityRows(_ branch: Branch) -> [CapabilityRow] {
        let start = branch.baseline, now = branch.scenario
        return start.actors.indices.compactMap { a in
            Figures.points(start.capabilities[a]) == Figures.points(now.capabilities[a]) ? nil
                : CapabilityRow(actor: start.actors[a], before: start.capabilities[a], after: now.capabilities[a])
        }
    }

    static func stanceRows(_ branch: Branch) -> [StanceRow] {
        let start = branch.baseline, now = branch.scenario
        return start.actors.enumerated().flatMap { a, actor in
            start.issues.enumerated().map { i, issue in
                StanceRow(actor: actor, issue: issue, before: start.position(actor: a, issue: i),
                          after: now.position(actor: a, issue: i))
            }
        }
    }

    static func charts(_ branch: Branch, issues: [Issue]) -> [IssueChart] {
        let scenarios = [branch.baseline] + branch.steps.map(\.after)
        return issues.enumerated().map { i, issue in
            IssueChart(issue: issue,
                       series: branch.baseline.actors.enumerated().map { a, actor in
                           PositionChart.Series(actor: actor, values: scenarios.map { $0.position(actor: a, issue: i) })
                       },
                       dates: scenarios.map(\.date))
        }
    }
}
