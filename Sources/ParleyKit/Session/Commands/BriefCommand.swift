import Foundation

extension CommandSpec {
    /// `brief FILE.html|FILE.md`: a teaching briefing of the current branch.
    static let brief = CommandSpec(
        name: "brief",
        usage: "brief FILE.html|FILE.md [--instructor] [--force]",
        summary: "write a teaching briefing of this branch",
        discussion: "Writes a briefing of the current branch to hand to a class: a title (the first plain note, or the branch's name), the other notes, the documented baseline with each value's document, date and quote (or the estimate's reasoning), the timeline of hypothetical events, the stances before and after, a chart of positions per issue, the forecast (with the Monte Carlo bands when 'simulate' last ran on this branch as it stands), the 'explain' chains of the positions that moved most, the dated questions asked on this branch ('question') with their probabilities and scores, and the discussion questions from 'note question:'. --instructor adds the 'note instructor:' lines. FILE.html is one self-contained page with inline CSS and SVG charts, no scripts and nothing fetched, that prints on A4 and Letter; FILE.md gives each chart as a table of positions per step. An existing file is replaced only with --force in a script; at the prompt, parley asks first. The file is written whole or not at all.",
        examples: ["brief class.html", "brief teacher.html --instructor", "brief notes.md --force"],
        arguments: .lexed(ArgumentRules(positional: ["FILE"], required: 1, flags: ["instructor", "force"])),
        completion: .files
    ) { interpreter, call in
        let argument = call.positionals[0]
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
        let now = branch.scenario
        var input = BriefingInput(
            seeds: world.seeds, catalog: world.catalog, branch: branch, notes: interpreter.session.notes,
            consensus: now.issues.indices.map { now.consensus(issue: $0) },
            simulation: interpreter.session.results.current(SimulationResult.self, on: branch),
            instructor: call.hasFlag("instructor"),
            settlement: now.issues.indices.compactMap { now.settle(issue: $0) }, package: now.settlePackage())
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
