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
        while let line = readLine(strippingNewline: true) {
            lineNumber += 1
            if !interpreter.execute(line: line, file: "<stdin>", lineNumber: lineNumber) {
                succeeded = false
                if !interpreter.keepGoing { break }
            }
            streams.flush()
            if interpreter.quitRequested { break }
        }
        // Ctrl-C ends a blocked read as if input had ended; it must not count as success.
        if Interrupt.isPending {
            streams.writeError("parley: interrupted\n")
            return false
        }
        return succeeded
    }
}
