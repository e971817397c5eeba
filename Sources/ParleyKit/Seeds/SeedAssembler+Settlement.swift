import Foundation
import Yams

extension SeedAssembler {
    static let settlementFile = "settlement.yaml"
    static let settlementKeys = ["package", "issues", "snapshots"]
    static let signatoryKeys = ["signatories", "source", "estimate"]
    static let settlementTermsKeys = ["horizon", "no-deal", "expectations", "costs", "red-lines", "conditional"]
    static let redLineKeys = ["source", "estimate"]
    static let conditionalKeys = ["on", "source", "estimate"]
    /// What `conditional: {ISSUE: {on: …}}` may name: only the seeds' package so far.
    static let conditionTargets = ["package"]

    /// Reads `settlement.yaml`, if the folder has one: signatories per issue, and per snapshot
    /// the no-deal outcome, each signatory's expectation of it and its cost of continuing.
    ///
    ///     package: [ceasefire, territory]
    ///     issues:
    ///       territory: {signatories: [RU, UA], estimate: "…"}
    ///     snapshots:
    ///       2025-07-23:
    ///         horizon: 180d
    ///         no-deal: {territory: {value: 55, source: {doc: …, quote: "…"}}}
    ///         expectations: {RU: {territory: {value: 75, estimate: "…"}}}
    ///         costs: {RU: {value: 4, estimate: "…"}}
    ///
    /// A folder without the file loads with no settlement model (older seed folders).
    func readSettlement() -> SettlementSeeds? {
        guard FileManager.default.fileExists(atPath: directory.appendingPathComponent(Self.settlementFile).path),
              let (reader, root) = open(Self.settlementFile) else { return nil }
        defer { collect(reader) }
        guard let top = reader.fields(of: root, allowed: Self.settlementKeys, in: "the settlement file") else { return nil }
        var valid = true
        var signatories: [String: [String]] = [:]
        var provenance: [String: Provenance] = [:]
        if let issuesNode = reader.value(top, "issues", required: true), let entries = reader.mapping(issuesNode, in: "'issues'") {
            for (issueKey, node) in entries {
                guard checkIssue(issueKey.text, at: issueKey.node, reader: reader) else { valid = false; continue }
                guard let fields = reader.fields(of: node, allowed: Self.signatoryKeys, in: "the signatories of \(issueKey.text)"),
                      let list = reader.textList(fields, "signatories") else { valid = false; continue }
                var actors: [String] = []
                for actor in list {
                    guard checkActor(actor.text, at: actor.node, reader: reader) else { valid = false; continue }
                    if actors.contains(actor.text) {
                        reader.error("\(actor.text) is listed twice as a signatory of \(issueKey.text)", at: actor.node)
                        valid = false
                    }
                    actors.append(actor.text)
                }
                if list.isEmpty {
                    reader.error("\(issueKey.text) needs at least one signatory", at: fields.node)
                    valid = false
                }
                // Graded like every seed citation: what the quote supports and how credible it is.
                let context = ValueContext(date: nil, what: "the signatory list of \(issueKey.text)", needsRange: false,
                                           earlier: { _ in nil }, earlierDates: [])
                guard let why = self.provenance(fields, for: "the signatory list of \(issueKey.text)", context: context,
                                                reader: reader) else {
                    valid = false
                    continue
                }
                signatories[issueKey.text] = actors
                provenance[issueKey.text] = why
            }
        } else {
            valid = false
        }
        var package: [String] = []
        for issue in reader.textList(top, "package") ?? [] {
            guard checkIssue(issue.text, at: issue.node, reader: reader) else { valid = false; continue }
            if signatories[issue.text] == nil {
                reader.error("package issue \(issue.text) has no signatories under 'issues'", at: issue.node)
                valid = false
            }
            package.append(issue.text)
        }
        var terms: [SettlementSeeds.Terms] = []
        if let snapshotsNode = reader.value(top, "snapshots", required: true),
           let entries = reader.mapping(snapshotsNode, in: "'snapshots'") {
            for (dateKey, node) in entries {
                guard let date = CalendarDate(parsing: dateKey.text) else {
                    reader.error("'\(dateKey.text)' is not a date (YYYY-MM-DD)", at: dateKey.node)
                    valid = false
                    continue
                }
                if allSnapshotsRead, !snapshots.contains(where: { $0.date == date }) {
                    reader.error("no snapshot dated \(date) in '\(shownName(SeedLoader.snapshotsFolder))'", at: dateKey.node,
                                 suggestion: Suggestion.closest(to: dateKey.text, in: snapshots.map(\.date.description)))
                    valid = false
                    continue
                }
                if let read = readTerms(node, date: date, signatories: signatories, package: top["package"] == nil ? nil : package,
                                        earlier: terms, at: dateKey.node, reader: reader) {
                    terms.append(read)
                } else {
                    valid = false
                }
            }
            for snapshot in snapshots where allSnapshotsRead && !terms.contains(where: { $0.date == snapshot.date }) && !entries.isEmpty {
                if !entries.contains(where: { $0.key.text == snapshot.date.description }) {
                    reader.error("no settlement terms for snapshot \(snapshot.date)", at: snapshotsNode)
                    valid = false
                }
            }
        } else {
            valid = false
        }
        return valid ? SettlementSeeds(signatories: signatories, signatoryProvenance: provenance, package: package, terms: terms) : nil
    }

