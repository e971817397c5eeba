extension CommandSpec {
    /// `search "GOAL" [depth=N] [using=TYPE,…] [beam=B] [--json]`, and `search take N [NAME]`.
    static let search = CommandSpec(
        name: "search",
        usage: "search \"GOAL\" [depth=N] [using=TYPE,…] [beam=B] [--json] | search take N [NAME]",
        summary: "which sequences of events would reach a goal; what seed value would have to differ",
        discussion: "The inverse question. GOAL is a condition of the expect language (\"RU.ceasefire <= 60\", \"gap(RU,UA).territory < 30\", \"settle.ceasefire != none\"). Tries every catalog event type (using= names some) with its parameters on a grid: every actor or pair its roles allow, every issue its parameter allows, each number at a quarter, half and all of its range besides its default; role rules are obeyed, and calibration defaults (uptake) are kept. Applies sequences to the branch as it stands, now (the clock does not move), up to depth events (default \(EventSearch.defaultDepth), at most \(EventSearch.maximumDepth)); depth 1 tries every event, each deeper step goes on from the beam states nearest the goal (default \(EventSearch.defaultBeam)). Stops at the first depth where some sequence reaches the goal and ranks those by cost: events, then effort (the sum of each event's graded parameters' shares of their ranges). Each is shown as the apply lines that replay it; 'search take N [NAME]' makes the Nth a branch (default name search-N). Then lists what single seed value, changed by how much against its ±, would reach the goal with no events, and says what was not explored. When GOAL is a deal on one issue of the seeds' package and it holds while the package has no deal, a note says the deal stands only apart from the package's other issues. Uses every core; the result does not depend on how many. Ctrl-C stops it and keeps the best found so far. A briefing of the branch shows every search run on it.",
        examples: ["search \"RU.ceasefire <= 60\"", "search \"gap(RU,UA).territory < 30\" depth=3", "search \"settle.ceasefire != none\" depth=3 --json",
                   "search \"UA.humanitarian >= 80\" using=round,prisoner-exchange", "search take 1 talks-first"],
        arguments: .lexed(ArgumentRules(positional: ["GOAL", "N", "NAME"], required: 1, keys: ["depth", "using", "beam"], flags: ["json"])),
        completion: .custom(SearchCompletion.complete),
        recording: .savedNotJournaled
    ) { interpreter, call in
        if call.positionals[0].value?.text.lowercased() == "take", case .word = call.positionals[0].value! {
            return try interpreter.takeSearchResult(call)
        }
        try interpreter.runSearch(call)
    }
}

/// TAB completion for `search`: options, event types after `using=`, `take`.
enum SearchCompletion {
    static func complete(_ session: Session, _ before: [String], _ partial: String) -> [String] {
        if partial.hasPrefix("-") { return ["--json"].filter { $0.hasPrefix(partial) } }
        if partial.lowercased().hasPrefix("using="), let world = session.world {
            let typed = String(partial.dropFirst(6))
            let head = typed.lastIndex(of: ",").map { String(typed[...$0]) } ?? ""
            let last = String(typed.dropFirst(head.count)).lowercased()
            return world.catalog.types.map(\.id).filter { $0.hasPrefix(last) }.map { "using=" + head + $0 }
        }
        if before.isEmpty { return ["take"].filter { $0.hasPrefix(partial.lowercased()) } }
        if before.first?.lowercased() == "take" { return [] }
        return ["depth=", "using=", "beam="].filter { $0.hasPrefix(partial.lowercased()) }
    }
}

extension Interpreter {
    /// `search "GOAL" …`: runs the search and the seed-value question, shows and keeps the result.
    func runSearch(_ call: CommandCall) throws {
        let (world, branch) = try requireBranch(call)
        let positionals = call.positionals
        let goalArgument = positionals[0]
        let goal = try searchGoal(positionals, in: world, call)
        let depth = try wholeOption(call, "depth", in: 1...EventSearch.maximumDepth) ?? EventSearch.defaultDepth
        let beam = try wholeOption(call, "beam", in: 1...1000) ?? EventSearch.defaultBeam
        var using: [String]?
        if let option = call.option("using") {
            using = try option.value!.text.split(separator: ",", omittingEmptySubsequences: false).map { name throws(Diagnostic) in
                let text = String(name).trimmingBlanks()
                guard let type = world.catalog.type(named: text) else {
                    throw call.error("unknown event type '\(text)'", atValueOf: option,
                                     suggestion: Suggestion.closest(to: text, in: world.catalog.allNames))
                }
                return type.id
            }
        }
        let now = branch.scenario
        let grid = CandidateGrid(catalog: world.catalog, actors: now.actors, issues: now.issues, using: using)
        let workers = simulationWorkers ?? CPUAffinity.usableCount
        let search = EventSearch(goal: goal, start: now, baseline: branch.baseline, catalog: world.catalog, grid: grid,
                                 depth: depth, beam: beam, workers: workers, steps: branch.steps.count)
        let console = self.console
        defer { console.progress("") }
        var result: SearchResult
        do throws(EventSearch.Failure) {
            var shown = (-1, -1)
            result = try search.run(isCancelled: console.isCancelled) { progress in
                let percent = progress.done * 100 / max(1, progress.total)
                guard (progress.depth, percent) != shown else { return }
                shown = (progress.depth, percent)
                console.progress("search: depth \(progress.depth), \(percent)% (\(EventSearch.count(progress.done)) of "
                                 + "\(EventSearch.count(progress.total)) sequences); Ctrl-C keeps the best so far")
            }
        } catch {
            let what = error.command.isEmpty ? "" : " on '\(error.command)'"
            throw call.error("search failed\(what): \(error.message)", at: goalArgument)
        }
        result.branch = branch.name
        if !result.alreadyMet, !result.cancelled {
            console.progress("search: what would have to be true (one seed value at a time)")
            if let requirements = SeedChangeSearch(goal: goal, branch: branch, catalog: world.catalog, workers: workers)
                .run(isCancelled: console.isCancelled) {
                result.requirements = requirements
                result.requirementNotes = SeedChangeSearch.notes
            } else {
                result.cancelled = true
                result.requirementNotes = ["Stopped by Ctrl-C before the seed values were tried."]
            }
        } else if result.cancelled {
            result.requirementNotes = ["Stopped by Ctrl-C before the seed values were tried."]
        }
        console.progress("")
        let history = session.results.latest(SearchHistory.self)?.value ?? SearchHistory()
        session.keep(history.adding(result))
        if call.hasFlag("json") {
            console.write(SearchJSON.render(result))
        } else {
            console.write(SearchReport.render(result, date: now.date))
        }
        if result.cancelled {
            // Kept for 'search take' and briefings, but not saved: a replay would run it whole.
            console.writeError("search stopped by Ctrl-C; the best found so far is kept, not saved.\n")
            throw AlreadyReported()
        }
    }

