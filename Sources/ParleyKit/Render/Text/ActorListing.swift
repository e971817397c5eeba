/// The `actors` listing: each actor's id, name, capability (with its source), role and aliases.
///
///     print(ActorListing.render(seeds))
///     // id  name           capability  role                                   aliases
///     // RU  Russia         90 (004)    belligerent; negotiates in Istanbul …  russia, moscow, kremlin
public enum ActorListing {
    /// With `current`, a capability that a step changed shows its value now and what it was
    /// (`84.8 (was 90)`), since events such as sanctions act on capability.
    public static func render(_ seeds: Seeds, current: Scenario? = nil, width: Int = StanceTable.defaultWidth) -> String {
        let rows = seeds.actors.map { actor in
            [
                actor.id,
                actor.name,
                capabilityText(actor, current: current),
                actor.role,
                actor.aliases.joined(separator: ", "),
            ]
        }
        return SeedColumns.render(headers: ["id", "name", "capability", "role", "aliases"], rows: rows,
                                  width: width, shrinkable: [(4, 16), (3, 24), (4, 8), (3, 10)])
    }

    static func capabilityText(_ actor: Actor, current: Scenario?) -> String {
        let seeded = actor.capability.value
        if let current, let index = current.actorIndex(actor.id),
           Figures.rounded(current.capabilities[index], 1) != Figures.rounded(seeded, 1) {
            return Figures.points(current.capabilities[index]) + " (was " + SeedNumberFormat.format(seeded) + ")"
        }
        return SeedNumberFormat.format(seeded) + " (" + SourceTag.tag(actor.capability.provenance) + ")"
    }
}
