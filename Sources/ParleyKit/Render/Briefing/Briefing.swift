/// What a teaching briefing shows, arranged once from computed results so that the HTML and
/// Markdown renderers agree on every number.
///
///     let briefing = Briefing(BriefingInput(seeds: seeds, branch: branch, consensus: consensus,
///                                           simulation: nil, instructor: false))
///     BriefingHTML.render(briefing)
///
/// The fixed parts are built by their own extensions (`Briefing+Baseline`, `+Steps`,
/// `+Consensus`, `+Chains`) from the ``BriefingInput``. Every model's and analysis's section
/// (settlement, sensitivity, search, the three models, alternatives, questions) is a
/// ``BriefingSection`` built by an extension of its own and listed once in ``sectionBuilders``;
/// both renderers lay it out. Nothing here reads a session or runs a model.
public struct Briefing: Sendable {
    public var title: String
    public var branch: String
    public var snapshotDate: CalendarDate
    public var date: CalendarDate
    public var notes: [String]
    public var questions: [String]
    /// Nil unless the teacher's copy was asked for.
    public var instructorNotes: [String]?
    public var baseline: [BaselineRow]
    /// What the branch did, one row per step.
    public var steps: [StepRow]
    public var stances: [StanceRow]
    /// Only the actors whose capability moved.
    public var capabilities: [CapabilityRow]
    public var charts: [IssueChart]
    public var consensus: [ConsensusRow]
    /// Runs and seed of the simulation behind `ConsensusRow.simulated`.
    public var simulation: (runs: Int, seed: UInt64)?
    public var chains: [Chain]
    /// Every issue's scale ends, for reading positions.
    public var issues: [Issue]
    /// The seeds' source documents, for the reading list.
    public var documents: [SourceDocument]
    /// The sections after the forecast (``sectionBuilders``), those with something to show.
    public var sections: [BriefingSection]
    /// The sections after the chains (``closingSectionBuilders``).
    public var closingSections: [BriefingSection]

    public init(_ input: BriefingInput) {
        let seeds = input.seeds, branch = input.branch
        let everyone = input.notes.filter { $0.audience == .everyone }.map(\.text)
        title = everyone.first ?? "parley briefing: branch \(branch.name)"
        notes = Array(everyone.dropFirst())
        questions = input.notes.filter { $0.audience == .question }.map(\.text)
        instructorNotes = input.instructor ? input.notes.filter { $0.audience == .instructor }.map(\.text) : nil
        self.branch = branch.name
        snapshotDate = input.snapshot.date
        date = branch.scenario.date
        issues = branch.baseline.issues.compactMap { seeds.issue(named: $0) }
        documents = seeds.documents

        baseline = Self.baselineRows(input)
        stances = Self.stanceRows(branch)
        steps = Self.stepRows(branch, catalog: input.catalog, seeds: seeds)
        capabilities = Self.capabilityRows(branch)
        charts = Self.charts(branch, issues: issues)
        simulation = Self.usableSimulation(input).map { ($0.runs, $0.seed) }
        consensus = Self.consensusRows(input)
        chains = Self.chains(input, stances: stances)
        sections = Self.sectionBuilders.compactMap { $0(input) }
        closingSections = Self.closingSectionBuilders.compactMap { $0(input) }
    }
}
