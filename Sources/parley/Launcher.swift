import Foundation
import LineEditing
import ParleyKit

/// Runs what the command line asked for and returns the exit status.
struct Launcher {
    var plan: LaunchPlan
    var interactive: Bool
    var keepGoing: Bool
    var noColor: Bool
    var seeds: String?
    var resume: Bool
    var sessionName: String?
    var listSessions: Bool
    var echo = false

    func start() -> Int32 {
        let streams = StandardStreams()
        defer { streams.flush() }
        let stdinIsTerminal = StandardStreams.isTerminal(0)
        let goesInteractive = (plan.steps.isEmpty && stdinIsTerminal) || interactive
        MemoryPolicy.install()
        Termination.install()
        Interrupt.install()
        Cancellation.install { Interrupt.isPending || Termination.signal != nil }
        let questions = Questions(streams: streams)
        let pager = Pager(streams: streams)
        questions.beforeAsking = pager.release
        // Everything the library prints passes TerminalText.printable: a string no renderer
        // cleaned (a note, a file name) is shown, never obeyed by the terminal.
        let progress = Self.progressLine(streams: streams)
        let console = Console(
            write: { streams.write(TerminalText.printable($0)) },
            writeError: { streams.writeError(TerminalText.printable($0)) },
            isInteractive: false,
            allowsColor: Self.allowsColor(noColor: noColor),
            terminalWidth: StandardStreams.terminalWidth,
            isCancelled: { Interrupt.isPending || Termination.signal != nil },
            confirm: { questions.confirm(TerminalText.printable($0)) },
            pause: { questions.pause(TerminalText.printable($0)) },
            progress: { progress(TerminalText.printable($0)) }
        )
        let interpreter = Interpreter(console: console)
        interpreter.keepGoing = keepGoing
        interpreter.echo = echo
        defer { Self.reportFailures(of: interpreter, keepGoing: keepGoing, streams: streams) }
        // Only what the journal reads: ProcessInfo's whole environment cost a seventh of `-c quit`.
        let environment = Self.journalEnvironment()
        let store = JournalStore.resolve(environment: environment)
        if listSessions {
            guard let store else {
                streams.writeError("parley: no session journals: \(JournalStore.absenceReason(environment: environment))\n")
                return 1
            }
            Resume.list(store, streams: streams)
            return 0
        }
        var seedsFolder = seeds
        var resumption: (resume: Resume, record: JournalRecord)?
        if resume {
            guard let store else {
                streams.writeError("parley: no session journal to resume: "
                                   + "\(JournalStore.absenceReason(environment: environment))\n")
                return 1
            }
            let resume = Resume(store: store, streams: streams)
            guard let record = resume.claim(named: sessionName) else { return 1 }
            resumption = (resume, record)
            seedsFolder = seedsFolder ?? record.seeds
        }
        // The world is decoded from the cache when the first command needs it (never for `-c quit`).
        guard interpreter.loadAtStart(seedsFolder, deferringDecode: true) else {
            if let resumption, seeds == nil, resumption.record.seeds != nil {
                streams.writeError("parley: the seeds folder above is the one named in the journal "
                                   + "\(TerminalText.visible(resumption.record.path)); give another with --seeds DIR\n")
            }
            streams.flush()
            return 1
        }
        // `parley tour.parley -c apply… -c 'forecast --json' | jq`: when a -c asks for JSON,
        // stdout holds only what the JSON commands print. Scripts and the other -c commands
        // still run, in order, but print nothing there; errors go to stderr.
        let asksForJSON = plan.steps.contains { $0.asksForJSON }
        if let resumption {
            // The one line saying what was resumed comes first, JSON or not (scripts read it).
            resumption.resume.replay(resumption.record, into: interpreter)
        }

        var failed = false
        let write = interpreter.console.write
        for step in plan.steps {
            Interrupt.clear()
            interpreter.console.write = asksForJSON && !step.asksForJSON ? { _ in } : write
            defer { interpreter.console.write = write }
            let succeeded: Bool
            switch step {
            case .script(let path) where plan.stepping:
                guard stdinIsTerminal else {
                    streams.writeError("parley: --step pauses for Enter and needs a terminal on stdin\n")
                    return 64
                }
                interpreter.console.isInteractive = true
                succeeded = interpreter.execute(line: "run \(ArgumentValue.quote(path)) --step", file: "<command-line>")
                interpreter.console.isInteractive = false
            case .script(let path):
                succeeded = interpreter.run(scriptAt: path)
            case .command(let line, let file, let number):
                // `parley -c show` on a terminal pages as psql -c does; a pipe never does.
                succeeded = pager.collect(for: interpreter, enabled: interpreter.session.settings.pager) {
                    interpreter.execute(line: line, file: file, lineNumber: number)
                }
            }
            streams.flush()
            if let signal = Termination.signal { return 128 + signal }
            if Interrupt.isPending, !goesInteractive {
                streams.writeError("parley: interrupted\n")
                return 130
            }
            if !succeeded {
                failed = true
                // As with Python's -i, an error leaves you at the prompt to look into it.
                if interactive, stdinIsTerminal { break }
                if !keepGoing { return 1 }
            }
            if interpreter.quitRequested { return failed ? 1 : 0 }
        }

        if goesInteractive {
            guard stdinIsTerminal else {
                streams.writeError("parley: -i needs a terminal on stdin\n")
                return 64
            }
            // Completion and the journal read the session, so the world is there first.
            do {
                try interpreter.finishStart()
            } catch {
                interpreter.report(error)
                return 1
            }
            interpreter.console.isInteractive = true
            TextLocale.ensureUTF8()
            if let store {
                let resume = resumption?.resume ?? Resume(store: store, streams: streams)
                resume.startJournal(seeds: seedsFolder, for: interpreter)
            } else {
                streams.writeError("parley: warning: no session journal and no history: "
                                   + "\(JournalStore.absenceReason(environment: environment))\n")
            }
            REPL(interpreter: interpreter, streams: streams, questions: questions, pager: pager).run()
            if interpreter.quitRequested {
                interpreter.journal?.end(.quit)
            } else if !Termination.terminalHungUp() {
                interpreter.journal?.end(.endOfInput)
            }
            if let signal = Termination.signal { return 128 + signal }
            return failed ? 1 : 0
        }
        if plan.steps.isEmpty {
            let succeeded = BatchInput(interpreter: interpreter, streams: streams).run()
            if let signal = Termination.signal { return 128 + signal }
            return succeeded ? 0 : 1
        }
        return failed ? 1 : 0
    }

