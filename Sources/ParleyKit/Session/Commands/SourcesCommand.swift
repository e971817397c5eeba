import Foundation

extension CommandSpec {
    /// `sources [--verify DIR]`: the documents behind the seeds, and how much they document.
    static let sources = CommandSpec(
        name: "sources",
        usage: "sources [--verify DIR]",
        summary: "source documents and coverage; --verify checks quotes",
        discussion: "Coverage counts each stance's position and salience and each actor's capability as one value: documented when a verbatim quote supports it, estimated when the seeds give reasoning instead. With --verify DIR, every quote must appear word for word in its document in DIR (runs of whitespace count as one space); each one that does not is listed at its place in the seed files, and the command fails.",
        examples: ["sources", "sources --verify ../shared/seeds"],
        arguments: .lexed(ArgumentRules(positional: ["DIR"], flags: ["verify"])),
        completion: .custom { _, _, partial in
            partial.hasPrefix("-") ? ["--verify"].filter { $0.hasPrefix(partial) } : Completer().paths(completing: partial)
        }
    ) { interpreter, call in
        let seeds = try interpreter.requireSeeds(call)
        let argument = call.positionals.first
        guard call.hasFlag("verify") else {
            if let argument {
                throw call.error("a folder is only taken with --verify; usage: sources --verify DIR", at: argument)
            }
            interpreter.console.write(SourceListing.render(seeds, width: interpreter.tableWidth))
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
