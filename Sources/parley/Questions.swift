import Foundation
import LineEditing

/// Questions asked in the middle of a command: "Replace it? [y/N]" and the pauses of
/// `run --step`. Answers are read through the REPL's line editor once it exists (so Ctrl-L
/// clears the screen and arrows edit), else straight from stdin.
///
///     questions.confirm("Replace it?")   // false on n, Enter, Ctrl-C or Ctrl-D
///
/// Ctrl-C and Ctrl-D answer the one question (no, stop) and are never sticky.
final class Questions {
    var editor: LineEditor?
    /// Shows what the command printed so far before it asks (see ``Pager/release()``).
    var beforeAsking: () -> Void = {}
    private let streams: StandardStreams
    private let plain = PlainLines()

    init(streams: StandardStreams) {
        self.streams = streams
    }

    /// A yes/no question; only "y" or "yes" is yes.
    func confirm(_ question: String) -> Bool {
        guard case .line(let answer) = ask("\(question) [y/N] ") else { return false }
        return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// A pause of `run --step`: Enter goes on; `q`, `quit`, Ctrl-C or Ctrl-D stops.
    func pause(_ prompt: String) -> Bool {
        guard case .line(let answer) = ask(prompt) else { return false }
        return !["q", "quit"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }

    private func ask(_ question: String) -> LineInput {
        beforeAsking()
        streams.flush()
        let answer: LineInput
        if let editor, editor.isInteractive {
            answer = editor.ask(question)
        } else {
            streams.write(question)
            streams.flush()
            answer = plain.next()
            if answer == .endOfInput { plain.forgetEnd() }
        }
        // The cursor still sits after ^C or ^D on the question's line.
        if case .line = answer {} else {
            streams.write("\n")
            streams.flush()
        }
        return answer
    }
}
