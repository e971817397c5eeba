/// `simulate --json`'s `bands` key: per issue, the runs in each band of the coalition
/// consensus and of the settlement, most runs first, and whether the forecast splits.
///
///     , "bands": [
///       {"issue": "ceasefire", "consensus": {"splits": false, "shares": [{"band": "15–35",
///        "label": "early ceasefire, details after", "runs": 264, "share": 0.88}, …]},
///        "settlement": {"splits": true, "shares": [{"band": null, "label": "no deal", …}]}}, …]
///
/// `settlement` is null for an issue the settlement model does not cover.
enum SimulationBandJSON {
    static func render(_ result: SimulationResult) -> String {
        guard !result.issues.isEmpty else { return ", \"bands\": []" }
        var text = ", \"bands\": ["
        for (issue, name) in result.issues.enumerated() {
            text += issue == 0 ? "\n  " : ",\n  "
            text += "{\"issue\": \(JSONText.string(name)), \"consensus\": \(distribution(result.consensusBands(issue: issue), result, issue))"
            text += ", \"settlement\": \(result.settlementBands(issue: issue).map { distribution($0, result, issue) } ?? "null")}"
        }
        return text + "\n]"
    }

    static func distribution(_ spread: BandDistribution, _ result: SimulationResult, _ issue: Int) -> String {
        let shares = spread.shares.map { share in
            let range = share.band.map { JSONText.string(bandRange($0, result, issue)) } ?? "null"
            return "{\"band\": \(range), \"label\": \(JSONText.string(SimulationBandText.label(share.band, result, issue)))"
                + ", \"runs\": \(share.runs), \"share\": \(JSONText.number(Double(share.runs) / Double(max(1, spread.runs))))}"
        }
        return "{\"splits\": \(spread.splits), \"shares\": [\(shares.joined(separator: ", "))]}"
    }

    static func bandRange(_ band: Int, _ result: SimulationResult, _ issue: Int) -> String {
        let bounds = result.bandBounds.indices.contains(issue) ? result.bandBounds[issue] : []
        guard bounds.indices.contains(band) else { return "" }
        let upper = band + 1 < bounds.count ? bounds[band + 1] : 100
        return "\(SeedNumberFormat.format(bounds[band]))–\(SeedNumberFormat.format(upper))"
    }
}
