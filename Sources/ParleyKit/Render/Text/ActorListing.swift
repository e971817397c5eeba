/// The `actors` listing: each actor's id, name, capability (with its source), role and aliases.
///
///     print(ActorListing.render(seeds))
///     // id  name           capability  role                                   aliases
///     // RU  Russia         90 (004)    belligerent; negotiates in Istanbul …  russia, moscow, kremlin
public enum ActorListing {
    public static func render(_ seeds: Seeds, width: Int = StanceTable.defaultWidth) -> String {
        let rows = seeds.actors.map { actor in
            [
                actor.id,
                actor.name,
                SeedNumberFormat.format(actor.capability.value) + " (" + SourceTag.tag(actor.capability.provenance) + ")",
                actor.role,
                actor.aliases.joined(separator: ", "),
            ]
        }
        return SeedColumns.render(headers: ["id", "name", "capability", "role", "aliases"], rows: rows,
                                  width: width, shrinkable: [(4, 16), (3, 24), (4, 8), (3, 10)])
    }
}
