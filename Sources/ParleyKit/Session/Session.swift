import Foundation

/// Everything an analyst's session holds: settings, notes, the branches and the commands that
/// built them, and the results later commands read.
///
///     var session = Session()
///     session.begin(world, at: world.seeds.latest)
///     try session.fork(as: "squeeze")        // a copy of main, now current
///     session.record(step)                   // onto squeeze
///
/// A value type, so a whole session can be kept or compared. Its state changes only through
/// the rules below, which keep the invariants: a loaded session has a current branch, branch
/// names are unique, a recorded step clears the steps `undo` took back.
public struct Session: Sendable {
    public var settings = Settings()
    /// The current branch's notes; a note belongs to the future it was written in.
    public var notes: [Note] { branch?.notes ?? notesBeforeLoad }
    /// Notes written while nothing is loaded (no branch yet); a `load` drops them too.
    private(set) var notesBeforeLoad: [Note] = []
    /// The state-changing commands so far, in replayable form; `save` writes these.
    public private(set) var script: [String] = []
    /// The loaded seeds and catalog; nil until something is loaded.
    public private(set) var world: World?
    /// Alternative futures; the first is `main`. Empty until something is loaded.
    public private(set) var branches: [Branch] = []
    public private(set) var currentBranchIndex = 0
    /// Results kept for later commands, stamped with the branch and step they came from.
    public private(set) var results = ResultStore()
    /// Dated yes/no questions asked since the last load, with their answers and outcomes.
    public private(set) var questions = QuestionBook()
    /// The folder given with `--seeds`, absolute, so `save` can name it; nil for the bundled seeds.
    public var startingSeeds: String?
    /// The folder `load` reads when given none: `--seeds DIR` when the session started with
    /// one, else the bundled seeds (nil). Kept so `load at=DATE` in a script run on a copy
    /// reads the copy, not the bundled seeds.
    public var defaultSeeds: (url: URL, shown: String)?

    /// Enough for any comparison a class would make; more is almost certainly a runaway script.
    public static let maximumBranches = 64

    public init() {}

    /// Why a branch rule refused.
    public enum Refusal: Error, Sendable, Hashable {
        case nothingLoaded
        case branchExists(String)
        case tooManyBranches
        case noSuchBranch(String)
        case nothingToUndo
        case nothingToRedo
        case noSuchNote(Int)
        case currentBranch(String)
    }

    /// The branch commands act on.
    public var branch: Branch? {
        branches.indices.contains(currentBranchIndex) ? branches[currentBranchIndex] : nil
    }

    /// Starts afresh on a loaded world at one snapshot: a single `main` branch, no results.
    public mutating func begin(_ world: World, at snapshot: Snapshot) {
        begin(world, scenario: world.scenario(at: snapshot), snapshotDate: snapshot.date)
    }

    /// Starts afresh from a given scenario, citing `snapshotDate`.
    public mutating func begin(_ world: World, scenario: Scenario, snapshotDate: CalendarDate) {
        self.world = world
        notesBeforeLoad = []
        branches = [Branch(name: "main", baseline: scenario, snapshotDate: snapshotDate)]
        currentBranchIndex = 0
        results.removeAll()
        questions = QuestionBook()
    }

    /// Copies the current branch as `name` and makes the copy current.
    public mutating func fork(as name: String) throws(Refusal) {
        guard var copy = branch else { throw .nothingLoaded }
        guard index(of: name) == nil else { throw .branchExists(name) }
        guard branches.count < Self.maximumBranches else { throw .tooManyBranches }
        copy.name = name
        branches.append(copy)
        currentBranchIndex = branches.count - 1
    }

    /// Makes the branch called `name` current.
    public mutating func switchTo(_ name: String) throws(Refusal) {
        guard let found = index(of: name) else { throw .noSuchBranch(name) }
        currentBranchIndex = found
    }

