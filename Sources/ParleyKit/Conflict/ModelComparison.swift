/// The three views side by side on the questions they share: for each conflict option tied to
/// an SMP issue, whether SMP's coalition consensus reaches it, whether the settlement the deal-space
/// model expects (the Nash point, or the no-deal point when no deal exists) takes it, and
/// whether GMCR's equilibria take it.
///
///     let rows = ModelComparison(view: view, scenario: scenario, concept: .nash).rows
///     rows[0].agree   // false when the views part
///     rows[0].note    // "SMP takes it; settlement and GMCR do not. The coalition vote, …"
public struct ModelComparison: Sendable {
    public enum GMCRVerdict: String, Sendable, Hashable {
        case taken, notTaken = "not taken", open, noEquilibrium = "no equilibrium"
    }

    /// What the deal-space model expects on the option's issue.
    public enum SettlementVerdict: Sendable, Hashable {
        /// A deal space `lower…upper` exists; the Nash point is where it lands.
        case deal(lower: Double, upper: Double, nash: Double)
        /// No outcome every signatory signs: the no-deal point (facts on the ground) stands.
        case noDeal(point: Double, gap: Double)
        /// The seeds name no signatories for the issue.
        case notModelled

        /// The outcome the model expects, nil when it has no view.
        public var point: Double? {
            switch self {
            case .deal(_, _, let nash): nash
            case .noDeal(let point, _): point
            case .notModelled: nil
            }
        }
    }

    public struct Row: Sendable, Hashable {
        public var option: String
        /// The option in words ("Russia agrees a ceasefire").
        public var name: String
        public var issue: String
        public var threshold: String
        /// SMP's probability-weighted coalition consensus on the issue, 0–100.
        public var consensus: Double
        public var consensusTakes: Bool
        public var settlement: SettlementVerdict
        /// Whether the settlement's expected outcome takes the option; nil when not modelled.
        public var settlementTakes: Bool?
        /// Equilibria (0-based) and how many of them take the option.
        public var equilibria: Int
        public var equilibriaTaking: Int
        public var gmcr: GMCRVerdict
        public var takenNow: Bool

        /// GMCR's answer as yes or no; nil when it has none (open, or no equilibrium).
        public var gmcrTakes: Bool? {
            switch gmcr {
            case .taken: true
            case .notTaken: false
            case .open, .noEquilibrium: nil
            }
        }

        /// True when every view that answers gives the same answer and GMCR answers at all;
        /// a settlement that is not modelled has no say.
        public var agree: Bool {
            guard let gmcrTakes else { return false }
            return gmcrTakes == consensusTakes && (settlementTakes ?? consensusTakes) == consensusTakes
        }

        /// One line on how the views part, nil when they agree: who takes it, who does not, and
        /// why the view (or views) in the minority says what it says.
        public var note: String? {
            guard !agree else { return nil }
            var views: [(name: String, takes: Bool?)] = [("SMP", consensusTakes)]
            if settlementTakes != nil { views.append(("settlement", settlementTakes)) }
            views.append(("GMCR", gmcrTakes))
            let takers = views.filter { $0.takes == true }.map(\.name)
            let refusers = views.filter { $0.takes == false }.map(\.name)
            var sides: [String] = []
            if !takers.isEmpty { sides.append("\(Self.list(takers)) take\(takers.count == 1 ? "s" : "") it") }
            if !refusers.isEmpty { sides.append("\(Self.list(refusers)) \(refusers.count == 1 ? "does" : "do") not") }
            // The odd ones out explain themselves: the smaller side, and any view with no answer.
            let majority: Bool? = takers.count == refusers.count ? nil : takers.count > refusers.count
            let odd = views.filter { $0.takes == nil || majority == nil || $0.takes != majority }.map(\.name)
            let reasons = odd.map(reason).joined(separator: "; ")
            return sides.joined(separator: "; ") + ". " + reasons.prefix(1).uppercased() + reasons.dropFirst()
        }

        private func reason(_ view: String) -> String {
            switch view {
            case "SMP":
                return "the coalition vote, weighted by capability and salience, is \(Figures.points(consensus))"
            case "settlement":
                switch settlement {
                case .deal(_, _, let nash):
                    return "the deal every signatory signs centres on \(Figures.points(nash))"
                case .noDeal(let point, _):
                    return "no deal is signed by all, so the no-deal point \(Figures.points(point)) stands"
                case .notModelled:
                    return "the settlement is not modelled"
                }
            default:
                switch gmcr {
                case .notTaken: return "no stable state has it: its holder gains by not taking it"
                case .taken: return "every stable state has it: its holder gains by taking it"
                case .open: return "GMCR has stable states with and without it"
                case .noEquilibrium: return "GMCR finds no equilibrium under this concept"
                }
            }
        }

        private static func list(_ names: [String]) -> String {
            names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + names.last!
        }
    }

    public let concept: StabilityConcept
    public let rows: [Row]

    init(view: ConflictView, scenario: Scenario, concept: StabilityConcept) {
        self.concept = concept
        let equilibria = view.analysis.equilibria(concept)
        var rows: [Row] = []
        for (index, option) in view.talks.options.enumerated() {
            guard let question = option.question, let issue = scenario.issueIndex(question.issue) else { continue }
            let consensus = scenario.consensus(issue: issue).expected
            let taking = equilibria.filter { (view.graph.values[$0] >> index) & 1 == 1 }.count
            let verdict: GMCRVerdict = equilibria.isEmpty ? .noEquilibrium
                : taking == equilibria.count ? .taken : taking == 0 ? .notTaken : .open
            let settlement = Self.settlement(scenario.settle(issue: issue), packageGap: { -(scenario.settlePackage()?.margin ?? 0) })
            rows.append(Row(option: option.id, name: option.name, issue: question.issue, threshold: question.text, consensus: consensus,
                            consensusTakes: question.isTaken(at: consensus), settlement: settlement,
                            settlementTakes: settlement.point.map(question.isTaken(at:)),
                            equilibria: equilibria.count, equilibriaTaking: taking, gmcr: verdict,
                            takenNow: (view.graph.values[view.current] >> index) & 1 == 1))
        }
        self.rows = rows
    }

    /// An issue its package blocks has no deal, and the gap that must close is the package's.
    static func settlement(_ result: IssueSettlement?, packageGap: () -> Double) -> SettlementVerdict {
        guard let result else { return .notModelled }
        switch result.outcome {
        case .deal(let lower, let upper, let nash): return .deal(lower: lower, upper: upper, nash: nash)
        case .gap(let points, _, _): return .noDeal(point: result.noDeal, gap: points)
        case .blockedByPackage: return .noDeal(point: result.noDeal, gap: packageGap())
        }
    }
}
