import Foundation

/// Everything an analyst's session holds: settings, notes, and the commands that built it.
///
/// A value type, so a whole session can be kept as an undo step or compared.
public struct Session: Sendable {
    public var settings = Settings()
    /// The current branch's notes; a note belongs to the future it was written in.
    public var notes: [Note] { branch?.notes ?? notesBeforeLoad }
    /// Notes written while nothing is loaded (no branch yet); a `load` drops them too.
    var notesBeforeLoad: [Note] = []
    /// The state-changing commands so far, in replayable form; `save` writes these.
    public var script: [String] = []
    /// The loaded seeds and catalog; nil until something is loaded.
    public var world: World?
    /// Alternative futures; the first is `main`. Empty until something is loaded.
    public var branches: [Branch] = []
    public var currentBranchIndex = 0
    /// The last `simulate` result, for briefings; nil until one completes.
    public var lastSimulation: SimulationResult?
    /// The folder `load` reads when given none: `--seeds DIR` when the session started with
    /// one, else the bundled seeds (nil). Kept so `load at=DATE` in a script run on a copy
    /// reads the copy, not the bundled seeds.
    public var defaultSeeds: (url: URL, shown: String)?

    /// The branch commands act on.
    public var branch: Branch? {
        get { branches.indices.contains(currentBranchIndex) ? branches[currentBranchIndex] : nil }
        set {
            guard let newValue, branches.indices.contains(currentBranchIndex) else { return }
            branches[currentBranchIndex] = newValue
        }
    }

    /// Starts afresh on a loaded world at one snapshot: a single `main` branch.
    public mutating func begin(_ world: World, at snapshot: Snapshot) {
        self.world = world
        notesBeforeLoad = []
        branches = [Branch(name: "main", baseline: world.scenario(at: snapshot), snapshotDate: snapshot.date)]
        currentBranchIndex = 0
    }

    /// Starts afresh from a given scenario (e.g. one drawn by `simulate`), citing `snapshotDate`.
    public mutating func begin(_ world: World, scenario: Scenario, snapshotDate: CalendarDate) {
        self.world = world
        notesBeforeLoad = []
        branches = [Branch(name: "main", baseline: scenario, snapshotDate: snapshotDate)]
        currentBranchIndex = 0
    }

    public init() {}
}
