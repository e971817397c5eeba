import Foundation

extension CommandSpec {
    /// `sources [--verify DIR]`: the documents behind the seeds, and how much they document.
    static let sources = CommandSpec(
        name: "sources",
        usage: "sources [--json] [--verify DIR]",
        summary: "graded source documents and coverage; --verify checks quotes",
        discussion: "Lists each document with its kind and Admiralty reliability grade (A–F), then counts every value (each stance's position and salience, each actor's capability in each snapshot) by what its evidence establishes: a quote stating the value, its band, or only a direction, or an estimate (carried: kept from an earlier snapshot); how many citations are retrospective (a document dated after the snapshot) and how many values use a fact from outside the documents; per kind of value, snapshot, actor and grade. --json gives the same as JSON. With --verify DIR, every quote must appear word for word in its document in DIR (runs of whitespace count as one space); each one that does not is listed at its place in the seed files, and the command fails. docs/SEEDS.md explains the grades and the ± rule.",
        examples: ["sources", "sources --json", "sources --verify ../shared/seeds"],
        arguments: .lexed(ArgumentRules(positional: ["DIR"], flags: ["verify", "json"])),
        completion: .custom { _, _, partial in
            partial.hasPrefix("-") ? ["--verify", "--json"].filter { $0.hasPrefix(partial) } : Completer().paths(completing: partial)
        }
    ) { interpreter, call in
        let seeds = try interpreter.requireSeeds(call)
        let argument = call.positionals.first
        guard call.hasFlag("verify") else {
            if let argument {
                throw call.error("a folder is only taken with --verify; usage: sources --verify DIR", at: argument)
            }
            if call.hasFlag("json") {
                interpreter.console.write(SourcesJSON.render(seeds))
            } else {
                interpreter.console.write(SourceListing.render(seeds, width: interpreter.tableWidth))
            }
            return
        }
        guard let argument else {
            let column = call.invocation.line.unicodeScalars.count + 1
            throw call.invocation.error("missing DIR; usage: sources --verify DIR", column: column, length: 1)
        }
        let typed = argument.value!.text
        let resolved = interpreter.resolve(typed)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw call.error("no document folder '\(typed)'", at: argument)
        }
        let citations = seeds.citations
        let failures = QuoteVerifier.verify(citations, documents: URL(fileURLWithPath: resolved, isDirectory: true))
        guard failures.isEmpty else {
            let summary = Diagnostic("\(failures.count) of \(citations.count) quotes not found verbatim in \(typed)")
            throw DiagnosticList(failures.map(\.diagnostic) + [summary])
        }
        let documents = Set(citations.map(\.document)).count
        interpreter.console.write("all \(citations.count) quotes found verbatim in their \(documents) documents in \(typed)\n")
    }
}