    /// Gives the branch called `old` a new name, unique in the session.
    public mutating func rename(_ old: String, to new: String) throws(Refusal) {
        guard let found = index(of: old) else { throw .noSuchBranch(old) }
        guard index(of: new) == nil else { throw .branchExists(new) }
        branches[found].name = new
        questions.renameBranch(old, to: new)
    }

    /// Removes the branch called `name`, which must not be the current one, and returns it.
    public mutating func delete(_ name: String) throws(Refusal) -> Branch {
        guard let found = index(of: name) else { throw .noSuchBranch(name) }
        guard found != currentBranchIndex else { throw .currentBranch(name) }
        let removed = branches.remove(at: found)
        if found < currentBranchIndex { currentBranchIndex -= 1 }
        return removed
    }

    /// The position of the branch called `name`, if there is one.
    public func index(of name: String) -> Int? {
        branches.firstIndex { $0.name == name }
    }

    /// Adds a step to the current branch; what `undo` took back can no longer be redone.
    public mutating func record(_ step: Step) {
        guard let branch else { return }
        branches[currentBranchIndex].record(step)
        questions.forgetRedo(on: branch.name)
    }

    /// Takes back the current branch's last step or note and returns it.
    public mutating func undo() throws(Refusal) -> Branch.Change {
        guard branch != nil else { throw .nothingLoaded }
        guard let change = branches[currentBranchIndex].undo() else { throw .nothingToUndo }
        return change
    }

    /// Puts back what `undo` last took and returns it.
    public mutating func redo() throws(Refusal) -> Branch.Change {
        guard branch != nil else { throw .nothingLoaded }
        guard let change = branches[currentBranchIndex].redo() else { throw .nothingToRedo }
        return change
    }

    /// Adds a note for briefings to the current branch (kept aside while nothing is loaded).
    public mutating func add(_ note: Note) {
        if let branch {
            branches[currentBranchIndex].record(note)
            questions.forgetRedo(on: branch.name)
        } else {
            notesBeforeLoad.append(note)
        }
    }

    /// Removes the current branch's note at `index` (0 for the first) and returns it.
    public mutating func dropNote(at index: Int) throws(Refusal) -> Note {
        guard let branch else { throw .nothingLoaded }
        guard branch.notes.indices.contains(index) else { throw .noSuchNote(index) }
        return branches[currentBranchIndex].dropNote(at: index)
    }

    /// Adds a state-changing command, as `save` will write it.
    public mutating func appendToScript(_ command: String) {
        script.append(command)
    }

    /// Keeps a result stamped with the current branch as it stands.
    public mutating func keep<Value: Sendable>(_ result: Value) {
        guard let branch else { return }
        results.keep(result, on: ResultStore.Stamp(branch))
    }

    // MARK: - Questions

    /// Where a question change is made now: the current branch as it stands.
    var questionStamp: QuestionBook.Stamp? {
        branch.map { QuestionBook.Stamp(branch: $0.name, steps: $0.steps.count, notes: $0.notes.count) }
    }

    /// Records a question asked on the current branch and returns it with its number.
    @discardableResult
    public mutating func ask(_ question: Question) -> Question? {
        guard let stamp = questionStamp else { return nil }
        questions.ask(question, at: stamp)
        return questions.questions.last
    }

    /// Records question `number`'s outcome.
    public mutating func resolve(question number: Int, outcome: Bool) throws(QuestionBook.Refusal) -> Question {
        guard let stamp = questionStamp else { throw .noSuchQuestion(number, count: questions.questions.count) }
        return try questions.resolve(number, outcome: outcome, at: stamp)
    }

    /// Takes back the last question asked or resolved, when it is the last thing done on the
    /// current branch (no step or note since); nil otherwise.
    public mutating func undoQuestion() -> QuestionBook.Change? {
        guard let stamp = questionStamp else { return nil }
        return questions.undo(at: stamp)
    }

    /// Puts back the question change `undo` last took, when the branch stands as it did then.
    public mutating func redoQuestion() -> QuestionBook.Change? {
        guard let stamp = questionStamp else { return nil }
        return questions.redo(at: stamp)
    }
}
