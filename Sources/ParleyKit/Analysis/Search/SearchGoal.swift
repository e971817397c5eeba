/// What a search tries to reach: a ``Condition`` of the measure language, read on a scenario.
///
///     let goal = SearchGoal(condition: try Condition.parse("RU.ceasefire <= 60"),
///                           measure: try condition.measure.resolved(in: world.seeds), world: world)
///     goal.isMet(on: scenario, baseline: start)
///
/// Values are compared as `expect` compares them, rounded to one decimal. The `shortfall` ranks
/// the states a search goes on from: how far the measure is from the bound, in its own units
/// (0 when met); for a settlement measure that is none (no deal space), the deal space's gap.
public struct SearchGoal: Sendable {
    public var condition: Condition
    /// The condition's measure with the world's ids.
    public var measure: Measure
    public var world: World

    public init(condition: Condition, measure: Measure, world: World) {
        self.condition = condition
        self.measure = measure
        self.world = world
    }

    /// The measure's value, nil for none.
    public func value(on scenario: Scenario, baseline: Scenario) throws(MeasureError) -> Double? {
        try value(in: MeasureScope(world: world, baseline: baseline, scenario: scenario))
    }

    /// The measure's value in a scope the caller keeps, whose world must be this goal's.
    func value(in scope: MeasureScope) throws(MeasureError) -> Double? {
        try measure.value(in: scope)
    }

    /// Whether the condition holds for a value read on a scenario (nil for none).
    public func isMet(_ value: Double?) -> Bool {
        condition.holds(value.map { Figures.rounded($0, 1) })
    }

    public func isMet(on scenario: Scenario, baseline: Scenario) throws(MeasureError) -> Bool {
        isMet(try value(on: scenario, baseline: baseline))
    }

    /// How far from the goal a value leaves a scenario; 0 when met.
    public func shortfall(_ value: Double?, on scenario: Scenario) -> Double {
        if isMet(value) { return 0 }
        let step = 0.1
        guard let value = value.map({ Figures.rounded($0, 1) }), let bound = condition.bound else {
            // None on one side: how far the settlement is from having (or losing) a deal space.
            return step + settlementDistance(on: scenario)
        }
        // A deal that has yet to open (deal.ISSUE == 1, settle.ISSUE.width > 20): its gap is the distance.
        var extra = 0.0
        if case .deal = measure { extra = settlementDistance(on: scenario) }
        if case .dealWidth = measure, value == 0 { extra = settlementDistance(on: scenario) }
        return extra + numericShortfall(value, bound, step)
    }

    func numericShortfall(_ value: Double, _ bound: Double, _ step: Double) -> Double {
        switch condition.comparison {
        case .atMost: return value - bound
        case .less: return value - bound + step
        case .atLeast: return bound - value
        case .greater: return bound - value + step
        case .equal: return abs(value - bound)
        case .notEqual: return step
        }
    }

    /// The points a deal space lacks (its gap) or has (its width) on the measure's issue; 100
    /// when the measure names no issue's deal space.
    func settlementDistance(on scenario: Scenario) -> Double {
        guard let issue = measure.settlementIssue, let index = scenario.issueIndex(issue),
              let settlement = scenario.settle(issue: index) else { return 100 }
        switch settlement.outcome {
        case .gap(let points, _, _): return points
        case .deal(let lower, let upper, _): return upper - lower
        // Conditional on a package with no deal: the package's gap must close (a cheap bound on it).
        case .blockedByPackage: return scenario.packageGapAtLeast() ?? 100
        }
    }
}

extension SearchGoal {
    /// This goal with a world and text of its own (``World/Copier``), for a worker of
    /// ``ParallelRuns``: every run copies the goal and the world it reads.
    func unshared() -> SearchGoal {
        var copy = self
        copy.world = World.Copier(world).copy()
        copy.condition.subject = Unshared.string(condition.subject)
        return copy
    }
}
