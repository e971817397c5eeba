/// Replaying a journal (`--resume`): a move is read into its typed ``Move`` and performed on
/// the branch, never re-run as a command; every other line runs as it was typed.
extension Interpreter {
    /// Replays one journaled line, quietly; returns false after reporting, at the line's
    /// place, why it could not be replayed.
    ///
    ///     interpreter.replay(journalLine: "turns 3", file: record.path, lineNumber: 12)
    ///
    /// An `apply`, `advance` or `turns` line is read by ``MoveReader`` against the branch it
    /// lands on, performed with ``Scenario/performing(_:catalog:step:model:)`` and recorded
    /// as the step the command would have recorded, keeping the line for `save`.
    @discardableResult
    public func replay(journalLine line: String, file: String, lineNumber: Int) -> Bool {
        let write = console.write
        console.write = { _ in }
        defer { console.write = write }
        do {
            guard let invocation = try ScriptParser.parseLine(line, file: file, lineNumber: lineNumber) else { return true }
            let command = try catalog.prepare(invocation)
            try finishStart()
            guard MoveReader.commands.contains(command.spec.name) else {
                try perform(command)
                return true
            }
            try replay(move: command)
            return true
        } catch {
            report(error)
            return false
        }
    }

    private func replay(move command: PreparedCommand) throws(Diagnostic) {
        let (spec, call) = (command.spec, command.call)
        let (world, branch) = try requireBranch(call)
        guard let move = try MoveReader(world: world, scenario: branch.scenario).move(spec: spec.name, call) else { return }
        let outcome: MoveOutcome
        do throws(EventApplier.Failure) {
            outcome = try branch.scenario.performing(move, catalog: world.catalog, step: branch.steps.count + 1)
        } catch {
            throw MoveReader.failure(error, performing: move, call)
        }
        // Bargaining stops between turns on Ctrl-C: a half-played move is not kept.
        if console.isCancelled() { throw call.error("interrupted; '\(spec.name)' changed nothing") }
        record(outcome.step(command: call.scriptText))
        keepForSaveAndJournal(spec, call)
    }
}
