/// How recorded changes read, the same in `apply`'s summary, `explain` and briefings.
extension TraceEntry.Quantity {
    /// Points (positions, capabilities, spreads) show one decimal; shares (saliences,
    /// accommodation weights) two.
    var decimals: Int {
        switch self {
        case .position, .capability, .uncertainty, .noDeal, .expectation, .cost: return 1
        case .salience, .accommodation: return 2
        }
    }
}

extension TraceEntry {
    /// "position 75.0 → 78.6"; shares get a third decimal so a small renormalisation still
    /// shows as a change when one step is read on its own.
    var changeText: String {
        let decimals = quantity.decimals == 1 ? 1 : 3
        return "\(quantity.rawValue) \(Figures.fixed(before, decimals)) → \(Figures.fixed(after, decimals))"
    }
}
