/// What the executable lends the library: where text goes, what the terminal is like, and
/// whether the user has asked to stop. ParleyKit never touches the terminal itself.
///
///     var lines: [String] = []
///     let console = Console(write: { lines.append($0) })
public struct Console {
    /// Normal output (stdout).
    public var write: (String) -> Void
    /// Diagnostics (stderr).
    public var writeError: (String) -> Void
    /// True at an interactive prompt: the user can be asked questions and shown progress.
    public var isInteractive: Bool
    /// True when colour may be used: stdout is a terminal, `NO_COLOR` is unset, no `--no-color`.
    public var allowsColor: Bool
    /// The terminal's width in columns, asked afresh so a resize is honoured.
    public var terminalWidth: () -> Int
    /// Polled by long commands; true once the user pressed Ctrl-C.
    public var isCancelled: () -> Bool
    /// Asks a yes/no question at the prompt; only called when `isInteractive`.
    public var confirm: (String) -> Bool
    /// Waits at the prompt between the commands of `run FILE --step`, showing `prompt`; true
    /// to go on, false to stop. Only called when `isInteractive`.
    public var pause: (String) -> Bool
    /// Shows a transient progress line on a terminal, replacing the last; "" clears it.
    /// A no-op elsewhere.
    public var progress: (String) -> Void

    public init(
        write: @escaping (String) -> Void,
        writeError: @escaping (String) -> Void = { _ in },
        isInteractive: Bool = false,
        allowsColor: Bool = false,
        terminalWidth: @escaping () -> Int = { 80 },
        isCancelled: @escaping () -> Bool = { false },
        confirm: @escaping (String) -> Bool = { _ in false },
        pause: @escaping (String) -> Bool = { _ in true },
        progress: @escaping (String) -> Void = { _ in }
    ) {
        self.write = write
        self.writeError = writeError
        self.isInteractive = isInteractive
        self.allowsColor = allowsColor
        self.terminalWidth = terminalWidth
        self.isCancelled = isCancelled
        self.confirm = confirm
        self.pause = pause
        self.progress = progress
    }
}
