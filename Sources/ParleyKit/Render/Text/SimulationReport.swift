/// The text `simulate` prints: per actor and issue the 10th, 50th and 90th percentile of the
/// final position, then per issue the coalition consensus's percentiles and a histogram.
///
///     Final positions: 10th, 50th and 90th percentile, and this branch's value
///     actor  issue         p10   p50   p90  branch
///     RU     ceasefire    86.1  90.0  93.8    90.0
///     …
///     Coalition consensus per issue (expected); histogram in 5-point bins
///     issue         p10   p50   p90  0                  100
///     ceasefire    61.0  63.9  66.8  ▕           ▂█▃      ▏
public enum SimulationReport {
    /// Block heights for histogram bins, empty first.
    static let levels: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public static func render(_ result: SimulationResult, branch: Scenario) -> String {
        let steps = result.steps
        var text = "Simulated \(result.runs) run\(result.runs == 1 ? "" : "s") of branch \(result.branch), seed \(result.seed)\n"
        text += "Each run: start drawn on \(result.startDate), \(steps) step\(steps == 1 ? "" : "s") replayed to \(result.endDate)\n\n"
        text += "Final positions: 10th, 50th and 90th percentile, and this branch's value\n"
        var rows = [["actor", "issue", "p10", "p50", "p90", "branch"]]
        for (actor, actorName) in result.actors.enumerated() {
            for (issue, issueName) in result.issues.enumerated() {
                let band = result.positionPercentiles(actor: actor, issue: issue)
                rows.append([actorName, issueName, Figures.points(band.p10), Figures.points(band.p50),
                             Figures.points(band.p90), Figures.points(branch.position(actor: actor, issue: issue))])
            }
        }
        text += RightAligned.render(rows, leftColumns: 2)
        text += "\nCoalition consensus per issue (expected); histogram in 5-point bins\n"
        var consensusRows = [["issue", "p10", "p50", "p90", "0" + String(repeating: " ", count: 18) + "100"]]
        for (issue, issueName) in result.issues.enumerated() {
            let band = result.consensusPercentiles(issue: issue)
            consensusRows.append([issueName, Figures.points(band.p10), Figures.points(band.p50), Figures.points(band.p90),
                                   "▕" + histogram(result.consensusHistogram(issue: issue, bins: 20)) + "▏"])
        }
        text += RightAligned.render(consensusRows, leftColumns: 1, trailingLeft: true)
        text += dealSection(result)
        for (index, measure) in result.measures.enumerated() {
            let band = result.measurePercentiles(index)
            let nones = result.measureNoneCount(index)
            text += "\nMeasure \(measure): 10th, 50th and 90th percentile, and the mean\n"
            if nones < result.runs {
                text += RightAligned.render([["p10", "p50", "p90", "mean"],
                                             [Figures.points(band.p10), Figures.points(band.p50), Figures.points(band.p90),
                                              Figures.points(result.measureMean(index))]], leftColumns: 0)
            }
            if nones > 0 {
                let rest = nones < result.runs ? "; the figures above are over the other runs" : ""
                text += "none (no deal space) in \(nones) of \(result.runs) runs (\(Figures.share(Double(nones) / Double(result.runs))))\(rest)\n"
            }
            if let holding = result.runsHolding(index), let condition = result.conditions[index] {
                text += "\(condition.comparison.rawValue) \(condition.boundText) held in \(holding) of \(result.runs) runs (\(Figures.share(Double(holding) / Double(max(1, result.runs)))))\n"
            }
        }
        return text
    }

    /// One character per bin, its height proportional to the count; any non-empty bin shows.
    static func histogram(_ counts: [Int]) -> String {
        let largest = counts.max() ?? 0
        guard largest > 0 else { return String(repeating: " ", count: counts.count) }
        return String(counts.map { count -> Character in
            guard count > 0 else { return levels[0] }
            return levels[max(1, Int((Double(count) / Double(largest) * 8).rounded()))]
        })
    }

    /// The deal-space model over the runs: the chance of a deal, and where the Nash point falls.
    static func dealSection(_ result: SimulationResult) -> String {
        var rows = [["issue", "deal", "Nash point's band (share of runs)"]]
        for (issue, issueName) in result.issues.enumerated() {
            guard let chance = result.dealProbability(issue: issue) else { continue }
            let bounds = result.bandBounds[issue]
            let shares = result.settlementBandShares(issue: issue).enumerated().filter { $0.element > 0 }.map { band, share in
                let upper = band + 1 < bounds.count ? bounds[band + 1] : 100
                return "\(SeedNumberFormat.format(bounds[band]))–\(SeedNumberFormat.format(upper)) \(Figures.share(share))"
            }
            rows.append([issueName, Figures.share(chance), shares.isEmpty ? "no deal in any run" : shares.joined(separator: ", ")])
        }
        guard rows.count > 1 else { return "" }
        if let package = result.packageDealProbability { rows.append(["package", Figures.share(package), ""]) }
        return "\nSettlement per issue: the chance of a deal space, and the Nash point's band\n" + TextColumns.render(rows)
    }
}
