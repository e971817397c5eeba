/// Checks lexed arguments against a command's rules, before the command runs, so every
/// command refuses unknown flags and keys the same way.
struct ArgumentChecker {
    var spec: CommandSpec
    var rules: ArgumentRules
    var invocation: Invocation

    func check(_ arguments: [Argument]) throws(Diagnostic) {
        var positionalCount = 0
        for argument in arguments {
            switch argument.kind {
            case .flag(let name):
                guard rules.flags.contains(name) else {
                    let message = rules.flags.isEmpty
                        ? "'\(spec.name)' takes no flags"
                        : "unknown flag '--\(name)' for '\(spec.name)'"
                    throw invocation.error(message, at: argument,
                                           suggestion: Suggestion.closest(to: name, in: rules.flags).map { "--" + $0 })
                }
            case .option(let key, _):
                if let keys = rules.keys, !keys.contains(key) {
                    let message = keys.isEmpty
                        ? "'\(spec.name)' takes no key=value options"
                        : "unknown key '\(key)' for '\(spec.name)'"
                    throw invocation.error(message, at: argument, suggestion: Suggestion.closest(to: key, in: keys))
                }
                if arguments.filter({ if case .option(key, _) = $0.kind { true } else { false } }).first != argument {
                    throw invocation.error("'\(key)' is given twice", at: argument)
                }
            case .positional:
                positionalCount += 1
                if positionalCount > rules.positional.count, !rules.variadic {
                    let limit = rules.positional.count
                    let message = limit == 0
                        ? "'\(spec.name)' takes no arguments; usage: \(spec.usage)"
                        : "too many arguments; usage: \(spec.usage)"
                    throw invocation.error(message, at: argument)
                }
            }
        }
        if positionalCount < rules.required {
            let missing = rules.positional[positionalCount]
            let column = invocation.line.unicodeScalars.count + 1
            throw invocation.error("missing \(missing); usage: \(spec.usage)", column: column, length: 1)
        }
    }
}
