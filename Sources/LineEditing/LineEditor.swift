import CLibEdit
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A libedit line editor: prompt, emacs key bindings, history file, TAB completion and Ctrl-C.
///
/// When stdin is not a terminal it bypasses libedit: plain lines, no prompt, no history.
/// Use it from one thread; libedit is not thread-safe.
public final class LineEditor {
    public typealias Completer = (_ lineBeforeCursor: String) -> [String]

    /// Whether stdin is a terminal, i.e. whether a `LineEditor` will edit lines.
    public static var standardInputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// The history file, or `nil` when history is not saved (disabled, or not a terminal).
    public let historyFile: URL?
    /// Whether lines are read through libedit.
    public var isInteractive: Bool { editLine != nil }

    /// The prompt shown before each line; may change between calls to `readLine()`.
    public var prompt: String {
        didSet { replacePromptBuffer() }
    }

    let completer: Completer
    /// Reads lines when libedit does not (stdin is not a terminal).
    private let plainLines = PlainLines()
    private(set) var editLine: OpaquePointer?
    /// `nil` when not a terminal: piped input is never recorded.
    private(set) var history: HistoryStore?
    /// libedit asks for the prompt on every redisplay, so keep one C copy alive.
    private(set) var promptBuffer: UnsafeMutablePointer<CChar>

    public init(
        programName: String,
        prompt: String,
        historyFile: URL?,
        historySize: Int = 1000,
        completer: @escaping Completer
    ) {
        self.prompt = prompt
        self.promptBuffer = strdup(prompt)
        self.completer = completer

        guard Self.standardInputIsTerminal,
              let editLine = el_init(programName, parley_stdin(), parley_stdout(), parley_stderr())
        else {
            self.historyFile = nil
            return
        }
        // libedit decodes multibyte input with the C locale unless told otherwise.
        setlocale(LC_CTYPE, "")
        Interrupt.install()

        self.editLine = editLine
        self.historyFile = historyFile
        // Kept in memory even without a file, so Up and Ctrl-R work within the session.
        let history = HistoryStore(size: historySize)
        if let historyFile { history.load(from: historyFile) }
        self.history = history
        configure(editLine, history: history)
    }

    deinit {
        if let editLine { el_end(editLine) }
        free(promptBuffer)
    }

    /// Reads one line. `.interrupted` means Ctrl-C discarded the line: print a newline and
    /// call again. After `.endOfInput` the cursor follows libedit's `^D`, so print a newline
    /// there too. The returned line has no trailing newline and is not added to history.
    public func readLine() -> LineInput {
        guard let editLine else { return readPlainLine() }
        // A Ctrl-C that arrived while no command was listening must not cancel the next one.
        Interrupt.clear()
        var count: Int32 = 0
        errno = 0
        guard let cLine = el_gets(editLine, &count) else {
            // Usually count -1 with EINTR; but some editor functions (Ctrl-R search) turn the
            // failed read into end of file, so the flag decides: Ctrl-C must never quit.
            let interrupted = count == -1 && errno == EINTR
            if Interrupt.takePending() || interrupted { return .interrupted }
            return .endOfInput
        }
        return .line(Self.stripNewline(String(cString: cLine)))
    }

    /// Reads the answer to a question asked in the middle of a command (`Replace it? [y/N]`,
    /// a `--step` pause), with the same editing keys as the prompt and nothing added to history.
    ///
    ///     if case .line(let answer) = editor.ask("Replace it? [y/N] ") { … }
    ///
    /// Ctrl-C gives `.interrupted` and Ctrl-D `.endOfInput`, once each: neither is sticky, so
    /// the next question is asked afresh (the C library's stdin keeps its end-of-file flag).
    public func ask(_ question: String) -> LineInput {
        let saved = prompt
        prompt = question
        defer { prompt = saved }
        return readLine()
    }

    private func configure(_ editLine: OpaquePointer, history: HistoryStore) {
        parley_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        parley_el_set_prompt(editLine, promptCallback)
        parley_el_set_editor(editLine, "emacs")
        // libedit restores the terminal on signals and follows window resizes.
        parley_el_set_signal(editLine, 1)

        parley_el_set_hist(editLine, history.handle)

        parley_el_addfn(editLine, "parley-complete", "Complete the word before the cursor",
                        completeCallback)
        parley_el_bind(editLine, "^I", "parley-complete")
        // emacs mode binds ^R to redisplay; make it the incremental search users expect.
        parley_el_bind(editLine, "^R", "em-inc-search-prev")
        // The user's ~/.editrc (or $EDITRC) comes last so it can rebind anything.
        _ = el_source(editLine, nil)
    }

    private func replacePromptBuffer() {
        let old = promptBuffer
        promptBuffer = strdup(prompt)
        free(old)
    }

    private func readPlainLine() -> LineInput {
        let input = plainLines.next()
        // A terminal's Ctrl-D ends one answer, not the input for good.
        if input == .endOfInput, isatty(STDIN_FILENO) == 1 { plainLines.forgetEnd() }
        return input
    }

    static func stripNewline(_ text: String) -> String {
        var line = text
        while let last = line.last, last == "\n" || last == "\r\n" || last == "\r" {
            line.removeLast()
        }
        return line
    }

    /// The editor that owns `editLine`, set as its client data in `configure`.
    static func owner(of editLine: OpaquePointer) -> LineEditor? {
        guard let data = parley_el_get_clientdata(editLine) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }
}

/// EL_PROMPT callback: a C function pointer, so it finds its editor through the client data.
private func promptCallback(_ editLine: OpaquePointer?) -> UnsafeMutablePointer<CChar>? {
    guard let editLine, let editor = LineEditor.owner(of: editLine) else {
        return parley_empty_prompt()
    }
    return editor.promptBuffer
}
