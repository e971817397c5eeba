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
    public var steps: [Step]
    /// Steps taken back by `undo`, most recent last, for `redo`.
    public var undone: [Step]
    /// Narrative for the briefing, oldest first; each knows which step it followed.
    public var notes: [Note] = []
    /// Notes taken back by `undo`, most recent last.
    public var undoneNotes: [Note] = []

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
}

/// One thing done to a branch: an event applied, the clock moved, or bargaining turns.
public struct Step: Sendable {
    /// The command as `save` would write it.
    public var command: String
    /// One line for the timeline.
    public var summary: String
    public var after: Scenario
    public var trace: [TraceEntry]

    public init(command: String, summary: String, after: Scenario, trace: [TraceEntry]) {
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
