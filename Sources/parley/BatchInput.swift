import LineEditing
import ParleyKit

/// Commands piped on stdin: no prompt, no banner, no history; read as a script named `<stdin>`.
struct BatchInput {
    var interpreter: Interpreter
    var streams: StandardStreams

    /// Returns false if any command failed.
    func run() -> Bool {
        var lineNumber = 0
        var succeeded = true
        let input = PlainLines()
        var interrupted = false
        reading: while true {
            let line: String
            switch input.next() {
            case .line(let text): line = text
            case .interrupted: interrupted = true; break reading
            case .endOfInput: break reading
            }
            lineNumber += 1
            if !interpreter.execute(line: line, file: "<stdin>", lineNumber: lineNumber) {
                succeeded = false
                if !interpreter.keepGoing { break reading }
            }
            streams.flush()
            if interpreter.quitRequested { break reading }
            if Interrupt.isPending { interrupted = true; break reading }
        }
        // Ctrl-C ends the input; it must not count as success.
        if interrupted {
            streams.writeError("parley: interrupted\n")
            return false
        }
        return succeeded
    }
}
