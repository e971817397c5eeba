/// Names typed in a command, looked up in a loaded world, each failing with an error placed
/// on the argument and a "did you mean".
///
///     let actor = try world.resolveActor("russia", call, at: argument)   // RU
///
/// Against the world alone, so a reader that has no session (a journaled move) says the same.
extension World {
    func resolveActor(_ name: String, _ call: CommandCall, at argument: Argument?) throws(Diagnostic) -> Actor {
        guard let actor = seeds.actor(named: name) else {
            throw call.error("unknown actor '\(name)'", at: argument,
                             suggestion: Suggestion.closest(to: name, in: seeds.actors.flatMap { [$0.id] + $0.aliases }))
        }
        return actor
    }

    func resolveIssue(_ name: String, _ call: CommandCall, at argument: Argument?) throws(Diagnostic) -> Issue {
        guard let issue = seeds.issue(named: name) else {
            throw call.error("unknown issue '\(name)'", at: argument,
                             suggestion: Suggestion.closest(to: name, in: seeds.issues.flatMap { [$0.id] + $0.aliases }))
        }
        return issue
    }
}
