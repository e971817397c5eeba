import Foundation

extension CommandSpec {
    /// `save FILE`: write the session as a script that rebuilds it.
    static let save = CommandSpec(
        name: "save",
        usage: "save FILE [--force]",
        summary: "write this session as a replayable script",
        discussion: "Writes every command that changed the session, in order, so that 'parley FILE' rebuilds it. Commands that only show something are left out. An existing file is replaced only with --force in a script; at the prompt, parley asks first. The file is written whole or not at all.",
        examples: ["save sanctions-squeeze.parley", "save /tmp/draft.parley --force"],
        arguments: .lexed(ArgumentRules(positional: ["FILE"], required: 1, flags: ["force"])),
        completion: .files
    ) { interpreter, call in
        let argument = call.positionals[0]
        let typed = argument.value!.text
        let path = interpreter.resolve(typed)
        guard try interpreter.mayWrite(path, typed: typed, call, at: argument) else {
            interpreter.console.write("Not saved.\n")
            return
        }
        let text = SessionScript.text(of: interpreter.session)
        do throws(AtomicFile.WriteError) {
            try AtomicFile.write(text, to: path)
        } catch {
            throw call.error("cannot write '\(typed)': \(error.message)", at: argument)
        }
        let count = interpreter.session.script.count
        interpreter.console.write("Saved \(count) command\(count == 1 ? "" : "s") to \(typed).\n")
    }
}

/// The replayable text of a session, as `save` writes it.
enum SessionScript {
    static func text(of session: Session) -> String {
        var text = "# parley session, saved by parley \(ParleyVersion.current).\n"
        text += "# Replay with: parley FILE   (or 'run FILE' at the prompt)\n"
        // The session began on --seeds DIR: the replay must load the same folder.
        if let folder = session.startingSeeds, !(session.script.first?.hasPrefix("load") ?? false) {
            text += "load \(Value.quote(folder))\n"
        }
        for line in session.script {
            text += line + "\n"
        }
        return text
    }
}
