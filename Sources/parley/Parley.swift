import ArgumentParser
import Foundation
import ParleyKit

/// The `parley` command line: flags in the habits of sqlite3 and psql, then the REPL,
/// scripts, or one command.
@main
struct Parley: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "A line-edited scenario REPL for the 2025 Russia–Ukraine peace talks.",
        usage: """
            parley [OPTIONS]                 open the REPL
            parley [OPTIONS] SCRIPT...       replay scripts (also: parley run SCRIPT...)
            parley [OPTIONS] COMMAND [ARGS]  run one command, e.g. parley help run
            parley ktab FILE.csv             run a KTAB scenario and print its trajectory
            parley gmcr FILE.gmcr [--json]   stability analysis of a GMCR+ save file
            """,
        discussion: """
            With stdin not a terminal, parley reads commands from it with no prompt, banner \
            or history. Exit status: 0 on success, 1 when a command or expect fails, 64 for \
            a usage error.
            """,
        version: "parley \(ParleyVersion.current)"
    )

    @Option(name: .customShort("c"), help: ArgumentHelp("Run a command; repeat for several.", valueName: "CMD"))
    var commands: [String] = []

    @Flag(name: .customShort("i"), help: "Stay interactive after the scripts and commands.")
    var interactive = false

    @Flag(help: "Carry on after a failed command instead of stopping the script.")
    var keepGoing = false

    @Flag(name: [.customShort("e"), .long], help: "Echo each command of a replayed script before it runs (as psql -a).")
    var echo = false

    @Option(help: ArgumentHelp("Load this seeds folder instead of the bundled one.", valueName: "DIR"))
    var seeds: String?

    @Flag(help: "Rebuild the newest session that was cut off (killed, or its terminal closed) from its journal, then go on.")
    var resume = false

    @Option(help: ArgumentHelp("Resume this session (a name from --sessions).", valueName: "NAME"))
    var session: String?

    @Flag(help: "List the session journals, newest first, with what each holds, and exit.")
    var sessions = false

    @Flag(help: "Never use colour.")
    var noColor = false

    @ArgumentParser.Argument(parsing: .allUnrecognized, help: ArgumentHelp("Scripts to replay, or one command and its arguments.", valueName: "SCRIPT | COMMAND"))
    var arguments: [String] = []

    func validate() throws {
        if arguments.first == "run", arguments.count == 1 {
            throw ValidationError("'run' needs at least one SCRIPT")
        }
    }

    /// Start-up: a command line of nothing but scripts and `-c CMD` pairs (or nothing at all,
    /// the REPL) is what ArgumentParser would read as just those and every default, so it is
    /// run without the parser's reflection over this type (about 10 M instructions, more than
    /// a cached start-up's own work). Anything else, including every error and `--help`, goes
    /// through the parser; a debug build checks that the parser reads the same plan.
    static func main() {
        let raw = Array(CommandLine.arguments.dropFirst())
        guard let plan = Self.quickPlan(raw) else {
            Self.main(nil)
            return
        }
        assert(plan == Self.parsedPlan(raw), "the quick start-up read \(raw) differently from the parser")
        let launcher = Launcher(plan: plan, interactive: false, keepGoing: false, noColor: false, seeds: nil,
                                resume: false, sessionName: nil, listSessions: false, echo: false)
        let status = launcher.start()
        if status != 0 { Foundation.exit(status) }
    }

    /// The plan of `SCRIPT… -c CMD…` in any order, each word not looking like an option; nil for
    /// anything the parser should see (a flag, a command spelled out, `run`, `ktab`, `gmcr`, `help`).
    static func quickPlan(_ raw: [String]) -> LaunchPlan? {
        var (commands, scripts): ([String], [String]) = ([], [])
        var index = 0
        while index < raw.count {
            let word = raw[index]
            if word == "-c" {
                guard index + 1 < raw.count, !raw[index + 1].hasPrefix("-") else { return nil }
                commands.append(raw[index + 1])
                index += 2
                continue
            }
            guard !word.isEmpty, !word.hasPrefix("-"), !Self.parserWords.contains(word) else { return nil }
            scripts.append(word)
            index += 1
        }
        if scripts.isEmpty { return LaunchPlan(commands: commands) }
        guard !LaunchPlan.isCommand(scripts.first) else { return nil }
        return try? LaunchPlan(arguments: scripts, commands: commands, rawArguments: raw)
    }

    /// Words the parser, or `run()`, reads as more than a script's name.
    static let parserWords: Set<String> = ["run", "ktab", "gmcr", "help"]

    /// What the parser and `run()` make of `raw`: nil if it is not the plain plan `quickPlan` reads.
    static func parsedPlan(_ raw: [String]) -> LaunchPlan? {
        guard let parsed = try? Self.parseAsRoot(raw) as? Parley, !parsed.interactive, !parsed.keepGoing,
              !parsed.echo, parsed.seeds == nil, !parsed.resume, parsed.session == nil, !parsed.sessions,
              !parsed.noColor else { return nil }
        return try? LaunchPlan(arguments: parsed.arguments, commands: parsed.commands, rawArguments: raw)
    }

    mutating func run() throws {
        // `ktab` and `gmcr` are tools beside the REPL, not commands of the language.
        if arguments.first == "ktab" {
            Ktab.main(Array(arguments.dropFirst()))  // exits by itself on failure
            return
        }
        if arguments.first == "gmcr" {
            Gmcr.main(Array(arguments.dropFirst()))
            return
        }
        let plan = try LaunchPlan(arguments: arguments, commands: commands,
                                  rawArguments: Array(CommandLine.arguments.dropFirst()))
        let launcher = Launcher(plan: plan, interactive: interactive, keepGoing: keepGoing, noColor: noColor,
                                seeds: seeds, resume: resume || session != nil, sessionName: session,
                                listSessions: sessions, echo: echo)
        let status = launcher.start()
        if status != 0 { throw ExitCode(status) }
    }
}
