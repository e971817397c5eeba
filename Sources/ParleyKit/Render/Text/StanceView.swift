import Foundation

/// One row of `show`: a stance as it stands now, and where each of its numbers comes from.
///
///     let rows = StanceView.rows(seeds, snapshot: seeds.latest, scenario: branch.scenario, selection: .actor("RU"))
///     rows[0].positionOrigin   // .seeds(.source(…)) while untouched, .moved(from: 85) after an event
///
/// Without a scenario the rows are the snapshot's own values. With one, each value is the
/// scenario's; a value that differs from the snapshot is marked as moved, since its seed
/// provenance no longer describes it (`explain` does).
public struct StanceView: Sendable, Hashable {
    /// Where a shown number comes from.
    public enum Origin: Sendable, Hashable {
        /// The seed value, with its provenance.
        case seeds(Provenance)
        /// Moved by events or bargaining since the snapshot, from this seed value.
        case moved(from: Double)
    }

    public var actor: String
    public var issue: String
    public var position: Double
    public var uncertainty: Double?
    public var salience: Double
    /// The label of the band the position falls in.
    public var band: String?
    public var positionOrigin: Origin
    public var salienceOrigin: Origin
    /// Change of position since the branch's baseline (0 without one).
    public var change: Double = 0
    /// Every band the position's ± range enters, in order; more than one when it crosses a boundary.
    public var bands: [String] = []
    /// What the seed position and salience rest on (nil for rows built without seeds).
    public var positionEvidence: Evidence?
    public var salienceEvidence: Evidence?

    /// The band label, or the lowest and highest band the ± range enters, whole, when it
    /// crosses a boundary: "early ceasefire, details after / partial truces first, full
    /// ceasefire later". `show` fits it to its column (``BandCell``).
    public var bandText: String? {
        guard bands.count > 1, let first = bands.first, let last = bands.last else { return band }
        return first + " / " + last
    }

    /// The rows `selection` picks, in actor-then-issue order.
    /// With `baseline`, each row's `change` is its position's move since then.
    public static func rows(_ seeds: Seeds, snapshot: Snapshot, scenario: Scenario? = nil, baseline: Scenario? = nil,
                            selection: StanceSelection = .all) -> [StanceView] {
        selection.stances(in: snapshot).map { stance in
            var position = stance.position.value
            var salience = stance.salience.value
            var uncertainty = stance.uncertainty
            if let scenario, let a = scenario.actorIndex(stance.actor), let i = scenario.issueIndex(stance.issue) {
                position = scenario.position(actor: a, issue: i)
                salience = scenario.salience(actor: a, issue: i)
                let spread = scenario.uncertainty(actor: a, issue: i)
                uncertainty = spread == 0 && stance.uncertainty == nil ? nil : spread
            }
            func origin(_ now: Double, _ seeded: CitedValue) -> Origin {
                abs(now - seeded.value) < 1e-9 ? .seeds(seeded.provenance) : .moved(from: seeded.value)
            }
            let issue = seeds.issues.first { $0.id == stance.issue }
            var change = 0.0
            if let baseline, let a = baseline.actorIndex(stance.actor), let i = baseline.issueIndex(stance.issue) {
                change = position - baseline.position(actor: a, issue: i)
            }
            return StanceView(
                actor: stance.actor, issue: stance.issue, position: position, uncertainty: uncertainty,
                salience: salience, band: issue?.band(for: position)?.label,
                positionOrigin: origin(position, stance.position), salienceOrigin: origin(salience, stance.salience),
                change: change, bands: issue?.bands(from: position, uncertainty: uncertainty ?? 0).map(\.label) ?? [],
                positionEvidence: Evidence(stance.position, on: snapshot.date, seeds: seeds),
                salienceEvidence: Evidence(stance.salience, on: snapshot.date, seeds: seeds))
        }
    }
}
