/// The deal-space model on a scenario's current stances and its no-deal terms.
extension Scenario {
    /// The signatories of `issues` (the union over them, in id order), judged over those issues.
    ///
    /// Each judges outcomes from its ideal point with its saliences on these issues, weighs
    /// them against the no-deal outcome it expects, and bargains with its capability as weight.
    public func signatories(for issues: [Int]) -> [Signatory] {
        signingOrder(issues).map { a in
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
    ///
    /// An issue the seeds make conditional on the package has a deal only when the package has
    /// one too; otherwise its own deal space is kept as ``IssueSettlement/Outcome/blockedByPackage(lower:upper:nash:)``.
    public func settle(issue: Int) -> IssueSettlement? {
        guard !settlement.signatories[issue].isEmpty else { return nil }
        var result = DealSpace.settle(issue: issues[issue], noDeal: settlement.noDeal[issue], signatories: signatories(for: [issue]))
        result.isConditionalOnPackage = settlement.isConditionalOnPackage(issue)
        if case .deal(let lower, let upper, let nash) = result.outcome, !dealStands(issue: issue, packageHasDeal: packageHasDeal()) {
            result.outcome = .blockedByPackage(lower: lower, upper: upper, nash: nash)
        }
        return result
    }

    /// Whether a deal on `issue` alone stands, given the package's verdict: always, unless the
    /// seeds make the issue conditional on the package and the package has no deal.
    func dealStands(issue: Int, packageHasDeal: @autoclosure () -> Bool?) -> Bool {
        !settlement.isConditionalOnPackage(issue) || packageHasDeal() != false
    }

    /// The Nash point on one issue alone, nil when its deal space is empty: the number
    /// ``settle(issue:)`` reports, found without building the report (what `simulate` keeps per
    /// run). The issue must have signatories.
    func nashAlone(issue: Int) -> Double? {
        DealSpace.nash(nashTerms(issue: issue))
    }

    /// The deal space across `issues` (default: the seeds' package); nil when none is modelled.
    public func settlePackage(issues chosen: [Int]? = nil) -> PackageSettlement? {
        let issues = (chosen ?? settlement.package).filter { !settlement.signatories[$0].isEmpty }
        guard !issues.isEmpty else { return nil }
        return PackageSearch.settle(issues: issues.map { self.issues[$0] }, noDeal: issues.map { settlement.noDeal[$0] },
                                    signatories: signatories(for: issues))
    }

    /// At least how many points the seeds' package lacks for a deal, from the cheap pair bound
    /// (exact when two red lines on one issue close it); nil when no package is modelled.
    public func packageGapAtLeast() -> Double? {
        let issues = settlement.package.filter { !settlement.signatories[$0].isEmpty }
        guard !issues.isEmpty else { return nil }
        return PackageSearch.gapAtLeast(noDeal: issues.map { settlement.noDeal[$0] }, signatories: signatories(for: issues))
    }

    /// Whether any package of the seeds' package issues beats no deal for every signatory,
    /// decided without the Nash package; nil when none is modelled.
    public func packageHasDeal() -> Bool? {
        let issues = settlement.package.filter { !settlement.signatories[$0].isEmpty }
        guard !issues.isEmpty else { return nil }
        return PackageSearch.hasDeal(packageProblem(issues: issues), noDeal: issues.map { settlement.noDeal[$0] })
    }
}
