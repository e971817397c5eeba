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

    func start() -> Int32 {
        let streams = StandardStreams()
        defer { streams.flush() }
        let stdinIsTerminal = StandardStreams.isTerminal(0)
        let goesInteractive = (plan.steps.isEmpty && stdinIsTerminal) || interactive
        Interrupt.install()
        let questions = Questions(streams: streams)
        let console = Console(
            write: streams.write,
            writeError: streams.writeError,
            isInteractive: false,
            allowsColor: !noColor && StandardStreams.isTerminal(1) && Environment.value("NO_COLOR").map(\.isEmpty) ?? true,
            terminalWidth: StandardStreams.terminalWidth,
            isCancelled: { Interrupt.isPending },
            confirm: questions.confirm,
            pause: questions.pause,
            progress: Self.progressLine(streams: streams)
        )
        let interpreter = Interpreter(console: console)
        interpreter.keepGoing = keepGoing
        let journalURL = StateLocation.resolve(file: "journal", override: "PARLEY_JOURNAL")
        var seedsFolder = seeds
        var journaled: (text: String, seeds: String?)?
        if resume {
            guard let journalURL, let found = SessionJournal.commands(at: journalURL.path) else {
                streams.writeError("parley: no session journal to resume"
                                   + (journalURL.map { " at \($0.path)" } ?? " (PARLEY_JOURNAL is empty)") + "\n")
                return 1
            }
            journaled = found
            seedsFolder = seedsFolder ?? found.seeds
        }
        guard interpreter.loadAtStart(seedsFolder) else {
            streams.flush()
            return 1
        }
        if let journaled, let journalURL {
            Resume.replay(journaled.text, from: journalURL.path, into: interpreter, streams: streams)
        }

        var failed = false
        for step in plan.steps {
            Interrupt.clear()
            let succeeded: Bool
            switch step {
            case .script(let path):
                succeeded = interpreter.run(scriptAt: path)
            case .command(let line, let file):
                succeeded = interpreter.execute(line: line, file: file)
            }
            streams.flush()
            if Interrupt.isPending, !goesInteractive {
                streams.writeError("parley: interrupted\n")
                return 130
            }
            if !succeeded {
                failed = true
                if !keepGoing { return 1 }
            }
            if interpreter.quitRequested { return failed ? 1 : 0 }
        }

        if goesInteractive {
            guard stdinIsTerminal else {
                streams.writeError("parley: -i needs a terminal on stdin\n")
                return 64
            }
            interpreter.console.isInteractive = true
            if let journalURL {
                Resume.startJournal(at: journalURL.path, seeds: seedsFolder, for: interpreter, streams: streams)
            }
            REPL(interpreter: interpreter, streams: streams, questions: questions).run()
            return failed ? 1 : 0
        }
        if plan.steps.isEmpty {
            return BatchInput(interpreter: interpreter, streams: streams).run() ? 0 : 1
        }
        return failed ? 1 : 0
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
