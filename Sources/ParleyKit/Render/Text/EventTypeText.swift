/// The text of `events TYPE`: parameters with defaults and bases, roles, the issues it bears on, then each effect with its rationale and basis.
///
///     EventTypeText.detail(world.catalog.type(named: "summit")!)
enum EventTypeText {
    static func detail(_ type: EventType, width: Int = 80) -> String {
        var text = "\(type.id): \(type.description)\n"
        if !type.aliases.isEmpty { text += "also: \(type.aliases.joined(separator: ", "))\n" }
        text += "CAMEO \(type.cameo), Goldstein \(Figures.change(type.goldstein))\n\nParameters:\n"
        var rows: [[String]] = []
        for parameter in type.parameters {
            var kind = parameter.kind.rawValue
            if let range = parameter.range { kind += " \(Formula.format(range.lowerBound))–\(Formula.format(range.upperBound))" }
            rows.append(["  " + parameter.name, kind, "default " + (parameter.defaultValue?.description ?? "none (required)"),
                         parameter.summary + (parameter.among.map { " (one of \($0.joined(separator: ", ")))" } ?? "")])
        }
        text += TextColumns.render(rows)
        for parameter in type.parameters {
            if let basis = parameter.basis { text += indented("\(parameter.name) default: " + basis.label, width: width) }
        }
        if !type.roles.isEmpty {
            text += "\nRoles:\n"
            for rule in type.roles {
                switch rule.kind {
                case .distinct(let names): text += "  \(names.joined(separator: ", ")) share no actor: \(rule.why)\n"
                case .least(let count, let name): text += "  \(name) names at least \(count) distinct actors: \(rule.why)\n"
                case .only(let allowed, let names): text += "  \(names.joined(separator: ", ")) name only \(allowed.joined(separator: ", ")): \(rule.why)\n"
                }
            }
        }
        if !type.bearsOn.isEmpty { text += "Bears on: \(type.bearsOn.joined(separator: ", "))\n" }
        text += "\nEffects:\n"
        for effect in type.effects {
            text += "  \(describe(effect.kind))\n"
            text += indented(effect.rationale, width: width)
            text += indented(effect.basis?.label ?? "basis: none given", width: width)
        }
        text += "\nExample: apply \(type.id)" + type.parameters.prefix(2).compactMap { p in p.defaultValue.map { " \(p.name)=\($0)" } }.joined() + "\n"
        return text
    }

    static func indented(_ paragraph: String, width: Int = 80) -> String {
        HelpText.wrap(paragraph, width: min(72, width - 6)).split(separator: "\n").map { "      " + $0 }.joined(separator: "\n") + "\n"
    }

    static func describe(_ kind: Effect.Kind) -> String {
        switch kind {
        case .capability(let actors, let scale, let shift):
            return "capability of \(actors): " + [scale.map { "× (\($0))" }, shift.map { "+ (\($0))" }].compactMap { $0 }.joined(separator: " ")
        case .salience(let actors, let issues, let shift):
            return "salience of \(actors) on \(issues): + (\(shift)), the rest of the row rescaled to keep its total"
        case .position(let actors, let issues, let toward, let by):
            return "position of \(actors) on \(issues): (\(by)) of the way toward \(toward)'s stance (negative: away)"
        case .accommodation(let actors, let toward, let weight):
            return "accommodation of \(actors) toward \(toward): weight \(weight)"
        case .uncertainty(let actors, let issues, let scale):
            return "uncertainty of \(actors) on \(issues): × (\(scale))"
        case .bargain(let actors, let issues, let turns, let uptake):
            return "bargaining among \(actors) on \(issues): \(turns) turns" + (uptake.map { ", uptake \($0)" } ?? "")
        case .schedule(let event, let after, let unless, _):
            return "schedule \(event) after \(after) days" + (unless.map { " unless \($0)" } ?? "")
        case .noDeal(let issues, let toward, let by):
            return "no-deal point on \(issues): (\(by)) of the way toward \(toward)'s ideal (negative: away)"
        case .expectation(let actors, let issues, let toward, let by):
            return "expected no-deal outcome of \(actors) on \(issues): (\(by)) of the way toward \(toward)'s ideal"
        case .cost(let actors, let shift):
            return "cost of continuing of \(actors): + (\(shift)) points"
        }
    }
}
