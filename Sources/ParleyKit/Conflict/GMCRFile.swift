/// Reads GMCR+'s JSON save files (`*.gmcr`) into a ``Conflict``, with every problem located.
///
///     let conflict = try GMCRFile.load(contentsOf: "chicken.gmcr")
///
/// The parts read: `options` (`name`, `permittedDirection` of `both`, `fwd` or `back`);
/// `infeasibles` (lists of `[option, "Y"|"N"]` conditions); `decisionMakers` with `name`,
/// `options` (0-based indices), `preferences` (conditions, or `{"compound": true, "members":
/// […]}`), and `preferenceRanking` / `preferenceVector` (best first, a nested list for a tie)
/// when `useManualPreferenceRanking` / `useManualPreferenceVectors` is true. Other members
/// (`program`, `version`, coalitions, misperceptions) are ignored.
public enum GMCRFile {
    /// Reads and parses the file at `path`; `file` (default: the path) names it in diagnostics.
    public static func load(contentsOf path: String, file: String? = nil) throws(Diagnostic) -> Conflict {
        try TextFile.parsing(path, shownAs: file) { text, file throws(Diagnostic) in try parse(text, file: file) }
    }

    public static func parse(_ text: String, file: String) throws(Diagnostic) -> Conflict {
        let root = try JSONDocument.parse(text, file: file)
        guard case .object = root.kind else { throw root.error("expected a GMCR+ save file (a JSON object), found \(root.kindName)") }
        let optionsValue = try required("options", in: root, what: "the options")
        let options = try array(optionsValue, what: "'options'").map(option)
        guard !options.isEmpty else { throw optionsValue.error("'options' is empty: a conflict needs at least one option") }
        guard options.count <= Conflict.maximumOptions else {
            throw optionsValue.error("\(options.count) options; at most \(Conflict.maximumOptions) are supported")
        }
        var infeasibles: [OptionPattern] = []
        if let value = root.member("infeasibles") {
            infeasibles = try array(value, what: "'infeasibles'").map { item throws(Diagnostic) in
                try pattern(item, options: options.count)
            }
        }
        let manualRanking = try flag("useManualPreferenceRanking", in: root)
        let manualVectors = try flag("useManualPreferenceVectors", in: root)
        let makersValue = try required("decisionMakers", in: root, what: "the decision makers")
        let makerValues = try array(makersValue, what: "'decisionMakers'")
        guard !makerValues.isEmpty else { throw makersValue.error("'decisionMakers' is empty: a conflict needs at least one") }

        let probe = Conflict(options: options, decisionMakers: [], infeasibles: infeasibles)
        let feasible: [Int]
        do {
            feasible = try probe.feasibleValues()
        } catch {
            throw (root.member("infeasibles") ?? optionsValue).error(error.message)
        }
        var makers: [DecisionMaker] = []
        var owners: [Int: String] = [:]
        for value in makerValues {
            let maker = try decisionMaker(value, options: options.count, states: feasible.count,
                                          manual: manualRanking || manualVectors, owners: &owners)
            makers.append(maker)
        }
        let conflict = Conflict(options: options, decisionMakers: makers, infeasibles: infeasibles)
        do {
            _ = try conflict.graph()
        } catch {
            throw makersValue.error(error.message)
        }
        return conflict
    }

    // MARK: parts

    private static func option(_ value: JSONDocument) throws(Diagnostic) -> ConflictOption {
        guard case .object = value.kind else { throw value.error("expected an option object with 'name' and 'permittedDirection', found \(value.kindName)") }
        let name = try string(try required("name", in: value, what: "the option's name"), what: "an option's 'name'")
        var direction = ConflictOption.Direction.both
        if let directionValue = value.member("permittedDirection") {
            let text = try string(directionValue, what: "'permittedDirection'")
            guard let parsed = ConflictOption.Direction(rawValue: text) else {
                throw directionValue.error("unknown permittedDirection '\(text)': expected 'both', 'fwd' or 'back'"
                                           + (Suggestion.closest(to: text, in: ["both", "fwd", "back"]).map { "; did you mean '\($0)'?" } ?? ""))
            }
            direction = parsed
        }
        return ConflictOption(name: name, direction: direction)
    }

    private static func decisionMaker(
        _ value: JSONDocument, options: Int, states: Int, manual: Bool, owners: inout [Int: String]
    ) throws(Diagnostic) -> DecisionMaker {
        guard case .object = value.kind else { throw value.error("expected a decision maker object, found \(value.kindName)") }
        let name = try string(try required("name", in: value, what: "the decision maker's name"), what: "a decision maker's 'name'")
        let optionsValue = try required("options", in: value, what: "the options '\(name)' controls")
        var controlled: [Int] = []
        for item in try array(optionsValue, what: "'options'") {
            let option = try index(item, below: options, what: "option")
            if let owner = owners[option] {
                throw item.error(owner == name ? "'\(name)' lists option \(option) twice"
                                 : "option \(option) is already controlled by '\(owner)'")
            }
            owners[option] = name
            controlled.append(option)
        }
        if manual {
            guard let rankingValue = value.member("preferenceRanking") ?? value.member("preferenceVector") else {
                throw value.error("decision maker '\(name)' has no 'preferenceRanking' (the file sets manual preference ranking)")
            }
            return DecisionMaker(name: name, options: controlled,
                                 preferences: .ranking(try ranking(rankingValue, states: states, of: name)))
        }
        let preferencesValue = try required("preferences", in: value, what: "the preferences of '\(name)'")
        let statements = try array(preferencesValue, what: "'preferences'").map { item throws(Diagnostic) in
            try statement(item, options: options)
        }
        guard statements.count <= Conflict.maximumStatements else {
            throw preferencesValue.error("\(statements.count) preference statements; at most \(Conflict.maximumStatements) are supported")
        }
        return DecisionMaker(name: name, options: controlled, preferences: .prioritised(statements))
    }

