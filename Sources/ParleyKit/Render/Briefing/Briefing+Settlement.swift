/// The briefing's settlement section: per issue who must sign and whether a deal space exists,
/// then the package, from the deal-space results handed in through ``BriefingInput``.
///
///     Settlement: who would sign (horizon 180d)
///     | issue     | signatories | verdict               | Nash point             | what blocks        |
///     | territory | RU, UA      | no deal, gap 16.0     |                        | RU ≥ 71.0, UA ≤ 55.0 |
///
/// Nothing here runs the model; a branch with no settlement model has no section.
extension Briefing {
    @Sendable static func settlementSection(_ input: BriefingInput) -> BriefingSection? {
        guard !input.settlement.isEmpty || input.package != nil else { return nil }
        let scenario = input.branch.scenario
        let horizon = TimeSpan(days: scenario.settlement.horizonDays)
        let lead = "A settlement needs every signatory. Each signs what it values at least as much as the no-deal outcome "
            + "it expects over \(horizon) of fighting on, less what fighting costs it; the deal space is what all sign "
            + "(Nash point weighted by capability). On \(scenario.date), branch \(input.branch.name):"
        let rows = input.settlement.map { result -> BriefingSection.Row in
            let issue = input.seeds.issue(named: result.issue)
            let signers = result.signatories.map(\.actor).joined(separator: ", ")
            switch result.outcome {
            case .deal(let lower, let upper, let nash):
                return .init([result.issue, signers, "deal \(Figures.points(lower))–\(Figures.points(upper))",
                              "\(Figures.points(nash)) (\(issue?.band(for: nash)?.label ?? ""))", ""])
            case .gap(let points, let floor, let ceiling):
                let low = result.ranges.map(\.lower).max() ?? 0, high = result.ranges.map(\.upper).min() ?? 100
                return .init([result.issue, signers, "no deal, gap \(Figures.points(points))", "",
                              "\(floor.joined(separator: ", ")) ≥ \(Figures.points(low)); \(ceiling.joined(separator: ", ")) ≤ \(Figures.points(high))"])
            case .blockedByPackage(let lower, let upper, let nash):
                let gap = input.package.map { $0.hasDeal ? "" : " (gap \(Figures.points(-$0.margin)))" } ?? ""
                return .init([result.issue, signers, "no deal; on its own \(Figures.points(lower))–\(Figures.points(upper))",
                              "alone \(Figures.points(nash)) (\(issue?.band(for: nash)?.label ?? ""))", "conditional on the package\(gap)"])
            }
        }
        var blocks: [BriefingSection.Block] = [
            .paragraph(lead),
            .table([.text("issue"), .text("signatories"), .text("verdict"), .text("Nash point"), .text("what blocks")], rows),
        ]
        if let package = input.package {
            blocks.append(.paragraph("Package (\(package.issues.joined(separator: ", "))), every issue bargained at once: "
                                     + SettlementText.packageVerdict(package) + "."))
            if let open = package.marginTradingAll {
                blocks.append(.paragraph("With the red lines set aside (every issue traded against every other) it would be "
                                         + (open >= 0 ? "a deal, margin \(Figures.points(open))." : "no deal, gap \(Figures.points(-open)).")))
            }
        }
        blocks.append(.paragraph("The forecast above is the coalition consensus, a vote nobody has to sign; where it and this table disagree, this table says whether anyone would sign."))
        return BriefingSection(heading: "Settlement: who would sign", blocks: blocks)
    }
}