    /// The variables ``JournalStore`` reads, those that are set.
    static func journalEnvironment() -> [String: String] {
        var environment: [String: String] = [:]
        for name in ["PARLEY_JOURNAL", "XDG_STATE_HOME", "HOME"] {
            if let value = Environment.value(name) { environment[name] = value }
        }
        return environment
    }

    /// With --keep-going, errors scroll past: the last line says how many there were.
    static func reportFailures(of interpreter: Interpreter, keepGoing: Bool, streams: StandardStreams) {
        guard keepGoing, interpreter.failureCount > 0 else { return }
        let count = interpreter.failureCount
        streams.writeError("parley: \(count) command\(count == 1 ? "" : "s") failed\n")
    }

    /// Colour only on a terminal that can show it: not with --no-color, `NO_COLOR` set,
    /// or `TERM=dumb` (Emacs shells, some CI logs).
    static func allowsColor(noColor: Bool) -> Bool {
        guard !noColor, StandardStreams.isTerminal(1) else { return false }
        if let value = Environment.value("NO_COLOR"), !value.isEmpty { return false }
        return Environment.value("TERM").map { $0 != "dumb" } ?? true
    }

    /// A transient line on stderr, rewritten in place; empty text clears it. Nothing when
    /// stderr is not a terminal, so logs and pipes never see carriage returns.
    static func progressLine(streams: StandardStreams) -> (String) -> Void {
        guard StandardStreams.isTerminal(2) else { return { _ in } }
        return { text in
            streams.flush()
            streams.writeError(text.isEmpty ? "\r\u{1B}[K" : "\r" + text + "\u{1B}[K")
        }
    }
}
