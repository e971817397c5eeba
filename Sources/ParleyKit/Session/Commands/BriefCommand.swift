import Foundation

extension CommandSpec {
    /// `brief FILE.html|FILE.md`: a teaching briefing of the current branch.
    static let brief = CommandSpec(
        name: "brief",
        usage: "brief FILE.html|FILE.md [--instructor] [--force] [--compare [A,B…]]",
        summary: "write a teaching briefing of this branch",
        discussion: "Writes a briefing of the current branch to hand to a class: a title (the first plain note, or the branch's name), the other notes, the documented baseline with each value's document, date and quote (or the estimate's reasoning), the timeline of hypothetical events, the stances before and after, a chart of positions per issue, the forecast (with the Monte Carlo bands when 'simulate' last ran on this branch as it stands), the 'explain' chains of the positions that moved most, the settlement view, the tornado of each headline ('sensitivity'), any 'search' run on the branch, the dated questions asked on this branch ('question') with their probabilities and scores, and the discussion questions from 'note question:'. --instructor adds the 'note instructor:' lines. FILE.html is one self-contained page with inline CSS and SVG charts, no scripts and nothing fetched, that prints on A4 and Letter; FILE.md gives each chart as a table of positions per step. An existing file is replaced only with --force in a script; at the prompt, parley asks first. The file is written whole or not at all. The briefing also sets SMP, the settlement and GMCR side by side on the shared questions, as 'models' does, when the seeds have a Graph Model. --compare A,B adds the alternative futures side by side: what each branch did, the forecast and the settlement on each, the stances that differ and what differs in words; --compare alone compares every branch.",
        examples: ["brief class.html", "brief teacher.html --instructor", "brief notes.md --force", "brief summit.html --compare round-four,summit-first"],
        arguments: .lexed(ArgumentRules(positional: ["FILE", "BRANCHES"], required: 1, flags: ["instructor", "force", "compare"])),
        completion: .custom { session, before, partial in
            if partial.hasPrefix("-") { return ["--compare", "--force", "--instructor"].filter { $0.hasPrefix(partial) } }
            if before.last == "--compare" {
                // A comma list: complete the name after the last comma.
                let done = partial.split(separator: ",", omittingEmptySubsequences: false).dropLast().joined(separator: ",")
                let last = partial.split(separator: ",", omittingEmptySubsequences: false).last.map(String.init) ?? ""
                return session.branches.map(\.name).filter { $0.hasPrefix(last) }.map { done.isEmpty ? $0 : done + "," + $0 }
            }
            return Completer().paths(completing: partial)
        }
    ) { interpreter, call in
        let (fileArgument, branchesArgument) = try interpreter.briefArguments(call)
        let argument = fileArgument
        let typed = argument.value!.text
        let format = (typed as NSString).pathExtension.lowercased()
        guard ["html", "htm", "md"].contains(format) else {
            let found = format.isEmpty ? "no extension" : "'.\(format)'"
            throw call.error("'\(typed)' has \(found); a briefing is FILE.html or FILE.md", at: argument)
        }
        let (world, branch) = try interpreter.requireBranch(call)
        let path = interpreter.resolve(typed)
        guard try interpreter.mayWrite(path, typed: typed, call, at: argument) else {
            interpreter.console.write("Not written.\n")
            return
        }
        let alternatives = try interpreter.alternatives(call, branches: branchesArgument)
        let now = branch.scenario
        // The side-by-side view needs a Graph Model; seeds without one leave it out.
        let models = (try? interpreter.requireConflict(call)).map { ModelComparison(view: $0, scenario: now, concept: .nash) }
        var input = BriefingInput(
            seeds: world.seeds, catalog: world.catalog, branch: branch, notes: interpreter.session.notes,
            consensus: now.issues.indices.map { now.consensus(issue: $0) },
            simulation: interpreter.session.results.current(SimulationResult.self, on: branch),
            instructor: call.hasFlag("instructor"),
            settlement: now.issues.indices.compactMap { now.settle(issue: $0) }, package: now.settlePackage(),
            models: models, alternatives: alternatives)
        input.questions = interpreter.session.questions.questions
        input.sensitivity = try interpreter.briefingSensitivity(world, branch, call)
        input.searches = interpreter.session.results.latest(SearchHistory.self)?.value.runs(on: branch.name) ?? []
        let briefing = Briefing(input)
        let text = format == "md" ? BriefingMarkdown.render(briefing) : BriefingHTML.render(briefing)
        do throws(AtomicFile.WriteError) {
            try AtomicFile.write(text, to: path)
        } catch {
            throw call.error("cannot write '\(typed)': \(error.message)", at: argument)
        }
        let copy = call.hasFlag("instructor") ? "instructor's briefing" : "briefing"
        interpreter.console.write("Wrote the \(copy) of branch \(branch.name) to \(typed).\n")
    }
}

extension Interpreter {
    /// The FILE argument and, after `--compare`, the branch list (nil when none was given).
    func briefArguments(_ call: CommandCall) throws(Diagnostic) -> (file: Argument, branches: Argument?) {
        let arguments = call.arguments
        var branches: Argument?
        if let flag = arguments.firstIndex(where: { $0.kind == .flag("compare") }), flag + 1 < arguments.count,
           case .positional = arguments[flag + 1].kind {
            branches = arguments[flag + 1]
        }
        let others = call.positionals.filter { $0 != branches }
        guard let file = others.first else {
            throw call.error("missing FILE: a briefing is FILE.html or FILE.md", column: call.invocation.line.unicodeScalars.count + 1)
        }
        if others.count > 1 {
            throw call.error("one FILE only; to compare branches, list them after --compare (A,B)", at: others[1])
        }
        return (file, branches)
    }

    /// The futures `--compare` asks for, each with its consensus and settlement as it stands:
    /// the branches listed, or every branch.
    func alternatives(_ call: CommandCall, branches argument: Argument?) throws(Diagnostic) -> [BranchOutlook] {
        guard call.hasFlag("compare") else { return [] }
        var indices: [Int] = []
        if let argument, let value = argument.value {
            let names: [String] = if case .list(let items) = value { items.map(\.text) } else { [value.text] }
            for name in names {
                let index = try branchIndex(name, call, at: argument)
                if indices.contains(index) {
                    throw call.error("branch '\(name)' is listed twice", at: argument)
                }
                indices.append(index)
            }
        } else {
            indices = Array(session.branches.indices)
        }
        guard indices.count >= 2 else {
            let have = session.branches.count
            throw call.error("--compare needs two branches or more; "
                             + (have < 2 ? "this session has one (make another with 'branch NAME')" : "list them as A,B"),
                             at: argument ?? call.arguments.first { $0.kind == .flag("compare") })
        }
        return indices.map { index in
            let branch = session.branches[index], scenario = session.branches[index].scenario
            return BranchOutlook(branch: branch, consensus: scenario.issues.indices.map { scenario.consensus(issue: $0) },
                                 settlements: scenario.issues.indices.map { scenario.settle(issue: $0) })
        }
    }
}
