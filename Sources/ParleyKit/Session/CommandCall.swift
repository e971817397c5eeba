/// A command about to run: its invocation and its checked arguments, with typed accessors
/// whose errors point at the offending argument.
///
///     let path = try call.positional(0)        // the FILE of `run FILE`
///     let json = call.hasFlag("json")
public struct CommandCall: Sendable {
    public let invocation: Invocation
    public let arguments: [Argument]
    /// True for commands that take the rest of the line as text (`note`, `expect`).
    public let readsRawText: Bool
    /// The command as `save` and the `timeline` command write it: canonical spelling, comments dropped.
    /// Kept, since `simulate` performs one call many times.
    public let scriptText: String

    public init(invocation: Invocation, arguments: [Argument], readsRawText: Bool = false) {
        self.invocation = invocation
        self.arguments = arguments
        self.readsRawText = readsRawText
        if readsRawText {
            let text = invocation.rawArguments
            scriptText = text.isEmpty ? invocation.name : "\(invocation.name) \(text)"
        } else {
            scriptText = ([invocation.name] + arguments.map(\.scriptText)).joined(separator: " ")
        }
    }

    /// The raw text after the command name, for `.raw` commands.
    public var text: String { invocation.rawArguments }

    public var positionals: [Argument] {
        arguments.filter { if case .positional = $0.kind { true } else { false } }
    }

    public var options: [Argument] {
        arguments.filter { if case .option = $0.kind { true } else { false } }
    }

    public func hasFlag(_ name: String) -> Bool {
        arguments.contains { $0.kind == .flag(name) }
    }

    /// The value of the `index`th positional argument, if given.
    public func positional(_ index: Int) -> ArgumentValue? {
        let list = positionals
        return index < list.count ? list[index].value : nil
    }

    /// The argument for `key=…`, if given.
    public func option(_ key: String) -> Argument? {
        arguments.first {
            if case .option(let k, _) = $0.kind { return k == key }
            return false
        }
    }

    public func error(_ message: String, at argument: Argument? = nil, suggestion: String? = nil) -> Diagnostic {
        if let argument {
            return invocation.error(message, at: argument, suggestion: suggestion)
        }
        return invocation.error(message, suggestion: suggestion)
    }
}
