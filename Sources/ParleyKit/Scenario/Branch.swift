/// One line of alternative future: a starting scenario and the steps applied to it.
///
///     parley> branch squeeze        # copies the current branch
///     parley> apply sanctions severity=0.9
///     parley> compare main squeeze
///
/// Steps keep the scenario after them, so undo, redo and switching cost nothing.
public struct Branch: Sendable {
    public var name: String
    /// The scenario as loaded, before any step.
    public var baseline: Scenario
    /// The snapshot the baseline came from, for citing starting values.
    public var snapshotDate: CalendarDate
    public private(set) var steps: [Step]
    /// Steps taken back by `undo`, most recent last, for `redo`.
    public private(set) var undone: [Step]
    /// Narrative for the briefing, oldest first; each knows which step it followed.
    public private(set) var notes: [Note] = []
    /// Notes taken back by `undo`, most recent last.
    public private(set) var undoneNotes: [Note] = []

    public init(name: String, baseline: Scenario, snapshotDate: CalendarDate) {
        self.name = name
        self.baseline = baseline
        self.snapshotDate = snapshotDate
        self.steps = []
        self.undone = []
    }

    /// The scenario now.
    public var scenario: Scenario { steps.last?.after ?? baseline }

    /// Every change recorded so far, oldest first.
    public var trace: [TraceEntry] { steps.flatMap(\.trace) }

    /// The moves that made this branch, oldest first: what a replay performs.
    public var moves: [Move] { steps.map(\.move) }

    /// Adds a step; what `undo` took back can no longer be redone.
    public mutating func record(_ step: Step) {
        steps.append(step)
        undone.removeAll()
        undoneNotes.removeAll()
    }

    /// Adds a note after the steps so far; like a step, it ends what `redo` could put back.
    public mutating func record(_ note: Note) {
        var note = note
        note.afterStep = steps.count
        notes.append(note)
        undone.removeAll()
        undoneNotes.removeAll()
    }

    /// What `undo` takes back next: the last note when it was written after the last step.
    public var lastIsNote: Bool {
        notes.last.map { $0.afterStep == steps.count } ?? false
    }

    /// What `redo` puts back next: an undone note that followed the steps now in place.
    public var nextRedoIsNote: Bool {
        undoneNotes.last.map { $0.afterStep == steps.count } ?? false
    }

    /// What `undo` took back or `redo` put back.
    public enum Change: Sendable {
        case step(Step)
        case note(Note)
    }

    /// Takes back the last step or note (a note written after the last step goes first),
    /// keeping it for `redo`; nil when there is nothing.
    public mutating func undo() -> Change? {
        if lastIsNote {
            let note = notes.removeLast()
            undoneNotes.append(note)
            return .note(note)
        }
        guard let step = steps.popLast() else { return nil }
        undone.append(step)
        return .step(step)
    }

    /// Puts back what `undo` last took, in the opposite order; nil when there is nothing.
    public mutating func redo() -> Change? {
        if nextRedoIsNote {
            let note = undoneNotes.removeLast()
            notes.append(note)
            return .note(note)
        }
        guard let step = undone.popLast() else { return nil }
        steps.append(step)
        return .step(step)
    }

    /// Removes the note at `index` of `notes` and returns it.
    public mutating func dropNote(at index: Int) -> Note {
        notes.remove(at: index)
    }
}

/// One thing done to a branch: an event applied, the clock moved, or bargaining turns.
///
///     let step = try scenario.performing(move, catalog: catalog, step: 1).step(command: "turns 3")
public struct Step: Sendable {
    /// What was done, typed: what a replay performs.
    public var move: Move
    /// The command as typed, in the canonical spelling `save` writes.
    public var command: String
    /// One line for the branch's step list (the `timeline` command, briefings).
    public var summary: String
    public var after: Scenario
    public var trace: [TraceEntry]

    public init(move: Move, command: String, summary: String, after: Scenario, trace: [TraceEntry]) {
        self.move = move
        self.command = command
        self.summary = summary
        self.after = after
        self.trace = trace
    }
}

extension Branch {
    /// The recorded changes to one stance's position and salience, oldest first: what
    /// `explain` lists and a briefing's chains show.
    public func history(actor: String, issue: String) -> [TraceEntry] {
        trace.filter { $0.actor == actor && $0.subject == issue && ($0.quantity == .position || $0.quantity == .salience) }
    }
}
