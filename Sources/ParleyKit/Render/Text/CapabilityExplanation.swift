/// `explain ACTOR capability`: the seeded capability with its source, then every change.
///
///     CapabilityExplanation.render(actor, branch: branch, width: 80)   // "RU capability: 90.0 on …"
enum CapabilityExplanation {
    static func render(_ actor: Actor, branch: Branch, width: Int) -> String {
        let scenario = branch.scenario
        let now = scenario.actorIndex(actor.id).map { scenario.capabilities[$0] } ?? actor.capability.value
        var text = "\(actor.id) capability: \(Figures.points(now)) on \(scenario.date), branch \(branch.name)\n\n"
        text += "Start: \(Figures.points(actor.capability.value)): \(ProvenanceText.line(actor.capability.provenance))\n"
        let entries = branch.trace.filter { $0.actor == actor.id && $0.quantity == .capability }
        guard !entries.isEmpty else { return text + "\nNothing on this branch has changed it.\n" }
        text += "\nChanges:\n"
        for entry in entries {
            text += "  step \(entry.step) (\(entry.date)) \(entry.cause): \(Figures.points(entry.before)) → \(Figures.points(entry.after))\n"
            text += HelpText.wrap(entry.reason, width: min(70, width - 6)).split(separator: "\n").map { "      " + $0 }.joined(separator: "\n") + "\n"
        }
        return text + "\nCapability weighs the actor's say in bargaining turns; it moves positions only through them.\n"
    }
}
