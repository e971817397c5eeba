import Foundation
import LineEditing
import ParleyKit

/// The interactive loop: prompt, read a line through libedit, run it, repeat.
struct REPL {
    var interpreter: Interpreter
    var streams: StandardStreams
    /// Where questions asked during a command read their answers: given this editor.
    var questions: Questions

    func run() {
        streams.write("parley \(ParleyVersion.current): what-if scenarios for the 2025 Russia–Ukraine peace talks.\n")
        streams.write("Type 'help' for the commands, 'quit' or Ctrl-D to leave.\n")
        streams.flush()
        let completer = Completer()
        let interpreter = self.interpreter
        let editor = LineEditor(
            programName: "parley",
            prompt: "parley> ",
            historyFile: HistoryLocation.resolve(environment: ProcessInfo.processInfo.environment),
            completer: { completer.candidates(for: $0, session: interpreter.session) }
        )
        questions.editor = editor
        defer { questions.editor = nil }
        var lineNumber = 0
        loop: while Termination.signal == nil {
            Interrupt.clear()
            switch editor.readLine() {
            case .line(let text):
                // A pasted block holds several lines: each runs, and is remembered, in turn.
                for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
                    lineNumber += 1
                    editor.addToHistory(line)
                    let succeeded = interpreter.execute(line: line, file: "<stdin>", lineNumber: lineNumber)
                    if Interrupt.isPending { streams.write("\n") }
                    streams.flush()
                    if interpreter.quitRequested { break loop }
                    if !succeeded || Interrupt.isPending { break }
                }
            case .interrupted:
                // The terminal showed ^C; the half-typed line is dropped.
                streams.write("\n")
                streams.flush()
            case .endOfInput:
                streams.write("\n")
                streams.flush()
                break loop
            }
        }
        // Past the loop nothing blocks on the terminal: a hang-up waits for the history to be saved.
        Termination.beginEnding()
        do {
            try editor.saveHistory()
        } catch {
            streams.writeError("parley: could not save history: \(TerminalText.visible("\(error)"))\n")
        }
    }
}
