/// `settle --json`: per issue the ranges and the deal space or gap, and the package.
///
///     {"date": "2025-07-23", "horizon_days": 180, "issues": [
///       {"issue": "territory", "no_deal": 55.0, "deal": false, "gap": 16.0, "floor": ["RU"], "ceiling": ["UA"],
///        "signatories": [{"actor": "RU", "ideal": 92.0, "expects": 75.0, "cost": 4.0, "signs": [71.0, 100.0], "weight": 0.64}, …]}],
///      "package": {"issues": […], "deal": false, "margin": -9.3, "blockers": ["RU", "UA"], …}}
public enum SettlementJSON {
    public static func render(issues: [IssueSettlement], package: PackageSettlement?, date: CalendarDate, horizonDays: Int) -> String {
        let s = JSONText.string, n = JSONText.number
        var text = "{\"date\": \(s(date.description)), \"horizon_days\": \(horizonDays), \"issues\": ["
        for (index, result) in issues.enumerated() {
            text += index == 0 ? "\n  " : ",\n  "
            text += "{\"issue\": \(s(result.issue)), \"no_deal\": \(n(result.noDeal)), \"deal\": \(result.hasDeal)"
            switch result.outcome {
            case .deal(let lower, let upper, let nash):
                text += ", \"lower\": \(n(lower)), \"upper\": \(n(upper)), \"width\": \(n(upper - lower)), \"nash\": \(n(nash))"
            case .gap(let points, let floor, let ceiling):
                text += ", \"gap\": \(n(points)), \"floor\": [\(floor.map(s).joined(separator: ", "))], \"ceiling\": [\(ceiling.map(s).joined(separator: ", "))]"
            case .blockedByPackage(let lower, let upper, let nash):
                text += ", \"blocked_by\": \"package\", \"alone\": {\"lower\": \(n(lower)), \"upper\": \(n(upper)), \"width\": \(n(upper - lower))"
                    + ", \"nash\": \(n(nash))}"
            }
            if result.isConditionalOnPackage { text += ", \"conditional_on\": \"package\"" }
            text += ", \"signatories\": ["
            text += result.signatories.indices.map { i in
                let signatory = result.signatories[i], range = result.ranges[i]
                return "{\"actor\": \(s(signatory.actor)), \"ideal\": \(n(signatory.ideal[0])), \"expects\": \(n(signatory.expectedNoDeal[0]))"
                    + ", \"cost\": \(n(signatory.cost)), \"signs\": [\(n(range.lower)), \(n(range.upper))], \"weight\": \(n(result.weights[i]))}"
            }.joined(separator: ", ")
            text += "]}"
        }
        text += issues.isEmpty ? "]" : "\n]"
        if let package {
            text += ", \"package\": {\"issues\": [\(package.issues.map(s).joined(separator: ", "))], \"deal\": \(package.hasDeal)"
            text += ", \"margin\": \(n(package.margin)), \"no_deal\": [\(package.noDeal.map(n).joined(separator: ", "))]"
            text += ", \"compromise\": [\(package.compromise.map(n).joined(separator: ", "))]"
            if let nash = package.nash { text += ", \"nash\": [\(nash.map(n).joined(separator: ", "))]" }
            text += ", \"blockers\": [\(package.blockers.map(s).joined(separator: ", "))]"
            text += ", \"binding_red_lines\": [\(package.bindingRedLines.map(s).joined(separator: ", "))]"
            if let open = package.marginTradingAll { text += ", \"margin_without_red_lines\": \(n(open))" }
            text += ", \"signatories\": [" + package.signatories.indices.map { i in
                let lines = package.issues.indices.filter { package.signatories[i].redLines[$0] }.map { s(package.issues[$0]) }
                return "{\"actor\": \(s(package.signatories[i].actor)), \"gain\": \(n(package.surpluses[i])), \"weight\": \(n(package.weights[i]))"
                    + ", \"red_lines\": [\(lines.joined(separator: ", "))]}"
            }.joined(separator: ", ") + "]}"
        }
        return text + "}\n"
    }
}
