import Foundation

/// Lookups that several commands share, each failing with an error placed on the argument.
extension Interpreter {
    /// The current branch, or an error saying what to load first.
    func requireBranch(_ call: CommandCall) throws(Diagnostic) -> (World, Branch) {
        guard let world = session.world, let branch = session.branch else {
            throw call.error("nothing is loaded; start with 'load' (the bundled seeds load at start-up unless they failed)")
        }
        return (world, branch)
    }

    func resolveActor(_ name: String, _ call: CommandCall, at argument: Argument?) throws(Diagnostic) -> Actor {
        guard let world = session.world else { throw call.error("nothing is loaded") }
        guard let actor = world.seeds.actor(named: name) else {
            throw call.error("unknown actor '\(name)'", at: argument,
                             suggestion: Suggestion.closest(to: name, in: world.seeds.actors.flatMap { [$0.id] + $0.aliases }))
        }
        return actor
    }

    func resolveIssue(_ name: String, _ call: CommandCall, at argument: Argument?) throws(Diagnostic) -> Issue {
        guard let world = session.world else { throw call.error("nothing is loaded") }
        guard let issue = world.seeds.issue(named: name) else {
            throw call.error("unknown issue '\(name)'", at: argument,
                             suggestion: Suggestion.closest(to: name, in: world.seeds.issues.flatMap { [$0.id] + $0.aliases }))
        }
        return issue
    }

    /// Whether output may be coloured: `set color on|off`, or with `auto` the terminal's say.
    var usesColor: Bool {
        switch session.settings.color {
        case .on: true
        case .off: false
        case .auto: console.allowsColor
        }
    }

    /// Whether a file may be written at `path`: yes if nothing is there; a directory is an
    /// error; an existing file needs `--force` in a script and a yes at the prompt.
    /// False means the user declined.
    func mayWrite(_ path: String, typed: String, _ call: CommandCall, at argument: Argument) throws(Diagnostic) -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return true }
        if isDirectory.boolValue {
            throw call.error("'\(typed)' is a directory", at: argument)
        }
        if call.hasFlag("force") { return true }
        guard isAtPrompt else {
            throw call.error("'\(typed)' exists; add --force to replace it", at: argument)
        }
        return console.confirm("'\(typed)' exists. Replace it?")
    }

    /// Records a step on the current branch (the interpreter records the command for `save`).
    func record(_ step: Step) {
        session.branch?.record(step)
    }
}

/// Number formats used across outputs, fixed so transcripts are byte-identical.
enum Figures {
    /// Positions and capabilities: one decimal.
    static func points(_ value: Double) -> String { fixed(value, 1) }
    /// Saliences and probabilities: two decimals.
    static func share(_ value: Double) -> String { fixed(value, 2) }

    static func fixed(_ value: Double, _ decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        let clean = rounded == 0 ? 0 : rounded  // no "-0.0"
        // Built as ASCII bytes: the digits, zero-padded to more than `decimals`, the point
        // inserted `decimals` from the end, and the sign.
        var bytes = Array(String(Int((abs(clean) * scale).rounded())).utf8)
        if bytes.count <= decimals {
            bytes.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: decimals + 1 - bytes.count), at: 0)
        }
        if decimals > 0 { bytes.insert(UInt8(ascii: "."), at: bytes.count - decimals) }
        if clean < 0 { bytes.insert(UInt8(ascii: "-"), at: 0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A change as an arrow and its size: "↑3.5", "↓2.0"; empty when it rounds to nothing.
    static func arrow(_ value: Double, _ decimals: Int = 1) -> String {
        let size = fixed(abs(value), decimals)
        guard size != fixed(0, decimals) else { return "" }
        return (value > 0 ? "↑" : "↓") + size
    }

    /// A signed change: "+2.5", "-0.3".
    static func change(_ value: Double, _ decimals: Int = 1) -> String {
        let text = fixed(value, decimals)
        return value > 0 && text != fixed(0, decimals) ? "+" + text : text
    }
}

/// Net changes of a step, one line per actor and quantity, for the output of `apply`,
/// `advance` and `turns`.
enum ChangeList {
    /// Rounds as displayed, so a shown change always equals the difference of shown values.
    static func rounded(_ value: Double, _ decimals: Int) -> Double {
        Double(Figures.fixed(value, decimals)) ?? value
    }

    static func render(_ trace: [TraceEntry], limit: Int = 40) -> String {
        struct Key: Hashable { var actor: String; var quantity: TraceEntry.Quantity; var subject: String? }
        var order: [Key] = []
        var first: [Key: Double] = [:]
        var last: [Key: Double] = [:]
        for entry in trace {
            let key = Key(actor: entry.actor, quantity: entry.quantity, subject: entry.subject)
            if first[key] == nil { order.append(key); first[key] = entry.before }
            last[key] = entry.after
        }
        let moved = order.filter { key in
            let decimals = key.quantity.decimals
            return Figures.fixed(first[key]!, decimals) != Figures.fixed(last[key]!, decimals)
        }
        guard !moved.isEmpty else { return "  no stance moved\n" }
        var rows: [[String]] = []
        for key in moved.prefix(limit) {
            let decimals = key.quantity.decimals
            let label = key.quantity == .accommodation ? "accommodation of \(key.subject ?? "")" : [key.subject, key.quantity.rawValue].compactMap { $0 }.joined(separator: " ")
            rows.append(["  " + key.actor, label, Figures.fixed(first[key]!, decimals), "→",
                         Figures.fixed(last[key]!, decimals), "(" + Figures.change(rounded(last[key]!, decimals) - rounded(first[key]!, decimals), decimals) + ")"])
        }
        var text = TextColumns.render(rows)
        if moved.count > limit { text += "  … and \(moved.count - limit) more; 'timeline' and 'explain' have the rest\n" }
        return text
    }
}
