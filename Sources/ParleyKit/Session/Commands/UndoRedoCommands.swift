extension CommandSpec {
    /// `undo`: take back the branch's last step.
    static let undo = history(.undo)

    /// `redo`: put back what `undo` took.
    static let redo = history(.redo)

    /// `undo` and `redo`, one body: a question change made on the branch as it stands goes
    /// first, then the branch's last step or note.
    private static func history(_ way: HistoryMove) -> CommandSpec {
        CommandSpec(
            name: way.name,
            usage: way.name,
            summary: way.summary,
            examples: [way.name],
            arguments: .none,
            recording: .always
        ) { interpreter, call in
            _ = try interpreter.requireBranch(call)
            if let change = way == .undo ? interpreter.session.undoQuestion() : interpreter.session.redoQuestion() {
                interpreter.console.write(QuestionListing.change(change, verb: way.verb))
                return
            }
            let change: Branch.Change
            do throws(Session.Refusal) {
                change = way == .undo ? try interpreter.session.undo() : try interpreter.session.redo()
            } catch {
                throw call.error("nothing to \(way.name) on this branch")
            }
            interpreter.report(change, verb: way.verb)
        }
    }

    /// `timeline`: what this branch did.
    static let timeline = CommandSpec(
        name: "timeline",
        usage: "timeline [--json]",
        summary: "list what this branch did since the snapshot",
        examples: ["timeline", "timeline --json"],
        arguments: .lexed(ArgumentRules(flags: ["json"]))
    ) { interpreter, call in
        let (world, branch) = try interpreter.requireBranch(call)
        if call.hasFlag("json") {
            interpreter.console.write(TimelineJSON.render(branch, seeds: world.directory))
            return
        }
        var rows: [[String]] = [["0", "\(branch.snapshotDate)", "start: snapshot \(branch.snapshotDate) of \(world.directory)", ""]]
        for (index, step) in branch.steps.enumerated() {
            let moved = Set(step.trace.filter { $0.quantity == .position }.map { "\($0.actor) \($0.subject ?? "")" }).count
            rows.append(["\(index + 1)", "\(step.after.date)", step.summary, moved == 0 ? "" : "(\(moved) stance\(moved == 1 ? "" : "s") moved)"])
        }
        var text = "branch \(branch.name)\n" + TextColumns.render(rows)
        for event in branch.scenario.scheduled {
            text += "   \(event.date)  pending: \(event.type) (from \(event.origin))" + (event.conditionText.map { " unless \($0)" } ?? "") + "\n"
        }
        if !branch.undone.isEmpty { text += "(\(branch.undone.count) undone step\(branch.undone.count == 1 ? "" : "s") can be redone)\n" }
        interpreter.console.write(text)
    }
}

extension Interpreter {
    /// Undo and redo report alike: the step or note that moved, and for a step the branch's date now.
    func report(_ change: Branch.Change, verb: String) {
        switch change {
        case .note(let note):
            console.write("\(verb) the note: \(NoteText.quoted(note)).\n")
        case .step(let step):
            console.write("\(verb): \(step.summary). Now \(session.branch?.scenario.date.description ?? "").\n")
        }
    }
}

/// Which way `undo` and `redo` move through a branch's history.
private enum HistoryMove {
    case undo, redo

    var name: String { self == .undo ? "undo" : "redo" }
    var verb: String { self == .undo ? "Undid" : "Redid" }
    var summary: String {
        self == .undo ? "take back the last apply, advance, turns, note, question or resolve"
                      : "put back the last step that undo took back"
    }
}
