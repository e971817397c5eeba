import ParleyKit

/// `--resume`: rebuild the last interactive session from its journal, and keep journaling.
enum Resume {
    /// Replays the journal quietly; a line that fails (a tail cut short by a kill) is reported
    /// and it and the rest are skipped, never fatal.
    static func replay(_ text: String, from path: String, into interpreter: Interpreter, streams: StandardStreams) {
        let write = interpreter.console.write
        interpreter.console.write = { _ in }
        let keepGoing = interpreter.keepGoing
        interpreter.keepGoing = false
        let complete = interpreter.run(script: text, file: path)
        interpreter.console.write = write
        interpreter.keepGoing = keepGoing
        let count = interpreter.session.script.count
        if !complete {
            streams.writeError("parley: the journal's tail above could not be replayed and was skipped\n")
        }
        streams.write("Resumed \(count) command\(count == 1 ? "" : "s") from \(path).\n")
        streams.flush()
    }

    /// Starts this session's journal with what the session already holds.
    static func startJournal(at path: String, seeds: String?, for interpreter: Interpreter, streams: StandardStreams) {
        do throws(AtomicFile.WriteError) {
            let journal = try SessionJournal(path: path, seeds: seeds)
            for line in interpreter.session.script { journal.append(line) }
            interpreter.journal = journal
        } catch {
            streams.writeError("parley: warning: no session journal (\(error.message)); --resume will not work\n")
        }
    }
}
