/// One slot per run (or per worker) of ``ParallelRuns``, each written by that run alone, so what
/// they hold does not depend on timing; read after the runs, which the team's join orders.
///
///     let slots = RunSlots<Double>(count: points.count)
///     try runs.perform(points.count) { point in slots[point] = value(at: point) }
///     let values = (0..<points.count).map { slots[$0] }   // nil where a run wrote nothing
final class RunSlots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        _ = storage.deinitialize()
        storage.deallocate()
    }

    subscript(index: Int) -> Value? {
        get { storage[index] }
        set { storage[index] = newValue }
    }
}
