import Foundation

extension CommandSpec {
    /// `load [DIR] [at=DATE]`: load a seed folder at one of its snapshots.
    static let load = CommandSpec(
        name: "load",
        usage: "load [DIR] [at=DATE]",
        summary: "load seeds at a snapshot (default: --seeds DIR or bundled, latest)",
        discussion: "Checks every file of the folder first; if anything is wrong it lists every problem as FILE:LINE:COL and keeps the session as it was. On success the session starts afresh on one branch, main, from the chosen snapshot, so earlier branches, steps and notes are dropped; at the prompt parley asks first when there are any. Without DIR it reads the folder given with --seeds at start-up, or else the bundled seeds.",
        examples: ["load", "load at=2025-03-19", "load ~/my-seeds at=2025-06-30"],
        arguments: .lexed(ArgumentRules(positional: ["DIR"], keys: ["at"])),
        completion: .custom { session, before, partial in
            let dates = (session.world?.seeds.snapshots ?? []).map { "at=\($0.date)" }
            if partial.hasPrefix("a") { return dates.filter { $0.hasPrefix(partial) } }
            return before.isEmpty ? Completer().paths(completing: partial).filter { $0.hasSuffix("/") } : []
        },
        recording: .always
    ) { interpreter, call in
        let folder: URL
        let shown: String
        if let argument = call.positionals.first {
            let typed = argument.value!.text
            let resolved = interpreter.resolve(typed)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) else {
                throw call.error("no seed folder '\(typed)'", at: argument)
            }
            guard isDirectory.boolValue else {
                throw call.error("'\(typed)' is a file; load takes a seed folder holding sources.yaml", at: argument)
            }
            folder = URL(fileURLWithPath: resolved, isDirectory: true)
            shown = typed.hasSuffix("/") ? String(typed.dropLast()) : typed
        } else if let chosen = interpreter.session.defaultSeeds {
            folder = chosen.url
            shown = chosen.shown
        } else {
            guard let bundled = SeedLocator.bundled() else {
                throw call.error("no bundled seeds found; give a folder: load DIR")
            }
            folder = bundled
            shown = "seeds"
        }
        var date: CalendarDate?
        if let option = call.option("at") {
            guard case .date(let value) = option.value else {
                throw call.error("at= takes a date such as 2025-06-03, not \(option.value?.kindName ?? "nothing")", at: option)
            }
            date = value
        }
        let world: World
        do {
            // Through the start-up cache: a folder whose files are unchanged since it last
            // loaded cleanly is decoded, not parsed and checked again (a broken one always is).
            world = try interpreter.seedCache.world(directory: folder, displayName: shown)
        } catch let list as DiagnosticList {
            // L10: problems of the folder as a whole (a missing file) are placed on the
            // command that named it, so a script says which of its lines failed.
            let placed = list.diagnostics.map { diagnostic in
                guard diagnostic.location == nil, let argument = call.positionals.first else { return diagnostic }
                return call.error(diagnostic.message, at: argument)
            }
            throw DiagnosticList(placed)
        }
        let snapshot: Snapshot
        if let date {
            guard let found = world.seeds.snapshot(onOrBefore: date) else {
                throw call.error("no snapshot on or before \(date); the earliest is \(world.seeds.snapshots[0].date)",
                                 at: call.option("at"))
            }
            snapshot = found
        } else {
            snapshot = world.seeds.latest
        }
        if interpreter.isAtPrompt, let loss = interpreter.session.workLostByLoad,
           !interpreter.console.confirm("Loading starts afresh and drops \(loss). Go on?") {
            interpreter.console.write("Not loaded; the session is as it was.\n")
            interpreter.declined = true
            return
        }
        interpreter.session.begin(world, at: snapshot)
        interpreter.console.write(SeedSummary.render(world.seeds, at: snapshot, from: shown))
    }
}

extension Interpreter {
    /// The loaded seeds, or an error saying what to load first.
    func requireSeeds(_ call: CommandCall) throws(Diagnostic) -> Seeds {
        guard let world = session.world else {
            throw call.error("nothing is loaded; start with 'load' (the bundled seeds load at start-up unless they failed)")
        }
        return world.seeds
    }
}

extension Session {
    /// What `load` would throw away, in words ("2 branches, 3 steps and 1 note"), or nil.
    var workLostByLoad: String? {
        let steps = branches.map(\.steps.count).reduce(0, +)
        let notes = branches.map(\.notes.count).reduce(0, +)
        var parts: [String] = []
        if branches.count > 1 { parts.append("\(branches.count) branches") }
        if steps > 0 { parts.append("\(steps) step\(steps == 1 ? "" : "s")") }
        if notes > 0 { parts.append("\(notes) note\(notes == 1 ? "" : "s")") }
        let asked = questions.questions.count
        if asked > 0 { parts.append("\(asked) question\(asked == 1 ? "" : "s")") }
        guard let last = parts.popLast() else { return nil }
        return parts.isEmpty ? last : parts.joined(separator: ", ") + " and " + last
    }
}
