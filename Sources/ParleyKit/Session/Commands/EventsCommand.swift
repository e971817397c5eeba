extension CommandSpec {
    /// `events [TYPE]`: the event catalog.
    static let events = CommandSpec(
        name: "events",
        usage: "events [TYPE]",
        summary: "list event types and parameters, or explain one",
        discussion: "Event types come from seeds/events.yaml, so an analyst can add one without recompiling. With a TYPE, shows its CAMEO code and Goldstein weight, each parameter with its default and range, and each effect with the reason for its size.",
        examples: ["events", "events ultimatum"],
        arguments: .lexed(ArgumentRules(positional: ["TYPE"])),
        completion: .custom { session, before, partial in
            before.isEmpty ? (session.world?.catalog.types.map(\.id) ?? []).filter { $0.hasPrefix(partial.lowercased()) } : []
        }
    ) { interpreter, call in
        let (world, _) = try interpreter.requireBranch(call)
        guard let argument = call.positionals.first else {
            var rows: [[String]] = []
            for type in world.catalog.types {
                let parameters = type.parameters.map { "\($0.name)=\($0.defaultValue?.description ?? "…")" }.joined(separator: " ")
                rows.append([type.id, parameters])
            }
            interpreter.console.write(TextColumns.render(rows) + "\nType 'events TYPE' for what a type does and why.\n")
            return
        }
        guard let type = world.catalog.type(named: argument.value!.text) else {
            throw call.error("unknown event type '\(argument.value!.text)'", at: argument,
                             suggestion: Suggestion.closest(to: argument.value!.text, in: world.catalog.allNames))
        }
        interpreter.console.write(EventTypeText.detail(type, width: interpreter.tableWidth))
    }
}