    /// Whether every snapshot file was read, so dates can be checked against them (the
    /// assembler's rule: skip checks against a file that could not be read).
    private var allSnapshotsRead: Bool {
        let folder = directory.appendingPathComponent(SeedLoader.snapshotsFolder)
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
        return !snapshots.isEmpty && files.count == snapshots.count
    }

    /// One snapshot's terms: every modelled issue's no-deal point and every signatory's cost.
    private func readTerms(_ node: Node, date: CalendarDate, signatories: [String: [String]], package: [String]?,
                           earlier: [SettlementSeeds.Terms], at key: Node, reader: SeedReader) -> SettlementSeeds.Terms? {
        guard let fields = reader.fields(of: node, allowed: Self.settlementTermsKeys, in: "the terms of \(date)") else { return nil }
        var valid = true
        var horizon: TimeSpan?
        if let text = reader.text(fields, "horizon"), let horizonNode = fields["horizon"] {
            horizon = TimeSpan(parsing: text)
            if horizon == nil || horizon!.days == 0 {
                reader.error("horizon '\(text)' is not a duration such as 180d or 26w", at: horizonNode)
                valid = false
            }
        } else {
            valid = false
        }
        // `carried: DATE` keeps an earlier snapshot's value (checked equal); `outside:` labels a fact from elsewhere.
        func cited(_ node: Node, as what: String, in range: ClosedRange<Double>,
                   before: @escaping (SettlementSeeds.Terms) -> CitedValue?) -> CitedValue? {
            guard let valueFields = reader.fields(of: node, allowed: Self.citedValueKeys + Self.carryKeys, in: what) else { return nil }
            let context = ValueContext(date: date, what: what, needsRange: false,
                                       earlier: { day in earlier.first { $0.date == day }.flatMap(before) },
                                       earlierDates: earlier.map(\.date).filter { $0 < date })
            // Look-ahead is refused by the shared citation reader (a later document needs 'retrospective:').
            return citedValue(valueFields, range: range, as: what, context: context, reader: reader)
        }
        var noDeal: [String: CitedValue] = [:]
        if let noDealNode = reader.value(fields, "no-deal", required: true), let entries = reader.mapping(noDealNode, in: "'no-deal'") {
            for (issueKey, valueNode) in entries {
                guard checkIssue(issueKey.text, at: issueKey.node, reader: reader) else { valid = false; continue }
                if let value = cited(valueNode, as: "no-deal point of \(issueKey.text)", in: 0...100, before: { $0.noDeal[issueKey.text] }) {
                    noDeal[issueKey.text] = value
                } else {
                    valid = false
                }
            }
            for issue in signatories.keys.sorted() where noDeal[issue] == nil && !entries.contains(where: { $0.key.text == issue }) {
                reader.error("the terms of \(date) give no no-deal point for \(issue)", at: noDealNode)
                valid = false
            }
        } else {
            valid = false
        }
        var expectations: [String: [String: CitedValue]] = [:]
        if let expectationsNode = fields["expectations"], let entries = reader.mapping(expectationsNode, in: "'expectations'") {
            for (actorKey, issuesNode) in entries {
                guard checkActor(actorKey.text, at: actorKey.node, reader: reader),
                      let issueEntries = reader.mapping(issuesNode, in: "the expectations of \(actorKey.text)") else { valid = false; continue }
                for (issueKey, valueNode) in issueEntries {
                    guard checkIssue(issueKey.text, at: issueKey.node, reader: reader) else { valid = false; continue }
                    guard signatories[issueKey.text]?.contains(actorKey.text) == true else {
                        reader.error("\(actorKey.text) does not sign \(issueKey.text), so it has no expectation there", at: issueKey.node)
                        valid = false
                        continue
                    }
                    if let value = cited(valueNode, as: "\(actorKey.text)'s expected no-deal point of \(issueKey.text)", in: 0...100,
                                        before: { $0.expectations[actorKey.text]?[issueKey.text] }) {
                        expectations[actorKey.text, default: [:]][issueKey.text] = value
                    } else {
                        valid = false
                    }
                }
            }
        }
        var costs: [String: CitedValue] = [:]
        if let costsNode = reader.value(fields, "costs", required: true), let entries = reader.mapping(costsNode, in: "'costs'") {
            for (actorKey, valueNode) in entries {
                guard checkActor(actorKey.text, at: actorKey.node, reader: reader) else { valid = false; continue }
                if let value = cited(valueNode, as: "\(actorKey.text)'s cost of continuing", in: 0...100, before: { $0.costs[actorKey.text] }) {
                    costs[actorKey.text] = value
                } else {
                    valid = false
                }
            }
            let signing = Set(signatories.values.flatMap { $0 })
            for actor in signing.sorted() where costs[actor] == nil && !entries.contains(where: { $0.key.text == actor }) {
                reader.error("the terms of \(date) give no cost of continuing for \(actor)", at: costsNode)
                valid = false
            }
        } else {
            valid = false
        }
        // Per signatory and issue: the issues it will not trade, each with its own evidence.
        var redLines: [String: [String: Provenance]] = [:]
        if let redLinesNode = fields["red-lines"], let entries = reader.mapping(redLinesNode, in: "'red-lines'") {
            for (actorKey, issuesNode) in entries {
                guard checkActor(actorKey.text, at: actorKey.node, reader: reader),
                      let issueEntries = reader.mapping(issuesNode, in: "the red lines of \(actorKey.text)") else { valid = false; continue }
                for (issueKey, lineNode) in issueEntries {
                    guard checkIssue(issueKey.text, at: issueKey.node, reader: reader) else { valid = false; continue }
                    guard signatories[issueKey.text]?.contains(actorKey.text) == true else {
                        reader.error("\(actorKey.text) does not sign \(issueKey.text), so it has no red line there", at: issueKey.node)
                        valid = false
                        continue
                    }
                    let what = "\(actorKey.text)'s red line on \(issueKey.text)"
                    let context = ValueContext(date: date, what: what, needsRange: false, earlier: { _ in nil }, earlierDates: [])
                    guard let lineFields = reader.fields(of: lineNode, allowed: Self.redLineKeys, in: what),
                          let why = provenance(lineFields, for: what, context: context, reader: reader) else { valid = false; continue }
                    redLines[actorKey.text, default: [:]][issueKey.text] = why
                }
            }
        }
        var conditional: [String: Provenance] = [:]
        if let conditionalNode = fields["conditional"], let entries = reader.mapping(conditionalNode, in: "'conditional'") {
            for (issueKey, linkNode) in entries {
                guard checkIssue(issueKey.text, at: issueKey.node, reader: reader) else { valid = false; continue }
                if let why = readCondition(linkNode, issue: issueKey, date: date, package: package, reader: reader) {
                    conditional[issueKey.text] = why
                } else {
                    valid = false
                }
            }
        }
        guard valid, let horizon else { return nil }
        return SettlementSeeds.Terms(date: date, horizon: horizon, noDeal: noDeal, expectations: expectations, costs: costs,
                                     redLines: redLines, spreads: spreads(noDeal: noDeal, expectations: expectations, costs: costs),
                                     conditionalOnPackage: conditional)
    }

