/// The deal-space model on a scenario's current stances and its no-deal terms.
extension Scenario {
    /// The signatories of `issues` (the union over them, in id order), judged over those issues.
    ///
    /// Each judges outcomes from its ideal point with its saliences on these issues, weighs
    /// them against the no-deal outcome it expects, and bargains with its capability as weight.
    public func signatories(for issues: [Int]) -> [Signatory] {
        let actorsSigning = Set(issues.flatMap { settlement.signatories[$0] })
        return actorsSigning.sorted { self.actors[$0] < self.actors[$1] }.map { a in
            Signatory(actor: actors[a],
                      ideal: issues.map { ideals[a, $0] },
                      saliences: issues.map { salience(actor: a, issue: $0) },
                      expectedNoDeal: issues.map { settlement.expected(actor: a, issue: $0) },
                      cost: settlement.costs[a], weight: capabilities[a],
                      redLines: issues.map { settlement.isRedLine(actor: a, issue: $0) })
        }
    }

    /// The deal space on one issue; nil when the seeds name no signatories for it.
    ///
    ///     scenario.settle(issue: scenario.issueIndex("humanitarian")!)?.width   // 64
    public func settle(issue: Int) -> IssueSettlement? {
        guard !settlement.signatories[issue].isEmpty else { return nil }
        return DealSpace.settle(issue: issues[issue], noDeal: settlement.noDeal[issue], signatories: signatories(for: [issue]))
    }

    /// The deal space across `issues` (default: the seeds' package); nil when none is modelled.
    public func settlePackage(issues chosen: [Int]? = nil) -> PackageSettlement? {
        let issues = (chosen ?? settlement.package).filter { !settlement.signatories[$0].isEmpty }
        guard !issues.isEmpty else { return nil }
        return PackageSearch.settle(issues: issues.map { self.issues[$0] }, noDeal: issues.map { settlement.noDeal[$0] },
                                    signatories: signatories(for: issues))
    }

    /// Whether any package of the seeds' package issues beats no deal for every signatory,
    /// decided without the Nash package; nil when none is modelled.
    public func packageHasDeal() -> Bool? {
        let issues = settlement.package.filter { !settlement.signatories[$0].isEmpty }
        guard !issues.isEmpty else { return nil }
        return PackageSearch.hasDeal(noDeal: issues.map { settlement.noDeal[$0] }, signatories: signatories(for: issues))
    }
}
