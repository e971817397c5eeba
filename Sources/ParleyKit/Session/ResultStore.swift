/// The results a session keeps for later commands (a briefing reads the last simulation), each
/// stamped with the branch and step it was computed on, one slot per kind of result.
///
///     store.keep(result, on: Stamp(branch: "main", steps: 3))
///     store.current(SimulationResult.self, on: branch)   // nil once the branch has moved on
///
/// A new kind of result (a settlement report, a stability table) needs no new field on
/// `Session`: it is kept and read by its type.
public struct ResultStore: Sendable {
    /// Where a result was computed: which branch, after how many of its steps.
    public struct Stamp: Sendable, Hashable {
        public var branch: String
        public var steps: Int

        public init(branch: String, steps: Int) {
            self.branch = branch
            self.steps = steps
        }

        /// The stamp of a branch as it stands.
        public init(_ branch: Branch) {
            self.init(branch: branch.name, steps: branch.steps.count)
        }
    }

    private var slots: [ObjectIdentifier: (stamp: Stamp, value: any Sendable)] = [:]

    public init() {}

    /// Keeps `value` as the latest result of its type, replacing the one before.
    public mutating func keep<Value: Sendable>(_ value: Value, on stamp: Stamp) {
        slots[ObjectIdentifier(Value.self)] = (stamp, value)
    }

    /// The latest result of a type and where it was computed, whatever has happened since.
    public func latest<Value: Sendable>(_ type: Value.Type) -> (stamp: Stamp, value: Value)? {
        guard let slot = slots[ObjectIdentifier(type)], let value = slot.value as? Value else { return nil }
        return (slot.stamp, value)
    }

    /// The latest result of a type if it was computed on `branch` as it now stands.
    public func current<Value: Sendable>(_ type: Value.Type, on branch: Branch) -> Value? {
        guard let (stamp, value) = latest(type), stamp == Stamp(branch) else { return nil }
        return value
    }

    /// Forgets everything, as loading a new world does.
    public mutating func removeAll() {
        slots.removeAll()
    }
}
