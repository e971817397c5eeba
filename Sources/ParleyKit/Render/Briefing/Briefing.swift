/// What a teaching briefing shows, read once from a session's current branch so that the
/// HTML and Markdown renderers agree on every number.
///
///     let briefing = Briefing(session: session, world: world, branch: branch, instructor: false)
///     BriefingHTML.render(briefing)
public struct Briefing {
    /// A starting value's source: the document and its quote, or the estimate's reasoning.
    public enum Source {
        case document(SourceDocument?, Citation)
        case estimate(String)

        init(_ provenance: Provenance, seeds: Seeds) {
            switch provenance {
            case .source(let citation): self = .document(seeds.document(named: citation.document), citation)
            case .estimate(let reasoning): self = .estimate(reasoning)
            }
        }
    }

    public struct BaselineRow {
        public var actor: String
        public var issue: String
        public var position: Double
        /// The ± of the position, from the evidence (docs/SEEDS.md).
        public var uncertainty: Double
        /// The band, or every band the ± range enters ("early ceasefire, details after / partial truces …").
        public var bands: String
        public var source: Source
    }

    public struct TimelineRow {
        public var step: Int
        public var date: CalendarDate
        public var summary: String
        /// The step in words for a class (`StepWording`).
        public var words: String
    }

    /// An actor whose capability a step changed.
    public struct CapabilityRow {
        public var actor: String
        public var before: Double
        public var after: Double
    }

    public struct StanceRow {
        public var actor: String
        public var issue: String
        public var before: Double
        public var after: Double
        public var change: Double { after - before }
    }

    /// One issue's positions at the baseline and after each step.
    public struct IssueChart {
        public var issue: Issue
        public var series: [PositionChart.Series]
        public var dates: [CalendarDate]
    }

    public struct ForecastRow {
        public var issue: String
        public var forecast: IssueForecast
        /// The Monte Carlo settlement band, when a simulation of this branch as it stands exists.
        public var simulated: SimulationResult.Band?
    }

    /// An `explain` chain: a stance that moved, its starting source and every change.
    public struct Chain {
        public var stance: StanceRow
        public var start: Source
        public var entries: [TraceEntry]
    }

    public var title: String
    public var branch: String
    public var snapshotDate: CalendarDate
    public var date: CalendarDate
    public var notes: [String]
    public var questions: [String]
    /// Nil unless the teacher's copy was asked for.
    public var instructorNotes: [String]?
    public var baseline: [BaselineRow]
    public var timeline: [TimelineRow]
    public var stances: [StanceRow]
    /// Only the actors whose capability moved.
    public var capabilities: [CapabilityRow]
    public var charts: [IssueChart]
    public var forecasts: [ForecastRow]
    /// Runs and seed of the simulation behind `ForecastRow.simulated`.
    public var simulation: (runs: Int, seed: UInt64)?
    public var chains: [Chain]
    /// Every issue's scale ends, for reading positions.
    public var issues: [Issue]
    /// The seeds' source documents, for the reading list.
    public var documents: [SourceDocument]

    /// The most stances whose chains are shown.
    static let chainLimit = 5

    public init(session: Session, world: World, branch: Branch, instructor: Bool) {
        let seeds = world.seeds
        let snapshot = seeds.snapshot(onOrBefore: branch.snapshotDate) ?? seeds.latest
        let start = branch.baseline, now = branch.scenario
        let everyone = session.notes.filter { $0.audience == .everyone }.map(\.text)
        title = everyone.first ?? "parley briefing: branch \(branch.name)"
        notes = Array(everyone.dropFirst())
        questions = session.notes.filter { $0.audience == .question }.map(\.text)
        instructorNotes = instructor ? session.notes.filter { $0.audience == .instructor }.map(\.text) : nil
        self.branch = branch.name
        snapshotDate = snapshot.date
        date = now.date
        issues = start.issues.compactMap { seeds.issue(named: $0) }
        documents = seeds.documents

        var baseline: [BaselineRow] = [], stances: [StanceRow] = []
        for (a, actor) in start.actors.enumerated() {
            for (i, issue) in start.issues.enumerated() {
                let source = snapshot.stance(actor: actor, issue: issue).map { Source($0.position.provenance, seeds: seeds) }
                    ?? .estimate("not in the snapshot")
                let position = start.position(actor: a, issue: i), spread = start.uncertainty(actor: a, issue: i)
                let bands = seeds.issue(named: issue)?.bands(from: position, uncertainty: spread).map(\.label) ?? []
                baseline.append(BaselineRow(actor: actor, issue: issue, position: position, uncertainty: spread,
                                            bands: bands.joined(separator: " / "), source: source))
                stances.append(StanceRow(actor: actor, issue: issue, before: start.position(actor: a, issue: i),
                                         after: now.position(actor: a, issue: i)))
            }
        }
        self.baseline = baseline
        self.stances = stances
        timeline = branch.steps.enumerated().map {
            TimelineRow(step: $0.offset + 1, date: $0.element.after.date, summary: $0.element.summary,
                        words: StepWording.words(for: $0.element, world: world))
        }
        capabilities = start.actors.indices.compactMap { a in
            Figures.points(start.capabilities[a]) == Figures.points(now.capabilities[a]) ? nil
                : CapabilityRow(actor: start.actors[a], before: start.capabilities[a], after: now.capabilities[a])
        }

        let scenarios = [start] + branch.steps.map(\.after)
        charts = issues.enumerated().map { i, issue in
            IssueChart(issue: issue,
                       series: start.actors.enumerated().map { a, actor in
                           PositionChart.Series(actor: actor, values: scenarios.map { $0.position(actor: a, issue: i) })
                       },
                       dates: scenarios.map(\.date))
        }

        // A simulation counts only if it replayed this branch as it now stands.
        let simulation = session.lastSimulation.flatMap {
            $0.branch == branch.name && $0.steps == branch.steps.count && $0.issues == now.issues ? $0 : nil
        }
        self.simulation = simulation.map { ($0.runs, $0.seed) }
        forecasts = now.issues.indices.map { i in
            ForecastRow(issue: now.issues[i], forecast: now.forecast(issue: i),
                        simulated: simulation?.settlementPercentiles(issue: i))
        }

        // Largest moves first; ties keep actor-then-issue order so the choice is stable.
        let moved = stances.enumerated()
            .filter { Figures.fixed($0.element.before, 1) != Figures.fixed($0.element.after, 1) }
            .sorted { (abs($1.element.change), $0.offset) < (abs($0.element.change), $1.offset) }
            .prefix(Self.chainLimit).map(\.element)
        chains = moved.map { row in
            let source = snapshot.stance(actor: row.actor, issue: row.issue).map { Source($0.position.provenance, seeds: seeds) }
                ?? .estimate("not in the snapshot")
            return Chain(stance: row, start: source, entries: branch.history(actor: row.actor, issue: row.issue))
        }
    }
}
