/// Whether a deal a search's goal asks for on one issue stands inside the seeds' package: the
/// issue may have a deal space alone while the package of core issues has none.
///
///     PackageStanding.note(for: goal, after: [scenario], context: .now)
///     // "The package of core issues (ceasefire, territory, …) has no deal on this branch now
///     //  (gap 8.0; blocks RU, UA), so a deal on ceasefire alone stands only if it can be signed
///     //  apart from them."
///
/// Built from ``Scenario/settlePackage(issues:)`` on each state, as `forecast` and `question`
/// say the same: only for a goal on one issue's deal space (`settle.ISSUE`, `.width`,
/// `deal.ISSUE`) where that issue is in the package and has a deal there.
enum PackageStanding {
    /// Where the states come from, for the sentence.
    enum Context {
        /// The branch as it stands (the goal already held).
        case now
        /// The ends of the sequences shown, in their order.
        case sequences
    }

    /// One plain sentence, or nil when every state's package has a deal or the goal names no
    /// issue of the package with a deal.
    static func note(for goal: SearchGoal, after states: [Scenario], context: Context) -> String? {
        guard let issue = goal.measure.settlementIssue else { return nil }
        var lacking: [(index: Int, package: PackageSettlement)] = []
        for (index, state) in states.enumerated() {
            guard let d = state.issueIndex(issue), state.settle(issue: d)?.hasDeal == true,
                  let package = state.settlePackage(), package.issues.contains(issue), !package.hasDeal else { continue }
            lacking.append((index, package))
        }
        guard let first = lacking.first?.package else { return nil }
        let gaps = lacking.map { -$0.package.margin }
        let (low, high) = (gaps.min()!, gaps.max()!)
        let gap = low == high ? "gap \(Figures.points(low))" : "gap \(Figures.points(low))–\(Figures.points(high))"
        let blockers = firstSeen(lacking.flatMap(\.package.blockers))
        let blocks = blockers.isEmpty ? "" : "; blocks \(blockers.joined(separator: ", "))"
        let core = "the package of core issues (\(first.issues.joined(separator: ", ")))"
        let apart = "stands only if it can be signed apart from them."
        switch context {
        case .now:
            return "The \(core.dropFirst(4)) has no deal on this branch now (\(gap)\(blocks)), so a deal on \(issue) alone \(apart)"
        case .sequences:
            let which = lacking.count == states.count
                ? (states.count == 1 ? "After the sequence shown" : "After each of the \(states.count) sequences shown")
                : "After sequence\(lacking.count == 1 ? "" : "s") \(lacking.map { String($0.index + 1) }.joined(separator: ", ")) "
                    + "of the \(states.count) shown"
            return "\(which), \(core) has no deal (\(gap)\(blocks)), so the deal on \(issue) reached there \(apart)"
        }
    }
}