    /// One `conditional:` entry, `ISSUE: {on: package, source: …}`: the issue's deal stands only
    /// with a deal on the package, so the issue must be one of the package's. `package` is nil
    /// when the file names none (already an error of its own).
    private func readCondition(_ node: Node, issue: SeedReader.Key, date: CalendarDate, package: [String]?,
                               reader: SeedReader) -> Provenance? {
        let what = "the condition on \(issue.text)"
        guard let fields = reader.fields(of: node, allowed: Self.conditionalKeys, in: what),
              let target = reader.text(fields, "on"), let targetNode = fields["on"] else { return nil }
        var valid = true
        if !Self.conditionTargets.contains(target) {
            reader.error("'on' takes package (the issues the package bargains over together), not '\(target)'", at: targetNode,
                         suggestion: Suggestion.closest(to: target, in: Self.conditionTargets))
            valid = false
        } else if package?.contains(issue.text) == false {
            reader.error("\(issue.text) is not in the package, so its deal cannot be conditional on it", at: issue.node)
            valid = false
        }
        let context = ValueContext(date: date, what: what, needsRange: false, earlier: { _ in nil }, earlierDates: [])
        guard let why = provenance(fields, for: what, context: context, reader: reader), valid else { return nil }
        return why
    }

    /// The ± of every term by the evidence rule (docs/SEEDS.md): a cited point's floor by grade,
    /// widened to cover what a band or direction leaves open; an estimate ±14. Costs have no
    /// scale bands, so a band citation on a cost keeps its floor.
    private func spreads(noDeal: [String: CitedValue], expectations: [String: [String: CitedValue]],
                         costs: [String: CitedValue]) -> SettlementSeeds.Spreads {
        func spread(_ value: CitedValue, issue: String?) -> Double {
            guard case .source(let citation) = value.provenance else { return UncertaintyRule.estimateFloor }
            let grade = documents.first { $0.file == citation.document }?.reliability ?? .f
            guard let issue, let scale = issues.first(where: { $0.id == issue }) else {
                let floor = UncertaintyRule.reliabilityFloor(grade) + UncertaintyRule.credibilityWidening(citation.credibility)
                guard let allows = citation.allows else { return floor }
                return max(floor, value.value - allows.lowerBound, allows.upperBound - value.value)
            }
            return UncertaintyRule.minimum(for: citation, reliability: grade, value: value.value, issue: scale).0
        }
        return SettlementSeeds.Spreads(
            noDeal: Dictionary(uniqueKeysWithValues: noDeal.map { ($0.key, spread($0.value, issue: $0.key)) }),
            expectations: expectations.mapValues { byIssue in
                Dictionary(uniqueKeysWithValues: byIssue.map { ($0.key, spread($0.value, issue: $0.key)) })
            },
            costs: costs.mapValues { spread($0, issue: nil) })
    }
}
