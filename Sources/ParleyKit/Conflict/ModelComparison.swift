/// The views side by side on the questions they share: for each conflict option tied to an
/// SMP issue, whether SMP's coalition consensus reaches it and whether GMCR's equilibria take it.
///
///     let rows = ModelComparison(view: view, scenario: scenario, concept: .nash).rows
///     rows[0].agree   // false when the two views part
public struct ModelComparison: Sendable {
    public enum GMCRVerdict: String, Sendable, Hashable {
        case taken, notTaken = "not taken", open, noEquilibrium = "no equilibrium"
    }

    public struct Row: Sendable, Hashable {
        public var option: String
        public var issue: String
        public var threshold: String
        /// SMP's probability-weighted coalition consensus on the issue, 0–100.
        public var consensus: Double
        public var consensusTakes: Bool
        /// Equilibria (0-based) and how many of them take the option.
        public var equilibria: Int
        public var equilibriaTaking: Int
        public var gmcr: GMCRVerdict
        public var takenNow: Bool

        public var agree: Bool {
            switch gmcr {
            case .taken: consensusTakes
            case .notTaken: !consensusTakes
            case .open, .noEquilibrium: false
            }
        }

        /// One line on why the views part, nil when they agree.
        public var note: String? {
            guard !agree else { return nil }
            switch gmcr {
            case .notTaken: return "the coalition vote reaches it, but no stable state has it: its holder gains by not taking it"
            case .taken: return "every stable state has it though the coalition vote falls short: its holder gains by taking it"
            case .open: return "GMCR has stable states with and without it; SMP's vote settles what GMCR leaves open"
            case .noEquilibrium: return "GMCR finds no equilibrium under this concept, so it gives no answer"
            }
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
            rows.append(Row(option: option.id, issue: question.issue, threshold: question.text, consensus: consensus,
                            consensusTakes: question.isTaken(at: consensus), equilibria: equilibria.count,
                            equilibriaTaking: taking, gmcr: verdict,
                            takenNow: (view.graph.values[view.current] >> index) & 1 == 1))
        }
        self.rows = rows
    }
}
