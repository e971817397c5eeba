/// The state of the talks at one moment of a what-if: every actor's capability, and its
/// position, salience and uncertainty on every issue, plus what is scheduled to happen.
///
///     var scenario = Scenario(date: date, actors: ["RU", "UA"], issues: ["ceasefire"], …)
///     scenario.positions[0, 0]  // RU on ceasefire, 0–100
///
/// Positions and capabilities use the seeds' 0–100 scale; saliences are 0–1. The bargaining
/// core works on 0–1, and the conversion happens only in
/// ``bargain(among:issues:turns:uptake:model:step:cause:reason:)``.
public struct Scenario: Sendable, Hashable {
    public var date: CalendarDate
    public let actors: [String]
    public let issues: [String]
    /// Per actor, its place when actors are sorted by id: the settlement model takes
    /// signatories in id order per run, and comparing these is cheaper than comparing ids.
    let actorRanks: [Int]
    /// Capability per actor, 0–100.
    public var capabilities: [Double]
    /// The capability each actor returns to as an event's gain or loss fades (the snapshot's).
    public var capabilityBaseline: [Double]
    /// Actors × issues, 0–100.
    public var positions: Grid
    /// Actors × issues, 0–1; each actor's row sums to at most 1.
    public var saliences: Grid
    /// Actors × issues: the ± spread on each position, in points.
    public var uncertainties: Grid
    /// Actors × issues: the points actors judge outcomes from (KTAB's ideals).
    public var ideals: Grid
    /// Actors × actors: how far each actor's ideal follows another's stance (0–1), diagonal
    /// unused. All zero means KTAB's default, ideals equal to positions.
    public var accommodation: Grid
    /// Events waiting for their date, in the order they were scheduled.
    public var scheduled: [ScheduledEvent]
    /// Who must sign each issue and what holds without a deal (the settlement model's input).
    public var settlement: SettlementTerms
    /// Events applied so far, oldest first (for the Graph Model's option state).
    public var applied: [AppliedEvent] = []

    /// A scenario from per-stance values listed actor by actor (each actor's issues in order).
    public init(date: CalendarDate, actors: [String], issues: [String], capabilities: [Double],
                positions: [Double], saliences: [Double], uncertainties: [Double]? = nil) {
        precondition(capabilities.count == actors.count && positions.count == actors.count * issues.count
                     && saliences.count == positions.count, "scenario shape")
        let (n, d) = (actors.count, issues.count)
        self.date = date
        self.actors = actors
        self.issues = issues
        var ranks = [Int](filling: 0, count: n)
        for (rank, a) in actors.indices.sorted(by: { actors[$0] < actors[$1] }).enumerated() { ranks[a] = rank }
        self.actorRanks = ranks
        self.capabilities = capabilities
        self.capabilityBaseline = capabilities
        self.positions = Grid(rows: n, columns: d, values: positions)
        self.saliences = Grid(rows: n, columns: d, values: saliences)
        self.uncertainties = uncertainties.map { Grid(rows: n, columns: d, values: $0) } ?? Grid(rows: n, columns: d)
        self.ideals = self.positions
        self.accommodation = Grid(rows: n, columns: n)
        self.scheduled = []
        self.settlement = .none(actors: actors.count, issues: issues.count)
    }

    public func position(actor: Int, issue: Int) -> Double { positions[actor, issue] }
    public func salience(actor: Int, issue: Int) -> Double { saliences[actor, issue] }
    public func uncertainty(actor: Int, issue: Int) -> Double { uncertainties[actor, issue] }

    public func actorIndex(_ id: String) -> Int? { actors.firstIndex(of: id) }
    public func issueIndex(_ id: String) -> Int? { issues.firstIndex(of: id) }

    /// Whether any actor accommodates another, so ideals must be tracked apart from positions.
    var accommodates: Bool { accommodation.values.contains { $0 != 0 } }
}
