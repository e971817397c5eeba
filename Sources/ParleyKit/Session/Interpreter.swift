import Foundation

/// Runs command lines against a session: parse, check arguments, perform, report.
///
///     let interpreter = Interpreter(console: Console(write: { print($0, terminator: "") }))
///     interpreter.execute(line: "help", file: "<stdin>", lineNumber: 1)
///
/// Errors are rendered here and nowhere else, so every failure reads the same way.
public final class Interpreter {
    public var session: Session
    public var console: Console
    public let catalog: CommandCatalog
    /// Keep running a script after a failed command.
    public var keepGoing = false
    /// Where state-changing commands are journaled as they succeed, if anywhere.
    public var journal: SessionJournal?
    /// The journal's lines for the session so far (paths absolute, `simulate` left out), so a
    /// journal started later (after `--resume` or `-i`) can be filled with what already happened.
    public private(set) var journalScript: [String] = []
    /// Threads `simulate` uses; nil means one per core. Results do not depend on it.
    public var simulationWorkers: Int?
    /// Commands that failed so far, each counted once (for `--keep-going`'s summary).
    public private(set) var failureCount = 0
    /// Echo each script command before it runs, as `psql -a` does (`--echo`).
    public var echo = false
    /// Set by `quit`; the caller stops reading input.
    public private(set) var quitRequested = false
    /// With `--keep-going`, a file whose first this many command lines all fail is not read on.
    public static let failuresBeforeGivingUp = 5
    /// Nested `run` beyond this depth is refused, so a script that runs itself stops.
    public static let maximumRunDepth = 16

    /// Directories of the scripts being run, innermost last; relative paths resolve against it.
    private var scriptDirectories: [String] = []
    /// True while `run --step` is running: every script, nested ones too, pauses after each command.
    private var stepping = false
    /// Set when the user answers `q` at a step's pause; ends every script being run.
    private var stepStopped = false
    /// Set by a command the user declined at its question (`load`): nothing changed, so
    /// nothing is recorded for `save`.
    var declined = false
    /// True while a line typed at the prompt is running (not a script).
    public private(set) var isAtPrompt = false
    /// The cached world a deferred start has not decoded yet (``finishStart()``).
    var pendingStart: PendingStart?
    /// Where `load` and the start-up keep checked worlds (``loadAtStart(_:deferringDecode:cache:)`` sets it).
    public var seedCache = SeedCache()

    public init(session: Session = Session(), console: Console, catalog: CommandCatalog = .standard) {
        self.session = session
        self.console = console
        self.catalog = catalog
    }

    // MARK: - Entry points

    /// Runs one line typed at the prompt or given with `-c`; returns false if it failed.
    @discardableResult
    public func execute(line: String, file: String, lineNumber: Int = 1) -> Bool {
        isAtPrompt = console.isInteractive
        defer { isAtPrompt = false }
        do {
            guard let invocation = try ScriptParser.parseLine(line, file: file, lineNumber: lineNumber) else {
                return true
            }
            try perform(invocation)
            return true
        } catch {
            report(error)
            return false
        }
    }

    /// Runs a whole script's text; stops at the first failure unless `keepGoing`.
    /// Returns false if any command failed.
    @discardableResult
    public func run(script text: String, file: String) -> Bool {
        var succeeded = true
        var lineNumber = 0
        var failures = 0
        var anyWorked = false
        let lines = ScriptParser.lines(of: text)
        for rawLine in lines {
            lineNumber += 1
            if stepStopped { break }
            if quitRequested { break }
            if console.isCancelled() {
                console.writeError("\(file):\(lineNumber): interrupted; the rest of the script was not run\n")
                return false
            }
            do {
                guard let invocation = try ScriptParser.parseLine(rawLine, file: file, lineNumber: lineNumber) else {
                    continue
                }
                // A class following a stepped script sees each command before what it prints
                // (a note prints nothing else).
                if stepping || echo { console.write("» \(rawLine.trimmingBlanks())\n") }
                try perform(invocation)
                anyWorked = true
            } catch {
                report(error)
                succeeded = false
                failures += 1
                if !keepGoing { break }
                // L12: `run /etc/shadow --keep-going` echoed every line of the file.
                if !anyWorked, failures >= Self.failuresBeforeGivingUp {
                    console.writeError("\(file): stopped after \(failures) failing lines and none that worked: "
                                       + "this does not look like a parley script\n")
                    break
                }
            }
            if stepping, !quitRequested, lines.dropFirst(lineNumber).contains(where: Self.isCommand) {
                if stepStopped || !console.pause("[\(file):\(lineNumber)] Enter: next command, q: stop ") {
                    if !stepStopped { console.write("Stopped after \(file):\(lineNumber); the rest was not run.\n") }
                    stepStopped = true
                    break
                }
            }
        }
        return succeeded
    }

    /// Reads and runs a script file named on the command line.
    @discardableResult
    public func run(scriptAt path: String) -> Bool {
        do {
            let resolved = resolve(path)
            let text = try TextFile.read(resolved)
            return withScriptDirectory(of: resolved) { run(script: text, file: path) }
        } catch {
            report(error.diagnostic)
            return false
        }
    }

    /// Ends the session after the current command.
    public func requestQuit() { quitRequested = true }

