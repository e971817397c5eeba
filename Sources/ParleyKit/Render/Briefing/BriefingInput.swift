/// What a briefing is built from: the branch, its notes and the results already computed for it.
/// The session assembles this; the briefing only arranges it, and calls no model.
///
///     let input = BriefingInput(seeds: world.seeds, catalog: world.catalog, branch: branch,
///                               consensus: branch.scenario.issues.indices.map { branch.scenario.consensus(issue: $0) },
///                               simulation: session.results.current(SimulationResult.self, on: branch),
///                               instructor: false)
///     BriefingHTML.render(Briefing(input))
public struct BriefingInput: Sendable {
    public var seeds: Seeds
    /// The event catalog, for putting a step in words.
    public var catalog: EventCatalog
    public var branch: Branch
    /// The notes to show (the branch's), in the order written.
    public var notes: [Note]
    /// The coalition consensus per issue of the branch as it stands, in issue order.
    public var consensus: [CoalitionConsensus]
    /// A simulation of this branch as it stands, if one was run.
    public var simulation: SimulationResult?
    /// True for the teacher's copy, with `note instructor:` lines.
    public var instructor: Bool
    /// The deal space of each modelled issue of the branch as it stands, and of its package.
    public var settlement: [IssueSettlement]
    public var package: PackageSettlement?
    /// The session's dated questions; the briefing lists those asked on its branch.
    public var questions: [Question] = []
    /// One-at-a-time sensitivity of the headlines (and of any target run on this branch), for
    /// the tornado section.
    public var sensitivity: [SensitivityResult] = []
    /// The searches run on this branch, oldest first.
    public var searches: [SearchResult] = []
    /// SMP, the settlement and GMCR side by side on the branch as it stands; nil without a conflict model.
    public var models: ModelComparison?
    /// The futures to set side by side (`brief --compare`), in the order asked; empty for none.
    public var alternatives: [BranchOutlook] = []

    public init(seeds: Seeds, catalog: EventCatalog, branch: Branch, notes: [Note]? = nil, consensus: [CoalitionConsensus],
                simulation: SimulationResult?, instructor: Bool, settlement: [IssueSettlement] = [], package: PackageSettlement? = nil,
                models: ModelComparison? = nil, alternatives: [BranchOutlook] = []) {
        self.settlement = settlement
        self.package = package
        self.seeds = seeds
        self.catalog = catalog
        self.branch = branch
        self.notes = notes ?? branch.notes
        self.consensus = consensus
        self.simulation = simulation
        self.instructor = instructor
        self.models = models
        self.alternatives = alternatives
    }

    /// The snapshot the branch's starting values are cited from.
    var snapshot: Snapshot {
        seeds.snapshot(onOrBefore: branch.snapshotDate) ?? seeds.latest
    }

    /// Where a starting position came from, as a briefing cites it.
    func source(actor: String, issue: String) -> Briefing.Source {
        snapshot.stance(actor: actor, issue: issue).map { Briefing.Source($0.position.provenance, seeds: seeds) }
            ?? .estimate("not in the snapshot")
    }
}
