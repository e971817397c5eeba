/// `sensitivity --json`: the ranked inputs with the target at each end, or a Morris screening.
///
///     {"target": "forecast.territory", "method": "one-at-a-time", "branch": "main",
///      "date": "2025-07-23", "steps": 0, "value": 35.0, "inputs": 117, "moving": 31,
///      "headline": "The territory forecast rests mainly on …",
///      "rows": [{"rank": 1, "input": "position:TR:territory", "kind": "position", "actor": "TR",
///                "issue": "territory", "label": "TR territory 25±20", "range": "±20",
///                "seeded": 25.0, "low": 5.0, "high": 45.0,
///                "evidence": {"kind": "estimate"}, "at_low": 24.7, "at_high": 44.1,
///                "swing": 19.4, "changes_existence": false}, …]}
///
/// Only inputs that move the target are listed in `rows` (`inputs` counts them all). A value
/// that does not exist (no deal space) is `null`. `evidence.kind` is `cited` (with
/// `document`, `grade` and `supports`), `finding` (with `work`) or `estimate`. With
/// `--global`, `method` is `morris`, with `trajectories`, `levels`, `delta`, `seed` and
/// `evaluations`, and each row gives `mu_star`, `mu`, `sigma`, `effects` and `undefined`.
public enum SensitivityJSON {
    public static func render(_ result: SensitivityResult, seeds: Seeds) -> String {
        let s = JSONText.string
        var text = "{\"target\": \(s(result.target.text)), \"method\": \"one-at-a-time\""
        text += header(branch: result.branch, date: result.date, steps: result.steps)
        text += ", \"value\": \(number(result.base)), \"inputs\": \(result.rows.count), \"moving\": \(result.moving.count)"
        text += ", \"headline\": \(s(result.headline(seeds: seeds))), \"rows\": ["
        for (index, row) in result.moving.enumerated() {
            text += index == 0 ? "\n  " : ",\n  "
            text += "{\"rank\": \(index + 1), " + describe(row.input)
            text += ", \"at_low\": \(number(row.atLow)), \"at_high\": \(number(row.atHigh))"
            text += ", \"swing\": \(number(row.swing)), \"changes_existence\": \(row.changesExistence)}"
        }
        return text + (result.moving.isEmpty ? "]}\n" : "\n]}\n")
    }

    public static func render(_ result: MorrisResult, seeds: Seeds) -> String {
        let s = JSONText.string, n = JSONText.number
        var text = "{\"target\": \(s(result.target.text)), \"method\": \"morris\""
        text += header(branch: result.branch, date: result.date, steps: result.steps)
        text += ", \"trajectories\": \(result.trajectories), \"levels\": \(result.levels), \"delta\": \(n(result.delta))"
        text += ", \"seed\": \(result.seed), \"evaluations\": \(result.evaluations), \"inputs\": \(result.rows.count)"
        text += ", \"moving\": \(result.moving.count), \"headline\": \(s(result.headline(seeds: seeds))), \"rows\": ["
        for (index, row) in result.moving.enumerated() {
            text += index == 0 ? "\n  " : ",\n  "
            text += "{\"rank\": \(index + 1), " + describe(row.input)
            text += ", \"mu_star\": \(n(row.muStar)), \"mu\": \(n(row.mu)), \"sigma\": \(n(row.sigma))"
            text += ", \"effects\": \(row.count), \"undefined\": \(row.undefined)}"
        }
        return text + (result.moving.isEmpty ? "]}\n" : "\n]}\n")
    }

    static func header(branch: String, date: CalendarDate, steps: Int) -> String {
        ", \"branch\": \(JSONText.string(branch)), \"date\": \(JSONText.string(date.description)), \"steps\": \(steps)"
    }

    static func number(_ value: Double?) -> String {
        value.map(JSONText.number) ?? "null"
    }

    /// The input's id, kind, names, range and evidence.
    static func describe(_ input: SensitivityInput) -> String {
        let s = JSONText.string, n = JSONText.number
        var text = "\"input\": \(s(input.id))"
        switch input.kind {
        case .position(let actor, let issue), .salience(let actor, let issue),
             .expectation(let actor, let issue), .veto(let actor, let issue):
            text += ", \"kind\": \(s(kind(input.kind))), \"actor\": \(s(actor)), \"issue\": \(s(issue))"
        case .capability(let actor):
            text += ", \"kind\": \"capability\", \"actor\": \(s(actor))"
        case .magnitude(let name):
            text += ", \"kind\": \"magnitude\", \"magnitude\": \(s(name))"
        }
        text += ", \"label\": \(s(input.label)), \"range\": \(s(input.range))"
        text += ", \"seeded\": \(n(input.base)), \"low\": \(n(input.low)), \"high\": \(n(input.high))"
        switch input.evidence {
        case .cited(let document, let grade, let supports):
            text += ", \"evidence\": {\"kind\": \"cited\", \"document\": \(s(document)), \"grade\": \(s(grade)), \"supports\": \(s(supports))}"
        case .finding(let work):
            text += ", \"evidence\": {\"kind\": \"finding\", \"work\": \(s(work))}"
        case .estimate:
            text += ", \"evidence\": {\"kind\": \"estimate\"}"
        }
        return text
    }

    static func kind(_ kind: SensitivityInput.Kind) -> String {
        switch kind {
        case .position: "position"
        case .salience: "salience"
        case .capability: "capability"
        case .magnitude: "magnitude"
        case .expectation: "expectation"
        case .veto: "veto"
        }
    }
}
