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
    }

    /// Takes back the last step, keeping it for `redo`; nil when there is none.
    public mutating func undo() -> Step? {
        guard let step = steps.popLast() else { return nil }
        undone.append(step)
        return step
    }

    /// Puts back the step `undo` last took; nil when there is none.
    public mutating func redo() -> Step? {
        guard let step = undone.popLast() else { return nil }
        steps.append(step)
        return step
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
