extension CommandSpec {
    /// `quit`: leave parley.
    static let quit = CommandSpec(
        name: "quit", aliases: ["exit"],
        usage: "quit",
        summary: "leave, saving history",
        discussion: "Ends the session. In a script, stops the script. Ctrl-D on an empty line does the same at the prompt.",
        examples: ["quit"],
        arguments: .none
    ) { interpreter, _ in
        interpreter.requestQuit()
    }
}
