/// A command line looked up and lexed, its arguments checked, ready to perform any number of times.
///
///     let command = try CommandCatalog.standard.prepare(invocation)
///     try interpreter.perform(command)
///
/// Lexing and checking depend only on the line and the catalog, never on the session, so
/// `simulate` prepares each step once rather than once per replay.
public struct PreparedCommand: Sendable {
    public var spec: CommandSpec
    public var call: CommandCall
}

extension CommandCatalog {
    /// Looks up the command, lexes its arguments and checks them against its rules.
    public func prepare(_ invocation: Invocation) throws(Diagnostic) -> PreparedCommand {
        guard let spec = command(named: invocation.name) else {
            // `?` is one keystroke from anything, so it is never the suggestion; `q` is quit.
            let suggestion = invocation.name == "q" ? "quit"
                : Suggestion.closest(to: invocation.name, in: allNames.filter { $0 != "?" })
            throw invocation.error("unknown command '\(invocation.name)'", suggestion: suggestion)
        }
        let call: CommandCall
        switch spec.arguments {
        case .raw:
            call = CommandCall(invocation: invocation, arguments: [], readsRawText: true)
        case .lexed(let rules):
            let arguments = try invocation.lexArguments()
            try ArgumentChecker(spec: spec, rules: rules, invocation: invocation).check(arguments)
            call = CommandCall(invocation: invocation, arguments: arguments)
        }
        return PreparedCommand(spec: spec, call: call)
    }
}
