extension CommandSpec {
    /// `run FILE`: replay a script into this session.
    static let run = CommandSpec(
        name: "run", aliases: ["source"],
        usage: "run FILE",
        summary: "replay a script",
        discussion: "Runs every command in FILE as if typed here, stopping at the first error (unless parley was started with --keep-going). A relative path inside a script is read from that script's folder. Scripts may run other scripts, \(Interpreter.maximumRunDepth) deep at most.",
        examples: ["run scenarios/hindcast-2025.parley"],
        arguments: .lexed(ArgumentRules(positional: ["FILE"], required: 1)),
        completion: .files
    ) { interpreter, call in
        let argument = call.positionals[0]
        try interpreter.runNested(path: argument.value!.text, from: call, argument: argument)
    }
}
