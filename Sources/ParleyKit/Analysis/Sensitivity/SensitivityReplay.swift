/// One evaluation: the branch replayed from its start with some inputs changed, and the
/// targets read at its end. What the one-at-a-time and Morris analyses both call.
///
///     let replay = SensitivityReplay(world: world, branch: branch, targets: [target])
///     let values = try replay.values(InputSetting([(input, 1)]))   // [target at input's high end]
struct SensitivityReplay: Sendable {
    var world: World
    var branch: Branch
    var targets: [SensitivityTarget]

    func values(_ setting: InputSetting, failing input: String? = nil, level: Double = 0) throws(SensitivityFailure) -> [Double?] {
        let (start, catalog) = setting.applied(to: branch.baseline, catalog: world.catalog)
        let end: Scenario
        do throws(ReplayFailure) {
            end = try start.replaying(branch.moves, catalog: catalog)
        } catch {
            throw SensitivityFailure(input: input, level: level, command: branch.steps[error.moveIndex].command,
                                     reason: error.failure)
        }
        let scope = MeasureScope(world: world, baseline: start, scenario: end)
        return targets.map { $0.value(in: scope) }
    }
}

/// Slots written by parallel runs, run `r` only its own: the results do not depend on timing.
final class SensitivitySlots: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Double?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        _ = storage.deinitialize()
        storage.deallocate()
    }

    subscript(index: Int) -> Double? {
        get { storage[index] }
        set { storage[index] = newValue }
    }
}
