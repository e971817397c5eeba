/// The briefing's coalition consensus table, with Monte Carlo percentiles when a simulation of
/// the branch as it stands was handed in.
extension Briefing {
    public struct ConsensusRow: Sendable {
        public var issue: String
        public var consensus: CoalitionConsensus
        /// The Monte Carlo percentiles of the consensus, when a simulation of this branch as it stands exists.
        public var simulated: SimulationResult.Percentiles?
        /// The label of the issue's band the most likely position falls in ("" off the scale).
        public var band: String
        /// The actors whose stance is the most likely option.
        public var holders: [String]
    }

    /// A simulation counts only if it covers the same issues as the branch.
    static func usableSimulation(_ input: BriefingInput) -> SimulationResult? {
        input.simulation.flatMap { $0.issues == input.branch.scenario.issues ? $0 : nil }
    }

    static func consensusRows(_ input: BriefingInput) -> [ConsensusRow] {
        let simulation = usableSimulation(input)
        return input.consensus.enumerated().map { i, consensus in
            ConsensusRow(issue: consensus.issue, consensus: consensus, simulated: simulation?.consensusPercentiles(issue: i),
                         band: input.seeds.issue(named: consensus.issue)?.band(for: consensus.mostLikely)?.label ?? "",
                         holders: consensus.options.first?.holders ?? [])
        }
    }
}
