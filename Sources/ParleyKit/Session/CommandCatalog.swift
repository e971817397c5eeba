/// The commands parley understands, in the order `help` lists them.
///
///     CommandCatalog.standard.command(named: "exit")?.name  // "quit"
public struct CommandCatalog: Sendable {
    public var commands: [CommandSpec]

    public init(_ commands: [CommandSpec]) {
        self.commands = commands
    }

    /// Every command that works today. A command is listed here only once it does.
    public static let standard = CommandCatalog([
        .help,
        .load,
        .actors,
        .issues,
        .sources,
        .show,
        .events,
        .apply,
        .advance,
        .turns,
        .undo,
        .redo,
        .timeline,
        .explain,
        .forecast,
        .settle,
        .stability,
        .paths,
        .inverse,
        .models,
        .branch,
        .switchBranch,
        .branches,
        .compare,
        .simulate,
        .question, .questions, .resolve,
        .sensitivity,
        .search,
        .backtest,
        .chart,
        .expect,
        .run,
        .save,
        .brief,
        .note,
        .notes,
        .set,
        .quit,
    ])

    public func command(named name: String) -> CommandSpec? {
        let lowered = name.lowercased()
        return commands.first { $0.name == lowered || $0.aliases.contains(lowered) }
    }

    /// Names and aliases, for suggestions.
    public var allNames: [String] {
        commands.flatMap { [$0.name] + $0.aliases }
    }
}
