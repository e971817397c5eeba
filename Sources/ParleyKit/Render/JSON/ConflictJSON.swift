/// `stability`, `paths` and `inverse` with `--json`. States are 1-based, option vectors list
/// option 1 first.
///
///     {"date": "2025-07-23", "current": 1, "states": [...], "equilibria": {...}}
enum ConflictJSON {
    static func stability(_ analysis: StabilityAnalysis, talks: TalksConflict, date: CalendarDate, current: Int) -> String {
        let s = JSONText.string
        let body = StabilityJSON.render(analysis).dropFirst()  // the shape of `parley gmcr --json`
        let options = talks.options.map { "{\"id\": \(s($0.id)), \"holder\": \(s($0.holder)), \"direction\": \(s($0.direction.rawValue))}" }
        return "{\"date\": \(s(date.description)), \"rule\": \(s(analysis.rule.rawValue)), \"options\": [\(options.joined(separator: ", "))], \"current\": \(current + 1), " + body
    }

    static func paths(_ paths: StatusQuoPaths, context view: ConflictView) -> String {
        let s = JSONText.string
        let routes = paths.routes.map { route in
            "{\"equilibrium\": \(route.equilibrium + 1), \"steps\": [" + route.steps.map {
                "{\"maker\": \(s(view.talks.makers[$0.maker])), \"state\": \($0.state + 1), \"options\": \(s(view.graph.optionText(of: $0.state)))}"
            }.joined(separator: ", ") + "]}"
        }
        return "{\"date\": \(s(view.framing.date.description)), \"concept\": \(s(paths.concept.rawValue)), \"from\": \(paths.start + 1), "
            + "\"routes\": [\(routes.joined(separator: ", "))], \"unreachable\": [\(paths.unreachable.map { String($0 + 1) }.joined(separator: ", "))]}\n"
    }

    static func inverse(_ inverse: InverseAnalysis, context view: ConflictView) -> String {
        let s = JSONText.string
        let numbers = { (states: [Int]) in "[" + states.map { String($0 + 1) }.joined(separator: ", ") + "]" }
        let changes = inverse.changes.map { change in
            "{\"maker\": \(s(view.talks.makers[change.maker])), \"rank_before\": \(change.rankBefore), \"rank_after\": \(change.rankAfter), "
                + "\"passes\": \(numbers(change.passes)), \"level_with\": \(numbers(change.levelWith))}"
        }
        return "{\"date\": \(s(view.framing.date.description)), \"concept\": \(s(inverse.concept.rawValue)), \"state\": \(inverse.state + 1), "
            + "\"options\": \(s(view.graph.optionText(of: inverse.state))), \"changes\": [\(changes.joined(separator: ", "))], "
            + "\"equilibrium_after\": \(inverse.isEquilibriumAfter)}\n"
    }

    static func models(_ comparison: ModelComparison, date: CalendarDate) -> String {
        let s = JSONText.string, n = JSONText.number
        let rows = comparison.rows.map { row in
            "{\"option\": \(s(row.option)), \"issue\": \(s(row.issue)), \"taken\": \(s(row.threshold)), \"consensus\": \(n(row.consensus)), "
                + "\"consensus_takes\": \(row.consensusTakes), \"settlement\": \(settlement(row)), \"gmcr\": \(s(row.gmcr.rawValue)), \"equilibria\": \(row.equilibria), "
                + "\"equilibria_taking\": \(row.equilibriaTaking), \"agree\": \(row.agree), \"note\": \(row.note.map(s) ?? "null")}"
        }
        return "{\"date\": \(s(date.description)), \"concept\": \(s(comparison.concept.rawValue)), \"questions\": [\n  "
            + rows.joined(separator: ",\n  ") + "\n]}\n"
    }

    /// `{"outcome": "deal"|"no deal"|"not modelled", "point", "lower", "upper", "gap", "takes"}`:
    /// `point` is the Nash point of a deal, or the no-deal point; null fields do not apply.
    static func settlement(_ row: ModelComparison.Row) -> String {
        let n = JSONText.number
        let takes = row.settlementTakes.map { "\($0)" } ?? "null"
        switch row.settlement {
        case .deal(let lower, let upper, let nash):
            return "{\"outcome\": \"deal\", \"point\": \(n(nash)), \"lower\": \(n(lower)), \"upper\": \(n(upper)), \"gap\": null, \"takes\": \(takes)}"
        case .noDeal(let point, let gap):
            return "{\"outcome\": \"no deal\", \"point\": \(n(point)), \"lower\": null, \"upper\": null, \"gap\": \(n(gap)), \"takes\": \(takes)}"
        case .notModelled:
            return "{\"outcome\": \"not modelled\", \"point\": null, \"lower\": null, \"upper\": null, \"gap\": null, \"takes\": null}"
        }
    }
}
