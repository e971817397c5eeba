extension ScheduledEvent {
    /// The `unless` condition with the scheduling event's arguments filled in, as an analyst
    /// reads it: `conceded(RU, US, ceasefire) >= 10`, not `conceded(target, by, issue) >= demand`.
    public var conditionText: String? {
        unless.map { $0.substituting(context).description }
    }
}

extension Formula {
    /// The formula with each parameter name replaced by its value: numbers by the number,
    /// actors, issues and event types by their ids.
    public func substituting(_ values: [String: ParameterValue]) -> Formula {
        switch self {
        case .number: return self
        case .name(let name, let offset):
            switch values[name] {
            case .number(let value)?: return .number(value)
            case .ids(let ids)?: return .name(ids.joined(separator: ","), offset: offset)
            case nil: return self
            }
        case .negate(let inner): return .negate(inner.substituting(values))
        case .binary(let op, let lhs, let rhs): return .binary(op, lhs.substituting(values), rhs.substituting(values))
        case .call(let name, let arguments, let offset): return .call(name, arguments.map { $0.substituting(values) }, offset: offset)
        }
    }
}
