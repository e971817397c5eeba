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

    func start() -> Int32 {
        let streams = StandardStreams()
        defer { streams.flush() }
        let stdinIsTerminal = StandardStreams.isTerminal(0)
        let goesInteractive = (plan.steps.isEmpty && stdinIsTerminal) || interactive
        Termination.install()
        Interrupt.install()
        Cancellation.install { Interrupt.isPending || Termination.signal != nil }
        let questions = Questions(streams: streams)
        let console = Console(
            write: streams.write,
            writeError: streams.writeError,
            isInteractive: false,
            allowsColor: !noColor && StandardStreams.isTerminal(1) && Environment.value("NO_COLOR").map(\.isEmpty) ?? true,
            terminalWidth: StandardStreams.terminalWidth,
            isCancelled: { Interrupt.isPending || Termination.signal != nil },
            confirm: questions.confirm,
            pause: questions.pause,
            progress: Self.progressLine(streams: streams)
        )
        let interpreter = Interpreter(console: console)
        interpreter.keepGoing = keepGoing
        let environment = ProcessInfo.processInfo.environment
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
        guard interpreter.loadAtStart(seedsFolder) else {
            if let resumption, seeds == nil, resumption.record.seeds != nil {
                streams.writeError("parley: the seeds folder above is the one named in the journal "
                                   + "\(TerminalText.visible(resumption.record.path)); give another with --seeds DIR\n")
            }
            streams.flush()
            return 1
        }
        if let resumption {
            resumption.resume.replay(resumption.record, into: interpreter)
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
            if let signal = Termination.signal { return 128 + signal }
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
            TextLocale.ensureUTF8()
            if let store {
                let resume = resumption?.resume ?? Resume(store: store, streams: streams)
                resume.startJournal(seeds: seedsFolder, for: interpreter)
            } else {
                streams.writeError("parley: warning: no session journal and no history: "
                                   + "\(JournalStore.absenceReason(environment: environment))\n")
            }
            REPL(interpreter: interpreter, streams: streams, questions: questions).run()
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
