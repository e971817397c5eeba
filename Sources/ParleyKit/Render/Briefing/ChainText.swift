/// An `explain` chain written for a class: one line per step with the position before and
/// after it (not the bargaining values in between, which the stance never held), and each
/// rationale once.
///
///     ChainText.lines(chain)    // ["Step 1 (2025-07-23), summit: position 25.0 → 27.7."]
///     ChainText.reasons(chain)  // ["Leaders can trade across issues …"]
enum ChainText {
    static func lines(_ chain: Briefing.Chain) -> [String] {
        var lines: [String] = []
        for group in steps(chain) {
            guard let first = group.first, let last = group.last else { continue }
            let event = first.cause.split(separator: ",").first.map(String.init) ?? first.cause
            let quantity = first.quantity.rawValue
            lines.append("Step \(first.step) (\(first.date)), \(event): \(quantity) \(Figures.points(first.before)) → \(Figures.points(last.after)).")
        }
        return lines
    }

    /// The catalog's rationales, in order and once each; the bargaining engine's own notes
    /// ("took the bargain struck with US") are internals and left out.
    static func reasons(_ chain: Briefing.Chain) -> [String] {
        var seen = Set<String>()
        return chain.entries
            .filter { !$0.cause.contains("bargaining turn") }
            .map { StepWording.sentence($0.reason) }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// Position changes grouped by step, in order.
    private static func steps(_ chain: Briefing.Chain) -> [[TraceEntry]] {
        var groups: [[TraceEntry]] = []
        for entry in chain.entries where entry.quantity == .position {
            if let last = groups.last?.last, last.step == entry.step {
                groups[groups.count - 1].append(entry)
            } else {
                groups.append([entry])
            }
        }
        return groups
    }
}
