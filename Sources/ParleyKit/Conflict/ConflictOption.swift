/// One yes/no option of a conflict, such as "Russia agrees a ceasefire".
///
///     ConflictOption(name: "A escalates", direction: .forward)  // once taken, never undone
public struct ConflictOption: Sendable, Hashable, Codable {
    /// Which changes of the option a decision maker may make.
    public enum Direction: String, Sendable, Hashable, Codable, CaseIterable {
        /// N to Y and back.
        case both
        /// Only from N to Y (irreversible once taken); GMCR+ writes `fwd`.
        case forward = "fwd"
        /// Only from Y to N; GMCR+ writes `back`.
        case backward = "back"
    }

    public var name: String
    public var direction: Direction

    public init(name: String, direction: Direction = .both) {
        self.name = name
        self.direction = direction
    }
}

/// "Option `option` is taken" (`taken: true`, GMCR+'s `Y`) or "is not taken" (`N`).
///
///     OptionCondition(option: 1, taken: false)  // option 2 is N
public struct OptionCondition: Sendable, Hashable, Codable {
    /// 0-based index into the conflict's options.
    public var option: Int
    public var taken: Bool

    public init(option: Int, taken: Bool) {
        self.option = option
        self.taken = taken
    }
}

/// Conditions that must all hold, such as an infeasible combination `[A escalates: Y, A concedes: Y]`.
///
///     OptionPattern([OptionCondition(option: 0, taken: true)]).holds(in: 0b01)  // true
public struct OptionPattern: Sendable, Hashable, Codable {
    public var conditions: [OptionCondition]

    public init(_ conditions: [OptionCondition]) {
        self.conditions = conditions
    }

    /// Whether every condition holds in the state whose option `k` is bit `k` of `value`.
    public func holds(in value: Int) -> Bool {
        conditions.allSatisfy { ((value >> $0.option) & 1 == 1) == $0.taken }
    }
}

/// One statement of option prioritisation: it holds when any of its patterns holds (a
/// "compound" statement has several; a simple one has one).
///
///     PreferenceStatement([OptionPattern([OptionCondition(option: 1, taken: true)])])
public struct PreferenceStatement: Sendable, Hashable, Codable {
    public var alternatives: [OptionPattern]

    public init(_ alternatives: [OptionPattern]) {
        self.alternatives = alternatives
    }

    public func holds(in value: Int) -> Bool {
        alternatives.contains { $0.holds(in: value) }
    }
}
