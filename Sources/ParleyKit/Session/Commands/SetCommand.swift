extension CommandSpec {
    /// `set KEY VALUE`: change an option; `set` alone lists them.
    static let set = CommandSpec(
        name: "set",
        usage: "set [KEY VALUE]",
        summary: "change an option such as seed; alone, list them",
        discussion: "Options: " + Setting.all.map { "\($0.name) (\($0.allowed)): \($0.summary)" }.joined(separator: "; ") + ".",
        examples: ["set", "set seed 42", "set width 100"],
        arguments: .lexed(ArgumentRules(positional: ["KEY", "VALUE"])),
        completion: .settings,
        recording: .withArguments
    ) { interpreter, call in
        let positionals = call.positionals
        guard let keyArgument = positionals.first else {
            let settings = interpreter.session.settings
            let rows = Setting.all.map { [$0.name, $0.current(settings), $0.summary] }
            interpreter.console.write(TextColumns.render(rows))
            return
        }
        let key = keyArgument.value!.text
        guard let setting = Setting.named(key) else {
            throw call.error("unknown option '\(key)'", at: keyArgument,
                             suggestion: Suggestion.closest(to: key, in: Setting.all.map(\.name)))
        }
        guard positionals.count == 2, let value = positionals[1].value else {
            throw call.error("missing VALUE for '\(setting.name)' (\(setting.allowed))",
                             column: call.invocation.line.unicodeScalars.count + 1)
        }
        if let problem = setting.assign(&interpreter.session.settings, value.text) {
            throw call.error(problem, at: positionals[1])
        }
    }
}
