@testable import ParleyKit

/// Collects what an interpreter prints, for exact-text assertions.
final class Transcript {
    var out = ""
    var err = ""
    lazy var interpreter = Interpreter(console: Console(
        write: { [unowned self] in self.out += $0 },
        writeError: { [unowned self] in self.err += $0 },
        // Unit tests read whole lines; wrapping to the width is tested in WidthTests.
        terminalWidth: { 10_000 }
    ))

    @discardableResult
    func run(_ line: String, file: String = "<stdin>", lineNumber: Int = 1) -> Bool {
        interpreter.execute(line: line, file: file, lineNumber: lineNumber)
    }
}
