/// `simulate --json`: the percentiles and histograms as JSON, keys in a fixed order.
///
///     {"runs": 1000, "seed": 1, "branch": "main", "steps": 3, "start": "2025-07-23", "end": "2025-09-17",
///      "positions": [{"actor": "RU", "issue": "ceasefire", "p10": 86.1, "p50": 90.0, "p90": 93.8}, …],
///      "consensus": [{"issue": "ceasefire", "p10": …, "p50": …, "p90": …, "mean": …,
///                       "histogram": [0, 0, …]}, …]}
///
/// Each histogram counts runs in 20 bins of 5 points over 0–100.
public enum SimulationJSON {
    public static func render(_ result: SimulationResult) -> String {
        let s = JSONText.string, n = JSONText.number
        var text = "{\"runs\": \(result.runs), \"seed\": \(result.seed), \"branch\": \(s(result.branch)), \"steps\": \(result.steps)"
        text += ", \"start\": \(s(result.startDate.description)), \"end\": \(s(result.endDate.description)), \"positions\": ["
        var first = true
        for (actor, actorName) in result.actors.enumerated() {
            for (issue, issueName) in result.issues.enumerated() {
                let band = result.positionPercentiles(actor: actor, issue: issue)
                text += first ? "\n  " : ",\n  "
                first = false
                text += "{\"actor\": \(s(actorName)), \"issue\": \(s(issueName)), \"p10\": \(n(band.p10)), \"p50\": \(n(band.p50)), \"p90\": \(n(band.p90))}"
            }
        }
        text += "\n], \"consensus\": ["
        for (issue, issueName) in result.issues.enumerated() {
            let band = result.consensusPercentiles(issue: issue)
            text += issue == 0 ? "\n  " : ",\n  "
            text += "{\"issue\": \(s(issueName)), \"p10\": \(n(band.p10)), \"p50\": \(n(band.p50)), \"p90\": \(n(band.p90))"
            text += ", \"mean\": \(n(result.consensusMean(issue: issue)))"
            text += ", \"histogram\": [\(result.consensusHistogram(issue: issue).map(String.init).joined(separator: ", "))]}"
        }
        text += result.issues.isEmpty ? "]" : "\n]"
        if !result.measures.isEmpty {
            text += ", \"measures\": ["
            for (index, measure) in result.measures.enumerated() {
                let band = result.measurePercentiles(index)
                text += index == 0 ? "\n  " : ",\n  "
                text += "{\"measure\": \(s(measure.description)), \"p10\": \(n(band.p10)), \"p50\": \(n(band.p50)), \"p90\": \(n(band.p90))"
                text += ", \"mean\": \(n(result.measureMean(index)))"
                // Figures are over the runs where the measure was not none (null if it was in all).
                if measure.canBeNone { text += ", \"runs_none\": \(result.measureNoneCount(index))" }
                if let holding = result.runsHolding(index), let condition = result.conditions[index] {
                    text += ", \"condition\": \(s("\(condition.comparison.rawValue) \(condition.boundText)")), \"runs_holding\": \(holding)"
                }
                text += "}"
            }
            text += "\n]"
        }
        return text + "}\n"
    }
}
