/// `search`'s text: the sequences found, best first, each as the lines that replay it; what
/// single seed value would have to differ; and what the search did not explore.
///
///     search RU.ceasefire <= 60 on main (2025-07-23, 0 steps): RU.ceasefire is 85.0 now
///     2 sequences of 1 event reach it, least costly first (cost: events, then effort …):
///      1. effort 1.00, RU.ceasefire 59.8
///           apply summit between=RU,UA topics=ceasefire turns=10 uptake=0.1
public enum SearchReport {
    /// How sequences are ranked, as every output states it.
    public static let costRule = "events, then effort: the sum of each event's graded parameters' shares of their ranges (severity 0.5 of 0-1 is 0.5); ties in the catalog's order"

    /// How many seed requirements the text lists.
    public static let requirementsShown = 5

    public static func render(_ result: SearchResult, date: CalendarDate) -> String {
        func shown(_ value: Double?) -> String { value.map(Figures.points) ?? "none" }
        var text = "search \(result.goal) on \(result.branch) (\(date), \(result.steps) step\(result.steps == 1 ? "" : "s")): "
            + "\(result.measure) is \(shown(result.startValue)) now\n"
        if result.alreadyMet {
            text += "The goal already holds on this branch: no event is needed.\n"
            if let note = result.packageNote { text += "Note: \(note)\n" }
            return text
        }
        if result.found.isEmpty {
            text += result.cancelled
                ? "Stopped by Ctrl-C before any sequence reaching the goal was found.\n"
                : "No sequence of up to \(result.depth) event\(result.depth == 1 ? "" : "s") among those explored reaches the goal.\n"
        } else {
            let length = result.found[0].commands.count
            let events = "\(length) event\(length == 1 ? "" : "s")"
            text += result.cancelled ? "Stopped by Ctrl-C; the best found so far. " : ""
            text += "\(EventSearch.count(result.foundCount)) distinct sequence\(result.foundCount == 1 ? "" : "s") of \(events) "
                + "reach\(result.foundCount == 1 ? "es" : "") it (the shortest explored)"
            text += result.foundCount > result.found.count ? "; the \(result.found.count) least costly:\n" : ", least costly first:\n"
            text += "cost: \(costRule)\n"
            for (index, path) in result.found.enumerated() {
                text += "\(index < 9 ? " " : "")\(index + 1). effort \(Figures.share(path.effort)), \(result.measure) \(shown(path.value))\n"
                for command in path.commands { text += "      \(command)\n" }
            }
            if let note = result.packageNote { text += "Note: \(note)\n" }
            text += "Take one as a branch: search take N [NAME]\n"
        }
        text += "\nWhat would have to be true instead (one seed value changed, no new events):\n"
        if result.requirements.isEmpty {
            text += "  no single seed value reaches the goal on its own.\n"
        }
        for requirement in result.requirements.prefix(requirementsShown) {
            let decimals = requirement.kind == .salience ? 2 : 1
            let against = requirement.relative.map { "\(Figures.share($0)) × its ±\(number(requirement.spread!, requirement.kind))" }
                ?? "no ± declared"
            text += "  \(requirement.input): \(number(requirement.from, requirement.kind)) → \(number(requirement.to, requirement.kind)) "
                + "(\(Figures.change(requirement.change, decimals)), \(against))\n"
        }
        if result.requirements.count > requirementsShown {
            text += "  and \(result.requirements.count - requirementsShown) more (--json lists them)\n"
        }
        text += "\nNot explored:\n"
        for note in result.pruning + result.requirementNotes { text += "  - \(note)\n" }
        text += "Evaluated \(EventSearch.count(result.evaluated)) sequences over \(EventSearch.count(result.candidates)) candidate events "
            + "(depth \(result.depth), beam \(result.beam)).\n"
        return text
    }

    /// A salience to two decimals, anything else to one.
    static func number(_ value: Double, _ kind: SeedRequirement.Kind) -> String {
        kind == .salience ? Figures.share(value) : Figures.points(value)
    }
}