    /// The goal from the positional words (a quoted condition, or its words unquoted).
    func searchGoal(_ positionals: [Argument], in world: World, _ call: CommandCall) throws(Diagnostic) -> SearchGoal {
        let first = positionals[0]
        let text = positionals.map { $0.value!.text }.joined(separator: " ")
        let quoted: Bool
        if case .string = first.value! { quoted = true } else { quoted = false }
        let column = first.column + (quoted ? 1 : 0)
        let condition: Condition
        do throws(MeasureParser.Failure) {
            condition = try Condition.parse(text)
        } catch {
            throw call.error(error.message, column: column + error.offset, length: max(1, error.length))
        }
        do throws(MeasureError) {
            return SearchGoal(condition: condition, measure: try condition.measure.resolved(in: world.seeds), world: world)
        } catch {
            switch error {
            case .unknownActor(let name, let known), .unknownIssue(let name, let known):
                let place = Self.place(name, in: condition.subject, column: column, isIssue: { if case .unknownIssue = error { true } else { false } }())
                throw call.error(error.message, at: place, suggestion: Suggestion.closest(to: name, in: known))
            case .noSignatories(_, let written):
                throw call.error(error.message, at: Self.place(written, in: condition.subject, column: column, isIssue: true))
            default:
                throw call.error(error.message, column: column, length: max(1, condition.subject.unicodeScalars.count))
            }
        }
    }

    /// A whole-number option within `range`, or nil when not given.
    func wholeOption(_ call: CommandCall, _ key: String, in range: ClosedRange<Int>) throws(Diagnostic) -> Int? {
        guard let option = call.option(key) else { return nil }
        guard case .number(let value, _) = option.value!, value == value.rounded(),
              value >= Double(range.lowerBound), value <= Double(range.upperBound) else {
            throw call.error("\(key) must be a whole number from \(range.lowerBound) to \(range.upperBound)", atValueOf: option)
        }
        return Int(value)
    }

    /// `search take N [NAME]`: the Nth sequence of the last search, as a new branch, by running
    /// `branch NAME` and its apply lines as if typed (so they are saved and journaled as such).
    func takeSearchResult(_ call: CommandCall) throws {
        let (_, branch) = try requireBranch(call)
        let positionals = call.positionals
        guard positionals.count >= 2 else {
            throw call.error("missing N; usage: search take N [NAME]", at: positionals[0])
        }
        guard let last = session.results.latest(SearchHistory.self)?.value.runs.last else {
            throw call.error("no search has been run; run 'search \"GOAL\"' first", at: positionals[0])
        }
        guard last.branch == branch.name, last.steps == branch.steps.count else {
            throw call.error("the last search ran on \(last.branch) after \(last.steps) step\(last.steps == 1 ? "" : "s"); "
                             + "this is \(branch.name) after \(branch.steps.count): run the search again here", at: positionals[0])
        }
        let number = positionals[1]
        guard case .number(let value, _) = number.value!, value == value.rounded(), value >= 1, value <= Double(max(1, last.found.count)),
              !last.found.isEmpty else {
            let message = last.found.isEmpty ? "the last search found no sequence to take"
                : "N must be a whole number from 1 to \(last.found.count) (the sequences the last search shows)"
            throw call.error(message, at: number)
        }
        let index = Int(value)
        let name = positionals.count > 2 ? positionals[2].value!.text : "search-\(index)"
        if positionals.count > 2 {
            try checkNewBranchName(name, call, at: positionals[2])
        } else if session.index(of: name) != nil {
            throw call.error("a branch named '\(name)' exists; give another: search take \(index) NAME", at: number)
        }
        let lines = ["branch \(name)"] + last.found[index - 1].commands
        for (offset, line) in lines.enumerated() {
            guard let invocation = try ScriptParser.parseLine(line, file: "search take \(index)", lineNumber: offset + 1) else { continue }
            try perform(invocation)
        }
        // The lines above are what a saved script replays; 'search take' itself is not.
        declined = true
    }
}
