/// What `explain settle ISSUE` and `explain settle package` print: the verdict traced back to
/// its terms, each with its provenance and every change the branch made to it.
///
///     explain settle territory
///     territory on 2025-07-23, branch main: no deal, gap 16.0 (RU signs nothing below 71.0, …)
///     who must sign: RU, UA (estimate: A border settlement binds …)
///     RU signs 71.0–99.0: ideal 85.0, reach 14.0 = |85.0 − 75.0| expected + 4.0 cost
///       expects 75.0: 002_c721cbb01b32f9fd.txt: “Diplomacy is simply …” (direction, credibility 4)
public enum SettlementExplanation {
    /// One issue: who signs, which bound each sets, the no-deal point and each expectation and
    /// cost with where it comes from, then what the branch changed.
    /// `package` is the seeds' package as it stands, for an issue conditional on it.
    public static func issue(_ result: IssueSettlement, issue: Issue, scenario: Scenario, seeds: Seeds, snapshot: Snapshot,
                             branch: String, trace: [TraceEntry], width: Int, package: PackageSettlement? = nil) -> String {
        let terms = seeds.settlement?.terms(on: snapshot.date)
        var text = "\(issue.id) on \(scenario.date), branch \(branch): \(SettlementText.verdict(result, issue: issue, package: package))\n"
        if let alone = SettlementText.alone(result, issue: issue) { text += "  \(alone)\n" }
        if result.isConditionalOnPackage {
            let why = terms?.conditionalOnPackage[issue.id].map { ProvenanceText.line($0) + grade($0) } ?? "not in settlement.yaml"
            text += wrap("conditional on the package: a deal on \(issue.id) alone stands only with a deal on the package "
                         + "(explain settle package): \(why)", width: width, indent: "")
        }
        let signers = result.signatories.map(\.actor)
        let why = seeds.settlement?.signatoryProvenance[issue.id].map { " (" + ProvenanceText.line($0) + ")" } ?? ""
        text += wrap("who must sign: \(signers.joined(separator: ", "))\(why)", width: width, indent: "")
        text += "\n" + wrap("Each signs the outcomes within its reach of its ideal: reach = |ideal − expected no deal| + cost.",
                            width: width, indent: "")
        let floor = result.ranges.map(\.lower).max() ?? 0, ceiling = result.ranges.map(\.upper).min() ?? 100
        for (index, signatory) in result.signatories.enumerated() {
            let range = result.ranges[index]
            let reach = abs(signatory.ideal[0] - signatory.expectedNoDeal[0]) + signatory.cost
            var bounds: [String] = []
            if abs(range.lower - floor) < 1e-9, floor > 0 { bounds.append("sets the floor \(Figures.points(floor))") }
            if abs(range.upper - ceiling) < 1e-9, ceiling < 100 { bounds.append("sets the ceiling \(Figures.points(ceiling))") }
            text += "\n\(signatory.actor) signs \(Figures.points(range.lower))–\(Figures.points(range.upper))"
            text += bounds.isEmpty ? "" : " (\(bounds.joined(separator: ", ")))"
            text += ": ideal \(Figures.points(signatory.ideal[0])), reach \(Figures.points(reach)) = |\(Figures.points(signatory.ideal[0])) − "
            text += "\(Figures.points(signatory.expectedNoDeal[0]))| + \(Figures.points(signatory.cost))\n"
            let position = snapshot.stance(actor: signatory.actor, issue: issue.id)?.position
            text += wrap("ideal from its position on \(snapshot.date) (\(position.map { Figures.points($0.value) } ?? "?")): "
                         + (position.map { cited($0) } ?? "not in the snapshot"), width: width, indent: "  ")
            let expectation = terms?.expectations[signatory.actor]?[issue.id]
            text += wrap("expects \(Figures.points(signatory.expectedNoDeal[0])) over \(TimeSpan(days: scenario.settlement.horizonDays))"
                         + (expectation.map { seeded($0, now: signatory.expectedNoDeal[0]) } ?? ": no entry of its own, so the facts on the ground"),
                         width: width, indent: "  ")
            text += wrap("cost \(Figures.points(signatory.cost))" + (terms?.costs[signatory.actor].map { seeded($0, now: signatory.cost) } ?? ": none given"),
                         width: width, indent: "  ")
        }
        let facts = terms?.noDeal[issue.id]
        text += "\n" + wrap("no deal now \(Figures.points(result.noDeal)) (\(issue.band(for: result.noDeal)?.label ?? ""))"
                            + (facts.map { seeded($0, now: result.noDeal) } ?? ": not in settlement.yaml"), width: width, indent: "")
        let changes = trace.filter { entry in
            switch entry.quantity {
            case .noDeal, .expectation: return entry.subject == issue.id && (entry.quantity == .noDeal || signers.contains(entry.actor))
            case .cost: return signers.contains(entry.actor)
            case .position: return entry.subject == issue.id && signers.contains(entry.actor)
            default: return false
            }
        }
        text += changeLines(changes, width: width)
        return text
    }

