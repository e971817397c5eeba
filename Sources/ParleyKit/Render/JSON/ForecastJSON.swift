/// `forecast --json`: each issue's coalition consensus and every position's chance.
///
///     {"date": "2025-07-23", "issues": [
///       {"issue": "humanitarian", "most_likely": 75.0, "consensus": 79.3, "spread": 2.3,
///        "options": [{"position": 75.0, "probability": 0.48, "held_by": ["RU"]}, …]}
///     ]}
public enum ForecastJSON {
    public static func render(_ consensus: [CoalitionConsensus], date: CalendarDate) -> String {
        let s = JSONText.string, n = JSONText.number
        var text = "{\"date\": \(s(date.description)), \"issues\": ["
        for (index, forecast) in consensus.enumerated() {
            text += index == 0 ? "\n  " : ",\n  "
            text += "{\"issue\": \(s(forecast.issue)), \"most_likely\": \(n(forecast.mostLikely))"
            text += ", \"consensus\": \(n(forecast.expected)), \"spread\": \(n(forecast.spread)), \"options\": ["
            text += forecast.options.map { option in
                "{\"position\": \(n(option.position)), \"probability\": \(n(option.probability)), \"held_by\": [\(option.holders.map(s).joined(separator: ", "))]}"
            }.joined(separator: ", ")
            text += "]}"
        }
        return text + (consensus.isEmpty ? "]}\n" : "\n]}\n")
    }
}
