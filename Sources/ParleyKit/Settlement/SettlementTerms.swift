/// The no-deal side of a scenario, aligned with its actors and issues, so events can move it.
///
///     scenario.settlement.noDeal[territory]                       // 55: facts on the ground
///     scenario.settlement.expected(actor: ru, issue: territory)  // 75: what Moscow expects
///
/// Points are on the issues' 0–100 scales. An issue with no signatories is not modelled.
public struct SettlementTerms: Sendable, Hashable {
    public let actorCount: Int
    public let issueCount: Int
    /// Per issue, the signatories' actor indices in the seeds' order; empty when not modelled.
    public var signatories: [[Int]]
    /// Per issue, the facts on the ground.
    public var noDeal: [Double]
    /// Row-major actors × issues: what each actor expects the no-deal outcome to become.
    public var expectations: [Double]
    /// Per actor, its cost of continuing, in points.
    public var costs: [Double]
    /// How far ahead the expectations look, in days.
    public var horizonDays: Int
    /// The issues `settle --package` bargains over.
    public var package: [Int]
    /// Row-major actors × issues: whether the actor holds the issue as a red line (judged on its
    /// own inside a package).
    public var redLines: [Bool]
    /// Per issue, the ± of the no-deal point (points), from its evidence.
    public var noDealUncertainty: [Double]
    /// Row-major actors × issues: the ± of each expectation.
    public var expectationUncertainty: [Double]
    /// Per actor, the ± of its cost of continuing.
    public var costUncertainty: [Double]
    /// Row-major actors × issues: whether the expectation is the actor's own (from the seeds or
    /// an event) rather than the facts on the ground, which it then follows when they move.
    public var ownExpectation: [Bool]
    /// Per issue, whether a deal on it alone stands only with a deal on the package
    /// (`conditional: {ISSUE: {on: package}}` in the seeds).
    public var conditionalOnPackage: [Bool]

    /// No settlement model: nothing is signed by anyone.
    public static func none(actors: Int, issues: Int) -> SettlementTerms {
        SettlementTerms(actorCount: actors, issueCount: issues, signatories: Array(filling: [], count: issues),
                        noDeal: Array(filling: 0, count: issues), expectations: Array(filling: 0, count: actors * issues),
                        costs: Array(filling: 0, count: actors), horizonDays: 0, package: [])
    }

    public func expected(actor: Int, issue: Int) -> Double { expectations[actor * issueCount + issue] }

    /// Whether the actor's expectation is its own rather than the facts on the ground.
    public func hasOwnExpectation(actor: Int, issue: Int) -> Bool { ownExpectation[actor * issueCount + issue] }

    /// Whether `actor` holds `issue` as a red line.
    public func isRedLine(actor: Int, issue: Int) -> Bool { redLines[actor * issueCount + issue] }

    /// Whether a deal on `issue` alone defers to the package's verdict.
    public func isConditionalOnPackage(_ issue: Int) -> Bool { conditionalOnPackage[issue] }

    /// Whether any issue is modelled.
    public var isModelled: Bool { signatories.contains { !$0.isEmpty } }

    /// The terms a seed snapshot documents, for a scenario with these actor and issue ids.
    public init(seeds: SettlementSeeds?, date: CalendarDate, actors: [String], issues: [String]) {
        self = .none(actors: actors.count, issues: issues.count)
        guard let seeds, let terms = seeds.terms(on: date) else { return }
        horizonDays = terms.horizon.days
        for (d, issue) in issues.enumerated() {
            signatories[d] = (seeds.signatories[issue] ?? []).compactMap { actors.firstIndex(of: $0) }
            noDeal[d] = terms.noDeal[issue]?.value ?? 0
            for a in actors.indices {
                expectations[a * issues.count + d] = terms.expectations[actors[a]]?[issue]?.value ?? noDeal[d]
                ownExpectation[a * issues.count + d] = terms.expectations[actors[a]]?[issue] != nil
            }
        }
        for (d, issue) in issues.enumerated() {
            noDealUncertainty[d] = terms.spreads.noDeal[issue] ?? 0
            for a in actors.indices {
                // An expectation not in the file is the no-deal point itself, and shares its ±.
                expectationUncertainty[a * issues.count + d] = terms.spreads.expectations[actors[a]]?[issue] ?? noDealUncertainty[d]
                redLines[a * issues.count + d] = terms.redLines[actors[a]]?[issue] != nil
            }
            conditionalOnPackage[d] = terms.conditionalOnPackage[issue] != nil
        }
        for (a, actor) in actors.enumerated() {
            costs[a] = terms.costs[actor]?.value ?? 0
            costUncertainty[a] = terms.spreads.costs[actor] ?? 0
        }
        package = seeds.package.compactMap { issues.firstIndex(of: $0) }
    }

    private init(actorCount: Int, issueCount: Int, signatories: [[Int]], noDeal: [Double], expectations: [Double],
                 costs: [Double], horizonDays: Int, package: [Int]) {
        self.actorCount = actorCount
        self.issueCount = issueCount
        self.signatories = signatories
        self.noDeal = noDeal
        self.expectations = expectations
        self.costs = costs
        self.horizonDays = horizonDays
        self.package = package
        redLines = Array(filling: false, count: actorCount * issueCount)
        noDealUncertainty = Array(filling: 0, count: issueCount)
        expectationUncertainty = Array(filling: 0, count: actorCount * issueCount)
        costUncertainty = Array(filling: 0, count: actorCount)
        ownExpectation = Array(filling: false, count: actorCount * issueCount)
        conditionalOnPackage = Array(filling: false, count: issueCount)
    }
}
