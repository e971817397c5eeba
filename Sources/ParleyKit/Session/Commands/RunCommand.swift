extension CommandSpec {
    /// `run FILE`: replay a script into this session.
    static let run = CommandSpec(
        name: "run", aliases: ["source"],
        usage: "run FILE [--step]",
        summary: "replay a script",
        discussion: "Runs every command in FILE as if typed here, stopping at the first error (unless parley was started with --keep-going); what ran before the error stays, and 'undo' takes it back step by step. A relative path inside a script is read from that script's folder. Scripts may run other scripts, \(Interpreter.maximumRunDepth) deep at most. With --step, parley shows each command (after »), runs it and pauses (in nested scripts too) so a class can follow along: Enter runs the next one, q stops and keeps what has run. --step works only at the interactive prompt; elsewhere it is an error.",
        examples: ["run scenarios/hindcast-2025.parley", "run scenarios/tour.parley --step"],
        arguments: .lexed(ArgumentRules(positional: ["FILE"], required: 1, flags: ["step"])),
        completion: .files
    ) { interpreter, call in
        let argument = call.positionals[0]
        let stepping = call.hasFlag("step")
        if stepping, !interpreter.isAtPrompt {
            let flag = call.arguments.first { $0.kind == .flag("step") }
            throw call.error("--step pauses for Enter at the interactive prompt; scripts and pipes cannot answer", at: flag)
        }
        try interpreter.runNested(path: argument.value!.text, from: call, argument: argument, stepping: stepping)
    }
}
