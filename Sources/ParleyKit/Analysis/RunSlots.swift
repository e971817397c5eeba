/// One slot per run (or per worker) of ``ParallelRuns``, each written by that run alone, so what
/// they hold does not depend on timing; read after the runs, which the team's join orders.
///
///     let slots = RunSlots<Double>(count: points.count)
///     try runs.perform(points.count) { point in slots[point] = value(at: point) }
///     let values = (0..<points.count).map { slots[$0] }   // nil where a run wrote nothing
final class RunSlots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value?>

    var count: Int { storage.count }

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

    /// Changes slot `index` in place, made with `make` if empty: a value kept per worker and
    /// added to on every run (a copy out and back would copy its arrays each time).
    func update(_ index: Int, default make: () -> Value, _ body: (inout Value) -> Void) {
        if storage[index] == nil { storage[index] = make() }
        body(&storage[index]!)
    }
}
