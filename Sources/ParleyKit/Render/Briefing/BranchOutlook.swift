/// A branch with what the models say about it as it stands, computed by the session for a
/// briefing that sets several futures side by side (`brief FILE --compare A,B`).
///
///     BranchOutlook(branch: branch,
///                   consensus: scenario.issues.indices.map { scenario.consensus(issue: $0) },
///                   settlements: scenario.issues.indices.map { scenario.settle(issue: $0) })
public struct BranchOutlook: Sendable {
    public var branch: Branch
    /// The coalition consensus per issue, in issue order.
    public var consensus: [CoalitionConsensus]
    /// The deal space per issue, in issue order; nil where the seeds name no signatories.
    public var settlements: [IssueSettlement?]

    public init(branch: Branch, consensus: [CoalitionConsensus], settlements: [IssueSettlement?]) {
        self.branch = branch
        self.consensus = consensus
        self.settlements = settlements
    }
}