    /// The package: the verdict, who blocks and which red lines bind, each red line's evidence.
    public static func package(_ result: PackageSettlement, scenario: Scenario, seeds: Seeds, snapshot: Snapshot,
                               branch: String, trace: [TraceEntry], width: Int) -> String {
        let terms = seeds.settlement?.terms(on: snapshot.date)
        var text = wrap("package on \(scenario.date), branch \(branch) (\(result.issues.joined(separator: ", "))): "
                        + SettlementText.packageVerdict(result), width: width, indent: "")
        text += "\n" + wrap("Each signatory judges the whole package by its salience-weighted distance and signs it when that is "
                            + "within its reach; on a red line it also signs nothing it would refuse on that issue alone.", width: width, indent: "")
        for (index, signatory) in result.signatories.enumerated() {
            text += "\n\(signatory.actor): reach \(Figures.points(100 * signatory.reach)) over the package, "
            text += "gain \(Figures.points(result.surpluses[index])) at the \(result.hasDeal ? "Nash package" : "compromise")\n"
            for (d, id) in result.issues.enumerated() where signatory.redLines[d] {
                let why = terms?.redLines[signatory.actor]?[id].map { ProvenanceText.line($0) + grade($0) } ?? "not in settlement.yaml"
                let binding = result.bindingRedLines.contains("\(signatory.actor) on \(id)") ? " (binds)" : ""
                text += wrap("red line on \(id)\(binding): \(why)", width: width, indent: "  ")
            }
        }
        if let open = result.marginTradingAll {
            text += "\nwith the red lines set aside: " + (open >= 0 ? "a deal, margin \(Figures.points(open))" : "no deal, gap \(Figures.points(-open))") + "\n"
        }
        let signers = Set(result.signatories.map(\.actor))
        let changes = trace.filter { entry in
            switch entry.quantity {
            case .noDeal: return result.issues.contains(entry.subject ?? "")
            case .expectation: return result.issues.contains(entry.subject ?? "") && signers.contains(entry.actor)
            case .cost: return signers.contains(entry.actor)
            default: return false
            }
        }
        text += changeLines(changes, width: width)
        return text
    }

    /// ": SOURCE" when the branch has not moved the value, "; seeded 75.0: SOURCE" when it has.
    static func seeded(_ value: CitedValue, now: Double) -> String {
        let moved = Figures.rounded(value.value, 1) != Figures.rounded(now, 1)
        return (moved ? "; seeded \(Figures.points(value.value))" : "") + ": " + cited(value)
    }

    static func cited(_ value: CitedValue) -> String {
        var text = ProvenanceText.line(value.provenance) + grade(value.provenance)
        if let carried = value.carried { text += " [carried from \(carried)]" }
        if let outside = value.outside { text += " [outside the documents: \(outside)]" }
        return text
    }

    static func grade(_ provenance: Provenance) -> String {
        guard let citation = provenance.citation else { return "" }
        var parts: [String] = []
        if let supports = citation.supports { parts.append(supports.rawValue) }
        parts.append("credibility \(citation.credibility)")
        if citation.retrospective != nil { parts.append("retrospective") }
        return " (" + parts.joined(separator: ", ") + ")"
    }

    static func changeLines(_ entries: [TraceEntry], width: Int) -> String {
        let shown = entries.filter { Figures.rounded($0.before, 1) != Figures.rounded($0.after, 1) }
        guard !shown.isEmpty else { return "\nNothing on this branch has moved these terms.\n" }
        var text = "\nChanges on this branch:\n"
        for entry in shown {
            text += "  step \(entry.step) (\(entry.date)) \(entry.cause): \(entry.actor) \(entry.subject.map { $0 + " " } ?? "")\(entry.changeText)\n"
            text += wrap(entry.reason, width: width, indent: "      ")
        }
        return text
    }

    static func wrap(_ paragraph: String, width: Int, indent: String) -> String {
        let lines = HelpText.wrap(paragraph, width: max(30, min(100, width) - indent.count)).split(separator: "\n", omittingEmptySubsequences: false)
        return lines.enumerated().map { ($0.offset == 0 ? indent : indent + "  ") + $0.element }.joined(separator: "\n") + "\n"
    }
}
