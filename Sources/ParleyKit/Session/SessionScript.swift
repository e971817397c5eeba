import Foundation

/// The replayable text of a session, as `save` writes it.
///
///     SessionScript.text(of: interpreter.session)   // "# parley session, saved by …"
enum SessionScript {
    static func text(of session: Session) -> String {
        var text = "# parley session, saved by parley \(ParleyVersion.current).\n"
        text += "# Replay with: parley FILE   (or 'run FILE' at the prompt)\n"
        // The session began on --seeds DIR: the replay must load the same folder.
        if let folder = session.startingSeeds, !(session.script.first?.hasPrefix("load") ?? false) {
            text += "load \(ArgumentValue.quote(folder))\n"
        }
        for line in session.script {
            text += line + "\n"
        }
        return text
    }
}
