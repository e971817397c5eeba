/// A command as the journal records it: as `save` would write it, but with the path it names
/// made absolute, so `--resume` works from any folder.
///
///     JournalLine.text(of: call, spec: .load, resolve: interpreter.resolve)   // load "/home/a/my-seeds" at=2025-06-03
enum JournalLine {
    static func text(of call: CommandCall, spec: CommandSpec, resolve: (String) -> String) -> String {
        guard spec.name == "load", let first = call.positionals.first, let typed = first.value?.text else {
            return call.scriptText
        }
        let absolute = JournalHeader.absolute(resolve(typed), in: JournalHeader.workingFolder())
        guard absolute != typed else { return call.scriptText }
        let words = call.arguments.map { $0 == first ? Value.quote(absolute) : $0.scriptText }
        return ([call.invocation.name] + words).joined(separator: " ")
    }
}
