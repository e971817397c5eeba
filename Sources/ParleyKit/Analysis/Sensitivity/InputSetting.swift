/// Inputs set to levels of their ranges, applied to a branch's start and catalog: the scenario
/// and catalog one evaluation replays the branch on.
///
///     let setting = InputSetting([(input, 0)])          // one input at its low end
///     let (start, catalog) = setting.applied(to: branch.baseline, catalog: world.catalog)
///
/// Positions are set (the ideal moves with them, as in the Monte Carlo); saliences are
/// multiplied and each touched actor's row rescaled to its old total; capabilities multiplied
/// within 0–100 (the recovery baseline with them); magnitudes scaled through
/// ``EventCatalog/scaled(_:)``; a structural choice below level ½ takes its alternative.
public struct InputSetting: Sendable {
    public var levels: [(input: SensitivityInput, level: Double)]

    public init(_ levels: [(input: SensitivityInput, level: Double)]) {
        self.levels = levels
    }

    public func applied(to baseline: Scenario, catalog: EventCatalog) -> (start: Scenario, catalog: EventCatalog) {
        InputLayout(levels.map(\.input), baseline: baseline, catalog: catalog)
            .applied(levels.indices.lazy.map { ($0, levels[$0].level) }, to: baseline, catalog: catalog)
    }
}
