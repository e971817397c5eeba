/// `simulate`'s band section: per issue, the share of runs whose coalition consensus fell in
/// each band, and whose settlement did (the Nash point's band, or no deal), flagging a forecast
/// that splits between bands.
///
///     Bands over the runs (a forecast splits when no band holds more than 60 % of them)
///     ceasefire     consensus   88 % early ceasefire, details after; 12 % partial truces first, full ceasefire later
///                   settlement  splits: 55 % conditional ceasefire: terms met first; 45 % no deal
enum SimulationBandText {
    static func section(_ result: SimulationResult) -> String {
        guard result.runs > 0, !result.issues.isEmpty else { return "" }
        var rows: [[String]] = []
        for (issue, name) in result.issues.enumerated() {
            rows.append([name, "consensus", line(result.consensusBands(issue: issue), result, issue)])
            if let settlement = result.settlementBands(issue: issue) {
                rows.append(["", "settlement", line(settlement, result, issue)])
            }
        }
        return "\nBands over the runs (a forecast splits when no band holds more than 60 % of them)\n"
            + TextColumns.render(rows)
    }

    /// `splits: 48 % partial truces…; 41 % conditional ceasefire…`, most runs first.
    static func line(_ distribution: BandDistribution, _ result: SimulationResult, _ issue: Int) -> String {
        let parts = distribution.shares.map { share in
            percent(share.runs, of: distribution.runs) + " " + label(share.band, result, issue)
        }
        return (distribution.splits ? "splits: " : "") + parts.joined(separator: "; ")
    }

    /// A band's label, or its bounds when the seeds give none; "no deal" for nil.
    static func label(_ band: Int?, _ result: SimulationResult, _ issue: Int) -> String {
        guard let band else { return "no deal" }
        if result.bandLabels.indices.contains(issue), result.bandLabels[issue].indices.contains(band) {
            return result.bandLabels[issue][band]
        }
        let bounds = result.bandBounds.indices.contains(issue) ? result.bandBounds[issue] : []
        guard bounds.indices.contains(band) else { return "band \(band + 1)" }
        let upper = band + 1 < bounds.count ? bounds[band + 1] : 100
        return "\(SeedNumberFormat.format(bounds[band]))–\(SeedNumberFormat.format(upper))"
    }

    /// Whole per cent, with "<1 %" for a share that rounds to nothing but happened.
    static func percent(_ runs: Int, of total: Int) -> String {
        let value = (Double(runs) * 100 / Double(max(1, total))).rounded()
        return value == 0 && runs > 0 ? "<1 %" : "\(Int(value)) %"
    }
}
