import Foundation
import ArgumentParser
import ParleyKit

/// What the command line asks for, in the order it was given: scripts, `-c` commands, or a
/// single command spelled out as arguments (`parley help run`).
struct LaunchPlan: Equatable {
    enum Step: Equatable {
        case script(String)
        /// `line` counts the `-c` commands, so each error names the one that failed.
        case command(String, file: String, line: Int = 1)
    }

    var steps: [Step] = []
    /// `parley run FILE --step`: the scripts pause after each command.
    var stepping = false

    /// Only `-c` commands, in order (what the parser makes of `-c A -c B`).
    init(commands: [String]) {
        steps = Self.numbered(commands.map { .command($0, file: "<command-line>") })
    }

    init(arguments: [String], commands: [String], rawArguments: [String]) throws {
        if let unknown = arguments.first(where: { $0.hasPrefix("-") && $0.count > 1 }),
           !Self.isCommand(arguments.first), arguments.first != "run" {
            throw ValidationError("unknown option '\(unknown)'")
        }
        var scripts: [String] = []
        if arguments.first == "run" {
            scripts = Array(arguments.dropFirst())
            // `parley run FILE --step` pauses after each command, as `run FILE --step` does.
            if scripts.contains("--step") {
                scripts.removeAll { $0 == "--step" }
                stepping = true
            }
            if let flag = scripts.first(where: { $0.hasPrefix("-") && $0.count > 1 }) {
                throw ValidationError("unknown option '\(flag)' for 'run'")
            }
        } else if Self.isCommand(arguments.first) {
            let line = arguments.map(Self.quoteIfNeeded).joined(separator: " ")
            steps = Self.numbered(commands.map { .command($0, file: "<command-line>") } + [.command(line, file: "<command-line>")])
            return
        } else {
            scripts = arguments
        }
        steps = Self.numbered(Self.interleave(scripts: scripts, commands: commands, raw: rawArguments))
    }

    /// Numbers the `-c` commands 1, 2, … in the order they run: `<command-line>:2:7` is the second.
    static func numbered(_ steps: [Step]) -> [Step] {
        var count = 0
        return steps.map { step in
            guard case .command(let text, let file, _) = step else { return step }
            count += 1
            return .command(text, file: file, line: count)
        }
    }

    /// A first argument that names a command and is not also a file here.
    static func isCommand(_ word: String?) -> Bool {
        guard let word, word != "run" else { return false }
        return CommandCatalog.standard.command(named: word) != nil && !FileManager.default.fileExists(atPath: word)
    }

    /// Keeps `-c` commands and scripts in the order the user typed them.
    static func interleave(scripts: [String], commands: [String], raw: [String]) -> [Step] {
        var steps: [Step] = []
        var scriptQueue = scripts[...]
        var commandQueue = commands[...]
        var index = 0
        while index < raw.count {
            let argument = raw[index]
            if argument == "-c", index + 1 < raw.count, let next = commandQueue.first, raw[index + 1] == next {
                steps.append(.command(next, file: "<command-line>"))
                commandQueue = commandQueue.dropFirst()
                index += 2
                continue
            }
            if let next = scriptQueue.first, argument == next {
                steps.append(.script(next))
                scriptQueue = scriptQueue.dropFirst()
            }
            index += 1
        }
        // Anything the scan could not place (e.g. `-cCMD`) keeps its relative order at the end.
        steps += commandQueue.map { .command($0, file: "<command-line>") }
        steps += scriptQueue.map { .script($0) }
        return steps
    }

    /// Re-quotes a shell argument so the lexer sees it as one word.
    static func quoteIfNeeded(_ argument: String) -> String {
        let needsQuotes = argument.isEmpty || argument.contains { $0 == " " || $0 == "\t" || $0 == "#" }
        guard needsQuotes else { return argument }
        if let equals = argument.firstIndex(of: "="), !argument[..<equals].contains(" ") {
            return argument[...equals] + ArgumentValue.quote(String(argument[argument.index(after: equals)...]))
        }
        return ArgumentValue.quote(argument)
    }
}

extension LaunchPlan.Step {
    /// A `-c` command with a `--json` word.
    var asksForJSON: Bool {
        guard case .command(let line, _, _) = self else { return false }
        return line.split(whereSeparator: { $0 == " " || $0 == "\t" }).contains("--json")
    }
}
