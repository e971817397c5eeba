/// The positions the seeds read in more than one way (`alternatives:`), each reading with the ±
/// its own evidence earns, so a Monte Carlo run can start from any of them.
///
///     let contested = ContestedReadings(world: world, branch: branch)
///     contested.cells.first   // Cell(index: 0, readings: [65 ±10, 88 ±13, 82 ±10]) for RU on the ceasefire
///
/// The first reading is the analyst's (the snapshot's value and ±); the others follow in the
/// file's order, their ± set by ``UncertaintyRule`` from their own citation (or the estimate
/// floor). Only a branch that starts at its snapshot's values has readings: a cell whose
/// baseline differs from the snapshot is left alone.
public struct ContestedReadings: Sendable, Hashable {
    /// One reading of a position: its value and its ±, in points.
    public struct Reading: Sendable, Hashable {
        public var value: Double
        public var spread: Double
    }

    /// One contested position: its place in the scenario's grid (`actor · issues + issue`) and
    /// its readings, the analyst's first.
    public struct Cell: Sendable, Hashable {
        public var index: Int
        public var readings: [Reading]
    }

    /// Contested positions, in grid order.
    public var cells: [Cell]

    public init() { cells = [] }

    public var isEmpty: Bool { cells.isEmpty }

    /// The readings of the snapshot `branch` starts from.
    public init(world: World, branch: Branch) {
        cells = []
        let seeds = world.seeds
        guard let snapshot = seeds.snapshots.first(where: { $0.date == branch.snapshotDate }) else { return }
        let baseline = branch.baseline
        for (actor, actorID) in baseline.actors.enumerated() {
            for (issue, issueID) in baseline.issues.enumerated() {
                guard let stance = snapshot.stance(actor: actorID, issue: issueID), !stance.position.alternatives.isEmpty,
                      baseline.positions[actor, issue] == stance.position.value,
                      let scale = seeds.issues.first(where: { $0.id == issueID }) else { continue }
                var readings = [Reading(value: stance.position.value, spread: baseline.uncertainties[actor, issue])]
                for alternative in stance.position.alternatives {
                    readings.append(Reading(value: alternative.value, spread: Self.spread(of: alternative, issue: scale, seeds: seeds)))
                }
                cells.append(Cell(index: actor * baseline.issues.count + issue, readings: readings))
            }
        }
    }

    /// The ± the rule gives a reading on its own evidence.
    static func spread(of reading: CitedValue, issue: Issue, seeds: Seeds) -> Double {
        guard case .source(let citation) = reading.provenance else { return UncertaintyRule.estimateFloor }
        let grade = seeds.documents.first { $0.file == citation.document }?.reliability ?? .f
        return UncertaintyRule.minimum(for: citation, reliability: grade, value: reading.value, issue: issue).0
    }
}
