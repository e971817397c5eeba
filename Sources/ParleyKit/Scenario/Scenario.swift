/// The state of the talks at one moment of a what-if: every actor's capability, and its
/// position, salience and uncertainty on every issue, plus what is scheduled to happen.
///
///     var scenario = Scenario(date: date, actors: ["RU", "UA"], issues: ["ceasefire"], …)
///     scenario.position(actor: 0, issue: 0)  // 0–100
///
/// Positions and capabilities use the seeds' 0–100 scale; saliences are 0–1. The bargaining
/// core works on 0–1, and the conversion happens only in ``bargain(among:issues:turns:model:)``.
public struct Scenario: Sendable, Hashable {
    public var date: CalendarDate
    public let actors: [String]
    public let issues: [String]
    /// Capability per actor, 0–100.
    public var capabilities: [Double]
    /// The capability each actor returns to as an event's gain or loss fades (the snapshot's).
    public var capabilityBaseline: [Double]
    /// Row-major actors × issues, 0–100.
    public var positions: [Double]
    /// Row-major actors × issues, 0–1; each actor's row sums to at most 1.
    public var saliences: [Double]
    /// Row-major actors × issues: the ± spread on each position, in points.
    public var uncertainties: [Double]
    /// Row-major actors × issues: the points actors judge outcomes from (KTAB's ideals).
    public var ideals: [Double]
    /// Row-major actors × actors: how far each actor's ideal follows another's stance (0–1),
    /// diagonal unused. All zero means KTAB's default, ideals equal to positions.
    public var accommodation: [Double]
    /// Events waiting for their date, in the order they were scheduled.
    public var scheduled: [ScheduledEvent]
    /// Who must sign each issue and what holds without a deal (the settlement model's input).
    public var settlement: SettlementTerms
    /// Events applied so far, oldest first (for the Graph Model's option state).
    public var applied: [AppliedEvent] = []

    public init(date: CalendarDate, actors: [String], issues: [String], capabilities: [Double],
                positions: [Double], saliences: [Double], uncertainties: [Double]? = nil) {
        precondition(capabilities.count == actors.count && positions.count == actors.count * issues.count
                     && saliences.count == positions.count, "scenario shape")
        self.date = date
        self.actors = actors
        self.issues = issues
        self.capabilities = capabilities
        self.capabilityBaseline = capabilities
        self.positions = positions
        self.saliences = saliences
        self.uncertainties = uncertainties ?? [Double](repeating: 0, count: positions.count)
        self.ideals = positions
        self.accommodation = [Double](repeating: 0, count: actors.count * actors.count)
        self.scheduled = []
        self.settlement = .none(actors: actors.count, issues: issues.count)
    }

    public func position(actor: Int, issue: Int) -> Double { positions[actor * issues.count + issue] }
    public func salience(actor: Int, issue: Int) -> Double { saliences[actor * issues.count + issue] }
    public func uncertainty(actor: Int, issue: Int) -> Double { uncertainties[actor * issues.count + issue] }

    public func actorIndex(_ id: String) -> Int? { actors.firstIndex(of: id) }
    public func issueIndex(_ id: String) -> Int? { issues.firstIndex(of: id) }

    /// Whether any actor accommodates another, so ideals must be tracked apart from positions.
    var accommodates: Bool { accommodation.contains { $0 != 0 } }
}

/// An event waiting for its date, such as the sanctions an ultimatum threatens.
public struct ScheduledEvent: Sendable, Hashable {
    public var date: CalendarDate
    public var type: String
    public var arguments: [String: ParameterValue]
    /// It is skipped if this formula holds on its date.
    public var unless: Formula?
    /// Scope for `unless`: the scheduling event's arguments and the positions when it was set.
    public var context: [String: ParameterValue]
    public var positionsWhenScheduled: [Double]
    /// What scheduled it, for the timeline.
    public var origin: String
}
