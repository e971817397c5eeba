/// What a search needs from a measure and a condition beyond reading them.
extension Measure {
    /// The issue whose deal space the measure reads (`settle.ISSUE`, `deal.ISSUE`), if any: a
    /// search ranks states by how far that deal space is from opening or closing.
    var settlementIssue: String? {
        switch self {
        default: nil
        }
    }
}

extension Condition {
    /// The bound, nil for `none`.
    var searchBound: Double? { bound }

    /// Whether a value (nil for none) meets the condition: none equals none and nothing else.
    func searchHolds(_ value: Double?) -> Bool {
        if let value { return holds(value) }
        switch comparison {
        case .equal: return searchBound == nil
        case .notEqual: return searchBound != nil
        default: return false
        }
    }
}