    // MARK: - Performing one command

    func perform(_ invocation: Invocation) throws {
        try perform(catalog.prepare(invocation))
    }

    func perform(_ command: PreparedCommand) throws {
        let (spec, call) = (command.spec, command.call)
        // `quit` is the one command that never looks at the world.
        if spec.name != "quit" { try finishStart() }
        declined = false
        let before = spec.recording == .never ? nil : session
        // Every line a command prints fits the width (`set width`, else the terminal's),
        // wrapped at words; JSON is for programs and stays as it is.
        let write = console.write
        if !call.hasFlag("json") {
            console.write = { [unowned self] text in write(LineFitter(width: self.tableWidth).fit(text)) }
        }
        defer { console.write = write }
        try spec.perform(self, call)
        // An interrupted command may have stopped half-way (bargaining breaks off between
        // turns): it changes nothing and is neither saved nor journaled.
        if let before, console.isCancelled() {
            session = before
            throw call.error("interrupted; '\(spec.name)' changed nothing")
        }
        if !declined { keepForSaveAndJournal(spec, call) }
    }

    /// Adds a command that succeeded to what `save` writes and, unless it is saved only, to
    /// the journal, as its spec's recording rule says.
    func keepForSaveAndJournal(_ spec: CommandSpec, _ call: CommandCall) {
        let records = switch spec.recording {
        case .never: false
        case .always, .savedNotJournaled: true
        case .withArguments: !call.arguments.isEmpty || !call.text.isEmpty
        }
        guard records else { return }
        session.appendToScript(call.scriptText)
        if spec.recording != .savedNotJournaled {
            let line = JournalLine.text(of: call, spec: spec, resolve: resolve)
            journalScript.append(line)
            journal?.append(line)
        }
    }

    // MARK: - Nested scripts

    /// Runs a script from inside another (the `run` command); its failures are already reported.
    func runNested(path: String, from call: CommandCall, argument: Argument, stepping: Bool = false) throws {
        guard scriptDirectories.count < Self.maximumRunDepth else {
            throw call.error("'run' is nested more than \(Self.maximumRunDepth) deep; does a script run itself?",
                             at: argument)
        }
        let resolved = resolve(path)
        let text: String
        do {
            text = try TextFile.read(resolved)
        } catch {
            if error.location != nil { throw error.diagnostic }
            throw call.error(error.message, at: argument)
        }
        let wasAtPrompt = isAtPrompt
        isAtPrompt = false
        defer { isAtPrompt = wasAtPrompt }
        if stepping {
            self.stepping = true
            stepStopped = false
        }
        defer { if stepping { self.stepping = false; stepStopped = false } }
        let succeeded = withScriptDirectory(of: resolved) { run(script: text, file: displayPath(resolved, typed: path)) }
        // `quit` in a script run from the prompt stops that script, not the session.
        if quitRequested, wasAtPrompt {
            quitRequested = false
            console.write("The script ended with 'quit'; still at the prompt ('quit' here leaves).\n")
        }
        if !succeeded { throw AlreadyReported() }
    }

    /// Whether a script line holds a command rather than a blank or a comment; pausing after
    /// the last command would only make the user press Enter for nothing.
    static func isCommand(_ line: String) -> Bool {
        let trimmed = line.trimmingBlanks()
        return !trimmed.isEmpty && !trimmed.hasPrefix("#")
    }

    /// A path as the user sees it: as typed when relative to the working directory.
    private func displayPath(_ resolved: String, typed: String) -> String {
        scriptDirectories.isEmpty ? typed : resolved
    }

    /// Runs `body` with the folder of `resolvedPath` (already resolved: resolving it again
    /// against the current script's folder would double a relative folder) as the current one.
    private func withScriptDirectory<T>(of resolvedPath: String, _ body: () -> T) -> T {
        let directory = PathText.folder(of: resolvedPath)
        scriptDirectories.append(directory.isEmpty ? "." : directory)
        defer { scriptDirectories.removeLast() }
        return body()
    }

    /// The folder of the script file being replayed (innermost), absolute; nil when the
    /// command was typed at the prompt or given with `-c`.
    var runningScriptFolder: String? {
        scriptDirectories.last.map { JournalHeader.absolute($0, in: JournalHeader.workingFolder()) }
    }

    /// Resolves a path against the running script's folder, else the working directory.
    public func resolve(_ path: String) -> String {
        let expanded = PathText.expandingTilde(path)
        if expanded.hasPrefix("/") { return expanded }
        guard let directory = scriptDirectories.last, directory != "." else { return expanded }
        return (directory as NSString).appendingPathComponent(expanded)
    }

    // MARK: - Reporting

    public func report(_ error: any Error) {
        if !(error is AlreadyReported) { failureCount += 1 }
        switch error {
        case let diagnostic as Diagnostic:
            console.writeError(DiagnosticRenderer.render(diagnostic))
        case let list as DiagnosticList:
            console.writeError(DiagnosticRenderer.render(list))
        case is AlreadyReported:
            break
        default:
            console.writeError(DiagnosticRenderer.render(Diagnostic("\(error)")))
        }
    }

    /// Thrown when the failure has been printed already, e.g. inside a nested script.
    struct AlreadyReported: Error {}
}
