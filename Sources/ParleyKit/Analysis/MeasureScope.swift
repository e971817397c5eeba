/// What a measure is read against: the world (for names and snapshots), where the scenario
/// started, and the scenario now.
///
///     MeasureScope(world: world, baseline: branch.baseline, scenario: branch.scenario)
///
/// A Monte Carlo run reads its own drawn start as the baseline, so `moved` means the same.
public struct MeasureScope: Sendable {
    public var world: World
    public var baseline: Scenario
    public var scenario: Scenario

    public init(world: World, baseline: Scenario, scenario: Scenario) {
        self.world = world
        self.baseline = baseline
        self.scenario = scenario
    }
}
