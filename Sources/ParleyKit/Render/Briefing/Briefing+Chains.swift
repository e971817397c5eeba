/// The briefing's `explain` chains: the stances that moved most, each with its starting source
/// and every recorded change.
extension Briefing {
    /// An `explain` chain: a stance that moved, its starting source and every change.
    public struct Chain: Sendable {
        public var stance: StanceRow
        public var start: Source
        public var entries: [TraceEntry]
    }

    /// The most stances whose chains are shown.
    static let chainLimit = 5

    /// Largest moves first; ties keep actor-then-issue order so the choice is stable.
    static func chains(_ input: BriefingInput, stances: [StanceRow]) -> [Chain] {
        let moved = stances.enumerated()
            .filter { Figures.fixed($0.element.before, 1) != Figures.fixed($0.element.after, 1) }
            .sorted { (abs($1.element.change), $0.offset) < (abs($0.element.change), $1.offset) }
            .prefix(chainLimit).map(\.element)
        return moved.map { row in
            Chain(stance: row, start: input.source(actor: row.actor, issue: row.issue),
                  entries: input.branch.history(actor: row.actor, issue: row.issue))
        }
    }
}
