/// The text `settle` prints: per issue the deal space or the gap, and the package.
///
///     territory: no deal, gap 16.0 (RU signs nothing below 71.0, UA nothing above 55.0)
///     humanitarian: deal 36.0–100.0 (width 64.0), Nash point 80.6 (all-for-all for set categories)
public enum SettlementText {
    /// The one-line verdict for an issue. `package`, the seeds' package as it stands, adds its
    /// gap and blockers where it is what blocks the issue.
    ///
    ///     ceasefire: no deal: conditional on the package, which has none (gap 8.0; blocks RU, UA)
    public static func verdict(_ result: IssueSettlement, issue: Issue, package: PackageSettlement? = nil) -> String {
        switch result.outcome {
        case .deal(let lower, let upper, let nash):
            return dealSpace(lower, upper, nash, issue: issue)
                + (result.isConditionalOnPackage ? ", conditional on the package, which has a deal" : "")
        case .blockedByPackage:
            var text = "no deal: conditional on the package, which has none"
            if let package, !package.hasDeal {
                let blocks = package.blockers.isEmpty ? "" : "; blocks \(package.blockers.joined(separator: ", "))"
                text += " (gap \(Figures.points(-package.margin))\(blocks))"
            }
            return text
        case .gap(let points, let floor, let ceiling):
            let low = result.ranges.map(\.lower).max() ?? 0, high = result.ranges.map(\.upper).min() ?? 0
            return "no deal, gap \(Figures.points(points)) (\(floor.joined(separator: ",")) signs nothing below \(Figures.points(low)),"
                + " \(ceiling.joined(separator: ",")) nothing above \(Figures.points(high)))"
        }
    }

    /// `deal 26.0–100.0 (width 74.0), Nash point 65.0 (conditional ceasefire: terms met first)`.
    static func dealSpace(_ lower: Double, _ upper: Double, _ nash: Double, issue: Issue) -> String {
        "deal \(Figures.points(lower))–\(Figures.points(upper)) (width \(Figures.points(upper - lower))),"
            + " Nash point \(Figures.points(nash)) (\(issue.band(for: nash)?.label ?? ""))"
    }

    /// For an issue its package blocks, the deal space it has on its own; nil otherwise.
    ///
    ///     on its own: deal 26.0–100.0 (width 74.0), Nash point 65.0 (conditional ceasefire: terms met first)
    public static func alone(_ result: IssueSettlement, issue: Issue) -> String? {
        guard case .blockedByPackage(let lower, let upper, let nash) = result.outcome else { return nil }
        return "on its own: " + dealSpace(lower, upper, nash, issue: issue)
    }

    /// Every modelled issue on one line each (two for one its package blocks), then the package.
    public static func summary(_ scenario: Scenario, issues: [Issue]) -> String {
        var text = "Settlement on \(scenario.date) (horizon \(TimeSpan(days: scenario.settlement.horizonDays)); Nash weights from capability)\n"
        var rows: [[String]] = []
        let package = scenario.settlePackage()
        for (index, issue) in issues.enumerated() {
            if let result = scenario.settle(issue: index) {
                rows.append([issue.id, verdict(result, issue: issue, package: package)])
                if let alone = alone(result, issue: issue) { rows.append(["", alone]) }
            } else {
                rows.append([issue.id, "not modelled (no signatories in settlement.yaml)"])
            }
        }
        text += TextColumns.render(rows)
        if let package {
            text += "package (\(package.issues.joined(separator: ", "))): \(packageVerdict(package))\n"
        }
        return text
    }

    /// One issue in full: each signatory's range, the no-deal point now and as each expects it.
    /// `package` is the seeds' package as it stands, for an issue conditional on it.
    public static func detail(_ result: IssueSettlement, issue: Issue, scenario: Scenario, package: PackageSettlement? = nil) -> String {
        var text = "\(issue.id) on \(scenario.date): \(verdict(result, issue: issue, package: package))\n"
        if let alone = alone(result, issue: issue) { text += "  \(alone)\n" }
        text += "no deal now: \(Figures.points(result.noDeal)) (\(issue.band(for: result.noDeal)?.label ?? "")),"
        text += " as each expects it over \(TimeSpan(days: scenario.settlement.horizonDays))\n"
        var rows = [["  signatory", "ideal", "expects", "cost", "signs", "weight"]]
        for (index, signatory) in result.signatories.enumerated() {
            let range = result.ranges[index]
            rows.append(["  " + signatory.actor, Figures.points(signatory.ideal[0]), Figures.points(signatory.expectedNoDeal[0]),
                         Figures.points(signatory.cost), "\(Figures.points(range.lower))–\(Figures.points(range.upper))",
                         Figures.share(result.weights[index])])
        }
        text += TextColumns.render(rows)
        switch result.outcome {
        case .deal:
            text += "every signatory prefers any point in the deal space to no deal; the Nash point maximises the weighted product of their gains\n"
        case .blockedByPackage:
            text += "every signatory prefers any point in the deal space to no deal on this issue alone, but settlement.yaml makes a deal "
                + "on it conditional on the package, which has none; for a deal the package must open (settle --package)\n"
        case .gap(let points, let floor, let ceiling):
            text += "for a deal the gap of \(Figures.points(points)) must close: \(floor.joined(separator: ",")) or \(ceiling.joined(separator: ","))"
            text += " expecting that much less from fighting on, or finding it that much costlier, or their ideals moving that far\n"
        }
        return text
    }

