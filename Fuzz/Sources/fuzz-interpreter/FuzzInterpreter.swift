import Foundation
import FuzzSupport
import ParleyKit

/// The whole command interpreter: the input is split into lines and each runs as if typed at
/// the prompt, on a session that starts from the bundled world (loaded once, then copied: a
/// `Session` is a value). Each line is also offered to TAB completion.
///
/// Kept safe and bounded for a fuzzer, without changing what the commands do:
/// - the working directory is a scratch folder holding a copy of `seeds/` and one script
///   (`t.parley`); paths that leave it (absolute, `~`, `..`) are refused before the command
///   runs, `save` and `brief` may only write plain names there, and whatever they wrote is
///   deleted after each input; no journal;
/// - `simulate` is refused above 64 runs (up to 100,000 is legitimate and takes seconds); after
///   5 s an input is treated as interrupted: long commands see Ctrl-C and no further lines run,
///   so hundreds of legitimate `load` or `run` lines cannot add up to a false hang, while one
///   command that never returns still trips libFuzzer's -timeout;
/// - a line `#!prompt` makes the rest of the input behave as typed at an interactive prompt
///   (overwrite questions are answered no, `run --step` pauses are answered yes).
enum InterpreterTarget {
    static let sandbox: URL = {
        let folder = FuzzSupport.scratchFolder("fuzz-interpreter")
        FuzzSupport.copy(FuzzSupport.seeds, to: folder.appendingPathComponent("seeds", isDirectory: true))
        FuzzSupport.copy(FuzzSupport.repositoryRoot.appendingPathComponent("scenarios/tour.parley"),
                         to: folder.appendingPathComponent("t.parley"))
        setenv(SeedLocator.environmentVariable, folder.appendingPathComponent("seeds").path, 1)
        guard FileManager.default.changeCurrentDirectoryPath(folder.path) else {
            fatalError("fuzz harness: cannot enter \(folder.path)")
        }
        return folder
    }()
    static let fixtures: Set<String> = ["seeds", "t.parley"]

    /// The session every input starts from: the bundled world at its latest snapshot.
    static let session: Session = {
        _ = sandbox
        let interpreter = Interpreter(console: Console(write: { _ in }, writeError: { message in
            fatalError("fuzz harness: the bundled seeds did not load: \(message)")
        }))
        guard interpreter.loadAtStart(nil) else { fatalError("fuzz harness: no session") }
        return interpreter.session
    }()

    static let maximumSimulationRuns = 64.0
    static let deadline: TimeInterval = 5

    /// The standard commands, with the file-touching ones fenced into the sandbox.
    static let catalog = CommandCatalog(CommandCatalog.standard.commands.map { spec in
        switch spec.name {
        case "save", "brief": return fenced(spec, writes: true)
        case "run", "load", "sources": return fenced(spec, writes: false)
        case "simulate": return capped(spec)
        default: return spec
        }
    })

    struct Refusal: Error, CustomStringConvertible {
        var description: String
    }

    static func fenced(_ spec: CommandSpec, writes: Bool) -> CommandSpec {
        var copy = spec
        let perform = spec.perform
        copy.perform = { interpreter, call in
            for argument in call.positionals {
                guard let path = argument.value?.text else { continue }
                let parts = path.split(separator: "/", omittingEmptySubsequences: false)
                if path.hasPrefix("/") || path.hasPrefix("~") || parts.contains("..") {
                    throw Refusal(description: "fuzz harness: path leaves the sandbox")
                }
                if writes, parts.count != 1 || path == "." || fixtures.contains(path) {
                    throw Refusal(description: "fuzz harness: may only write new plain names")
                }
            }
            try perform(interpreter, call)
        }
        return copy
    }

    static func capped(_ spec: CommandSpec) -> CommandSpec {
        var copy = spec
        let perform = spec.perform
        copy.perform = { interpreter, call in
            if case .number(let runs, _)? = call.positionals.first?.value, runs > maximumSimulationRuns {
                throw Refusal(description: "fuzz harness: simulate is capped at 64 runs")
            }
            try perform(interpreter, call)
        }
        return copy
    }

    /// Deletes what the last input wrote.
    static func cleanUp() {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: sandbox.path) else { return }
        for name in names where !fixtures.contains(name) {
            try? manager.removeItem(at: sandbox.appendingPathComponent(name))
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let started = Date()
    var sink = 0
    var console = Console(
        write: { sink &+= $0.utf8.count },
        writeError: { sink &+= $0.utf8.count },
        terminalWidth: { 80 },
        isCancelled: { Date().timeIntervalSince(started) > InterpreterTarget.deadline }
    )
    let interpreter = Interpreter(session: InterpreterTarget.session, console: console,
                                  catalog: InterpreterTarget.catalog)
    interpreter.simulationWorkers = 1
    let completer = Completer(catalog: InterpreterTarget.catalog, workingDirectory: InterpreterTarget.sandbox.path)
    var lineNumber = 0
    for line in ScriptParser.lines(of: text) {
        if console.isCancelled() { break }
        lineNumber += 1
        if line == "#!prompt" {
            console.isInteractive = true
            interpreter.console = console
            continue
        }
        if !line.contains("/") && !line.contains("~") {
            sink &+= completer.candidates(for: line, session: interpreter.session).count
        }
        interpreter.execute(line: line, file: "<fuzz>", lineNumber: lineNumber)
        if interpreter.quitRequested { break }
    }
    InterpreterTarget.cleanUp()
    return sink == Int.min ? 1 : 0
}

/// The executable's entry point (see FuzzSupport.runDriver).
@_cdecl("fuzz_interpreter_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    // Fixtures and the library's own lazily built statics, made once before fuzzing starts.
    FuzzSupport.runDriver(argc, argv, prepare: {
        _ = (InterpreterTarget.sandbox, InterpreterTarget.session, InterpreterTarget.catalog)
        warmUp("""
            help
            help run
            show
            show RU --json
            apply sanctions by=EU target=RU severity=0.7
            apply ultimatum by=US target=RU days=50d
            advance 8w
            turns 1
            branch b
            compare main b
            simulate 2
            explain RU sanctions
            forecast
            chart territory
            timeline
            note question: q
            expect RU.territory >= 0
            brief w.md
            save w.parley
            set width 100
            undo
            redo
            nonsense
            """)
    }) { data, size in
        fuzz(UnsafeRawPointer(data ?? UnsafePointer(bitPattern: 1)!), size)
    }
}

/// Runs one input outside the fuzzing loop.
func warmUp(_ text: String) { warmUp(Array(text.utf8)) }

func warmUp(_ bytes: [UInt8]) {
    _ = bytes.withUnsafeBytes { fuzz($0.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, $0.count) }
}