    private static func statement(_ value: JSONDocument, options: Int) throws(Diagnostic) -> PreferenceStatement {
        if case .object = value.kind {
            if let compound = value.member("compound") {
                guard case .bool = compound.kind else { throw compound.error("'compound' must be true or false, found \(compound.kindName)") }
            }
            let members = try required("members", in: value, what: "the members of a compound statement")
            let patterns = try array(members, what: "'members'").map { item throws(Diagnostic) in try pattern(item, options: options) }
            guard !patterns.isEmpty else { throw members.error("a compound statement needs at least one member") }
            return PreferenceStatement(patterns)
        }
        return PreferenceStatement([try pattern(value, options: options)])
    }

    /// `[[option, "Y"|"N"], …]`.
    private static func pattern(_ value: JSONDocument, options: Int) throws(Diagnostic) -> OptionPattern {
        guard case .array(let items) = value.kind else {
            throw value.error("expected a list of [option, \"Y\" or \"N\"] conditions, found \(value.kindName)")
        }
        guard !items.isEmpty else { throw value.error("empty condition list: it would hold in every state") }
        var conditions: [OptionCondition] = []
        for item in items {
            guard case .array(let pair) = item.kind, pair.count == 2 else {
                throw item.error("expected a condition [option, \"Y\" or \"N\"], found \(item.kindName)"
                                 + (item.kind.isArray ? " of \(item.arrayCount) items" : ""))
            }
            let option = try index(pair[0], below: options, what: "option")
            guard case .string(let text) = pair[1].kind, text == "Y" || text == "N" else {
                throw pair[1].error("expected \"Y\" or \"N\", found \(pair[1].kindName == "a string" ? "'\(pair[1].stringValue ?? "")'" : pair[1].kindName)")
            }
            conditions.append(OptionCondition(option: option, taken: text == "Y"))
        }
        return OptionPattern(conditions)
    }

    private static func ranking(_ value: JSONDocument, states: Int, of name: String) throws(Diagnostic) -> [[Int]] {
        var seen: [Int: Bool] = [:]
        var tiers: [[Int]] = []
        func number(_ item: JSONDocument) throws(Diagnostic) -> Int {
            let state = try index(item, below: states + 1, what: "state", from: 1)
            guard seen[state] == nil else { throw item.error("the ranking of '\(name)' names state \(state) twice") }
            seen[state] = true
            return state
        }
        for item in try array(value, what: "the preference ranking") {
            if case .array(let tie) = item.kind {
                guard !tie.isEmpty else { throw item.error("empty tie in the ranking of '\(name)'") }
                var tier: [Int] = []
                for member in tie { tier.append(try number(member)) }
                tiers.append(tier)
            } else {
                tiers.append([try number(item)])
            }
        }
        if let missing = (1...states).first(where: { seen[$0] == nil }) {
            throw value.error("the ranking of '\(name)' leaves out state \(missing) (it must rank all \(states) feasible states)")
        }
        return tiers
    }

    // MARK: helpers

    private static func required(_ key: String, in object: JSONDocument, what: String) throws(Diagnostic) -> JSONDocument {
        guard let value = object.member(key) else { throw object.error("missing '\(key)' (\(what))") }
        return value
    }

    private static func array(_ value: JSONDocument, what: String) throws(Diagnostic) -> [JSONDocument] {
        guard case .array(let items) = value.kind else { throw value.error("\(what) must be an array, found \(value.kindName)") }
        return items
    }

    private static func string(_ value: JSONDocument, what: String) throws(Diagnostic) -> String {
        guard case .string(let text) = value.kind else { throw value.error("\(what) must be a string, found \(value.kindName)") }
        return text
    }

    private static func flag(_ key: String, in object: JSONDocument) throws(Diagnostic) -> Bool {
        guard let value = object.member(key) else { return false }
        guard case .bool(let flag) = value.kind else { throw value.error("'\(key)' must be true or false, found \(value.kindName)") }
        return flag
    }

    /// A whole number in `from..<below`.
    private static func index(_ value: JSONDocument, below limit: Int, what: String, from low: Int = 0) throws(Diagnostic) -> Int {
        guard case .number(let number, let text) = value.kind else { throw value.error("expected \(what) number, found \(value.kindName)") }
        guard number.rounded() == number, number >= Double(low), number < Double(limit) else {
            throw value.error("\(what) \(text) does not exist: \(what)s are numbered \(low) to \(limit - 1)")
        }
        return Int(number)
    }
}

extension JSONDocument.Kind {
    var isArray: Bool { if case .array = self { true } else { false } }
}

extension JSONDocument {
    var arrayCount: Int { if case .array(let items) = kind { items.count } else { 0 } }
    var stringValue: String? { if case .string(let text) = kind { text } else { nil } }
}
