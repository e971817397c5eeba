/// Alternative futures side by side (`brief FILE --compare A,B`): what each branch did, the
/// forecast and the settlement on each, the stances that differ, and what differs in words.
extension Briefing {
    @Sendable static func alternativesSection(_ input: BriefingInput) -> BriefingSection? {
        let futures = input.alternatives
        guard futures.count >= 2 else { return nil }
        let names = futures.map(\.branch.name)
        let issues = futures[0].branch.scenario.issues
        var blocks: [BriefingSection.Block] = [
            .paragraph("\(futures.count) futures, branches \(list(names)), set side by side. Each is a sequence of hypothetical "
                       + "events applied to the documented state; comparing them shows what the choice of event changes."),
            .subheading("What each future did"),
            .table([.text("branch"), .text("date"), .text("what happened")], futures.map { future in
                let steps = stepRows(future.branch, catalog: input.catalog, seeds: input.seeds)
                let words = steps.isEmpty ? "nothing: the documented state" : steps.map { "\($0.step). \($0.words)" }.joined(separator: " ")
                return .init([future.branch.name, future.branch.scenario.date.description, words])
            }),
        ]

        // The forecast and the settlement per issue, one column per future.
        blocks.append(.subheading("Forecast and settlement on each future"))
        var forecastRows: [BriefingSection.Row] = []
        for (i, issue) in issues.enumerated() {
            let band = { (future: BranchOutlook) in label(input.seeds.issue(named: issue), future.consensus[i].mostLikely) }
            let verdicts = futures.map { settlementWords($0.settlements[i]) }
            let differs = Set(futures.map(band)).count > 1 || Set(futures.map { settlementKind($0.settlements[i]) }).count > 1
            forecastRows.append(.init([issue] + futures.indices.map { k in
                "\(Figures.points(futures[k].consensus[i].mostLikely)) (\(band(futures[k]))); \(verdicts[k])"
            }, marked: differs))
        }
        blocks.append(.table([.text("issue")] + names.map { .text($0) }, forecastRows))
        blocks.append(.aside("Each cell: the coalition's most likely position (its band); then the settlement: the deal space every "
                             + "signatory signs with its Nash point, or no deal. Highlighted: the futures part on band or on deal."))

        // Stances that differ between the futures, largest difference first.
        let actors = futures[0].branch.scenario.actors
        var differing: [(row: BriefingSection.Row, spread: Double)] = []
        for (a, actor) in actors.enumerated() {
            for (i, issue) in issues.enumerated() {
                let values = futures.map { Figures.rounded($0.branch.scenario.position(actor: a, issue: i), 1) }
                guard let low = values.min(), let high = values.max(), high > low else { continue }
                differing.append((.init([actor, issue] + values.map(Figures.points) + [Figures.points(high - low)]), high - low))
            }
        }
        differing.sort { $0.spread > $1.spread }
        blocks.append(.subheading("Stances that differ"))
        blocks.append(.paragraph("\(differing.count) of \(actors.count * issues.count) positions differ between the futures."))
        if !differing.isEmpty {
            blocks.append(.table([.text("actor"), .text("issue")] + names.map { .number($0) } + [.number("difference")],
                                 differing.map(\.row)))
        }

        let sentences = differences(futures, issues: issues, seeds: input.seeds, largest: differing.first?.row)
        if !sentences.isEmpty {
            blocks.append(.subheading("What differs, in words"))
            blocks.append(.list(sentences))
        }
        return BriefingSection(heading: "Alternative futures side by side", blocks: blocks)
    }

    /// One sentence per issue where the futures' forecast band or settlement differs, then the
    /// largest gap in a stance.
    private static func differences(_ futures: [BranchOutlook], issues: [String], seeds: Seeds,
                                    largest: BriefingSection.Row?) -> [String] {
        var sentences: [String] = []
        for (i, issue) in issues.enumerated() {
            let bands = futures.map { label(seeds.issue(named: issue), $0.consensus[i].mostLikely) }
            if Set(bands).count > 1 {
                let parts = futures.indices.map { "\u{201C}\(bands[$0])\u{201D} on \(futures[$0].branch.name)" }
                sentences.append("On \(issue) the coalition leans to " + list(parts) + ".")
            }
            let kinds = futures.map { settlementKind($0.settlements[i]) }
            if Set(kinds).count > 1 {
                let parts = futures.indices.map { "\(settlementWords(futures[$0].settlements[i])) on \(futures[$0].branch.name)" }
                sentences.append("On \(issue) the settlement differs: " + list(parts) + ".")
            } else if case let points = futures.compactMap({ $0.settlements[i]?.nash }), points.count == futures.count,
                      let low = points.min(), let high = points.max(), high - low >= 1 {
                // Both futures have a deal, but it lands elsewhere.
                let parts = futures.indices.map { "\(Figures.points(points[$0])) on \(futures[$0].branch.name)" }
                let every = futures.count == 2 ? "both futures have" : "all \(futures.count) futures have"
                sentences.append("On \(issue) \(every) a deal, but its Nash point moves: " + list(parts) + ".")
            }
        }
        if sentences.isEmpty {
            sentences.append("The futures agree on every issue's forecast band and on whether a deal exists.")
        }
        if let largest {
            let cells = largest.cells
            let values = futures.indices.map { "\(cells[2 + $0]) on \(futures[$0].branch.name)" }
            sentences.append("The largest difference in a stance: \(cells[0]) on \(cells[1]), \(list(values)).")
        }
        return sentences
    }

    private static func label(_ issue: Issue?, _ position: Double) -> String {
        issue?.band(for: position)?.label ?? "off the scale"
    }

    private static func settlementKind(_ settlement: IssueSettlement?) -> String {
        guard let settlement else { return "not modelled" }
        return settlement.hasDeal ? "deal" : "no deal"
    }

    private static func settlementWords(_ settlement: IssueSettlement?) -> String {
        guard let settlement else { return "settlement not modelled" }
        switch settlement.outcome {
        case .deal(let lower, let upper, let nash):
            return "deal \(Figures.points(lower))–\(Figures.points(upper)), Nash \(Figures.points(nash))"
        case .gap(let points, _, _):
            return "no deal (gap \(Figures.points(points)))"
        case .blockedByPackage:
            return "no deal (conditional on the package, which has none)"
        }
    }

    private static func list(_ items: [String]) -> String {
        items.count <= 2 ? items.joined(separator: " and ") : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
