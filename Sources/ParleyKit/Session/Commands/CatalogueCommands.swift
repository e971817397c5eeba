extension CommandSpec {
    /// `actors`: the parties, their names, roles and capabilities.
    static let actors = CommandSpec(
        name: "actors",
        usage: "actors [--json]",
        summary: "list the actors with capability, role and aliases",
        discussion: "Capability is the actor's weight in the bargaining on a 0–100 scale; the tag after it is the document that supports it, or est. for an estimate. Once a step on this branch has changed it (sanctions do), it shows the value now and what it was; 'explain ACTOR capability' says why. Any id, name or alias can name the actor in commands, in any case.",
        examples: ["actors", "actors --json"],
        arguments: .lexed(ArgumentRules(flags: ["json"]))
    ) { interpreter, call in
        let seeds = try interpreter.requireSeeds(call)
        if call.hasFlag("json") {
            interpreter.console.write(ActorsJSON.render(seeds, current: interpreter.session.branch?.scenario))
            return
        }
        interpreter.console.write(ActorListing.render(seeds, current: interpreter.session.branch?.scenario,
                                                      width: interpreter.tableWidth))
    }

    /// `issues [ISSUE]`: the issues, what their scales mean, and their bands.
    static let issues = CommandSpec(
        name: "issues",
        usage: "issues [ISSUE]",
        summary: "list the issues with their scales and bands",
        discussion: "Every issue is a 0–100 scale whose ends are defined for that issue alone: read 0, 100 and 'sides' (which end each party holds) for each one. No rule such as \"higher is closer to Moscow\" holds across issues: on humanitarian and on the two leaders' meetings (us-ru-summit, ru-ua-summit) Kyiv holds the upper end. A position on a band's boundary belongs to the band above.",
        examples: ["issues", "issues territory", "issues aid"],
        arguments: .lexed(ArgumentRules(positional: ["ISSUE"])),
        completion: .custom { session, before, partial in
            guard before.isEmpty, let seeds = session.world?.seeds else { return [] }
            return seeds.issues.map(\.id).filter { $0.hasPrefix(partial.lowercased()) }
        }
    ) { interpreter, call in
        let seeds = try interpreter.requireSeeds(call)
        if let argument = call.positionals.first {
            let issue = try interpreter.resolveIssue(argument.value!.text, call, at: argument)
            interpreter.console.write(IssueListing.render(issue, width: interpreter.tableWidth))
        } else {
            interpreter.console.write(IssueListing.render(seeds, width: interpreter.tableWidth))
        }
    }
}
