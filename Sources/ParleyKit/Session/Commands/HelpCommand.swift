import Foundation

extension CommandSpec {
    /// `help [CMD]`: the command list, or one command's usage and examples.
    static let help = CommandSpec(
        name: "help", aliases: ["?"],
        usage: "help [CMD]",
        summary: "list commands, or explain one with examples",
        discussion: "Without an argument, lists every command with a one-line summary. With a command name, shows its usage, what it does and examples.",
        examples: ["help", "help run"],
        arguments: .lexed(ArgumentRules(positional: ["CMD"])),
        completion: .commands
    ) { interpreter, call in
        let catalog = interpreter.catalog
        guard let argument = call.positionals.first, let value = argument.value else {
            interpreter.console.write(HelpText.overview(catalog))
            return
        }
        guard let spec = catalog.command(named: value.text) else {
            throw call.error("no command named '\(value.text)'", at: argument,
                             suggestion: Suggestion.closest(to: value.text, in: catalog.allNames))
        }
        interpreter.console.write(HelpText.detail(spec))
    }
}