    public static func packageVerdict(_ package: PackageSettlement) -> String {
        if package.hasDeal {
            return "deal, margin \(Figures.points(package.margin)) (every signatory gains at least that much at the compromise)"
        }
        let lines = package.bindingRedLines.isEmpty ? "" : "; red lines: " + package.bindingRedLines.joined(separator: ", ")
        return "no deal, gap \(Figures.points(-package.margin)) (blocks: \(package.blockers.joined(separator: ", "))\(lines))"
    }

    /// The package in full: no deal now, the compromise and Nash package, each signatory's gain.
    /// A Nash cell too wide for `width` goes on under its column rather than wrapping the row.
    public static func packageDetail(_ package: PackageSettlement, issues: [Issue], scenario: Scenario,
                                     width: Int = StanceTable.defaultWidth) -> String {
        var text = "package on \(scenario.date) (\(package.issues.joined(separator: ", "))): \(packageVerdict(package))\n"
        var header = ["  issue", "no deal", "compromise"]
        if package.nash != nil { header.append("Nash") }
        var rows = [header]
        for (index, id) in package.issues.enumerated() {
            var row = ["  " + id, Figures.points(package.noDeal[index]), Figures.points(package.compromise[index])]
            if let nash = package.nash {
                let label = issues.first { $0.id == id }?.band(for: nash[index])?.label ?? ""
                row.append("\(Figures.points(nash[index])) (\(label))")
            }
            rows.append(row)
        }
        if package.nash != nil, TableText(rows: rows).laidOutWidth(layout: TextColumns.layout) > width {
            let others = TableText(rows: rows.map { Array($0.dropLast()) }).laidOutWidth(layout: TextColumns.layout) + 2
            let fitter = LineFitter(width: width - others)
            rows = rows.flatMap { row in
                let lines = fitter.fitLine(row[3]).split(separator: "\n").map(String.init)
                return [Array(row.prefix(3)) + [lines[0]]] + lines.dropFirst().map { ["", "", "", $0] }
            }
        }
        text += TextColumns.render(rows)
        var signatoryRows = [["  signatory", package.hasDeal ? "gain at Nash" : "gain at compromise", "cost", "weight"]]
        for (index, signatory) in package.signatories.enumerated() {
            signatoryRows.append(["  " + signatory.actor, Figures.points(package.surpluses[index]), Figures.points(signatory.cost),
                                  Figures.share(package.weights[index])])
        }
        text += TextColumns.render(signatoryRows)
        if package.hasDeal {
            text += "found by an interior-point search; the Nash product is within \(Figures.fixed(package.nashBound, 12)) (log) of the optimum\n"
        } else {
            text += "for a deal every blocker must gain \(Figures.points(-package.margin)) points more: expect less from fighting on, or find it costlier\n"
        }
        if let open = package.marginTradingAll {
            let verdict = open >= 0 ? "a deal, margin \(Figures.points(open))" : "no deal, gap \(Figures.points(-open))"
            text += "with the red lines set aside (every issue traded against every other): \(verdict)\n"
        }
        return text
    }
}

extension SettlementText {
    /// `forecast`'s two answers for one issue: the settlement as the headline, the coalition
    /// consensus beneath, and one line where they disagree.
    ///
    ///     ceasefire: no deal, gap 6.0 (RU signs nothing below 76.0, UA nothing above 70.0)
    ///       consensus: most likely 15.0 (early ceasefire with monitoring), expected 20.6 ± 15.6
    ///       disagree: the consensus is a vote nobody has to sign; RU does not sign 15.0
    ///
    /// `package` is the seeds' package as it stands: an issue conditional on it whose package
    /// has no deal says the package's gap, and its deal space on its own beneath.
    public static func forecast(_ settlement: IssueSettlement?, consensus: CoalitionConsensus, issue: Issue,
                                package: PackageSettlement? = nil) -> String {
        let likely = consensus.mostLikely
        var text = "\(issue.id): " + (settlement.map { verdict($0, issue: issue, package: package) }
            ?? "settlement not modelled (no signatories)") + "\n"
        if let settlement, let alone = alone(settlement, issue: issue) { text += "  \(alone)\n" }
        text += "  consensus: most likely \(Figures.points(likely)) (\(issue.band(for: likely)?.label ?? "")),"
        text += " expected \(Figures.points(consensus.expected)) ± \(Figures.points(consensus.spread))\n"
        guard let settlement else { return text }
        let refusing = zip(settlement.signatories, settlement.ranges).filter { !$0.1.contains(likely) }.map(\.0.actor)
        if case .blockedByPackage = settlement.outcome, refusing.isEmpty {
            text += "  disagree: the consensus \(Figures.points(likely)) is not a deal: every signatory signs it on its own, "
                + "but there is no deal on the package it is conditional on\n"
        } else if !refusing.isEmpty {
            let what = settlement.hasDeal ? "it lies outside the deal space" : "there is no deal to vote on"
            text += "  disagree: the consensus \(Figures.points(likely)) is not a deal: \(refusing.joined(separator: ",")) would not sign it, and \(what)\n"
        }
        return text
    }
}
