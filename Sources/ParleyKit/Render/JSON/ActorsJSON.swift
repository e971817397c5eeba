/// `actors --json`: each actor with its capability as seeded (with its source) and as it stands
/// on the current branch.
///
///     ActorsJSON.render(seeds, current: branch.scenario)
///     // {"actors": [
///     //   {"id": "RU", "name": "Russia", "role": "…", "aliases": ["russia", …], "capability": 84.3,
///     //    "seeded_capability": 88.0, "capability_source": {"doc": "003_….txt", "quote": "…"}}
///     // ]}
///
/// `capability` is the value now (the seeded one when no branch changed it, or none is loaded).
enum ActorsJSON {
    static func render(_ seeds: Seeds, current: Scenario?) -> String {
        let s = JSONText.string, n = JSONText.number
        let rows = seeds.actors.map { actor in
            let now = current.flatMap { scenario in scenario.actorIndex(actor.id).map { scenario.capabilities[$0] } }
            return "{\"id\": \(s(actor.id)), \"name\": \(s(actor.name)), \"role\": \(s(actor.role)), "
                + "\"aliases\": [" + actor.aliases.map(s).joined(separator: ", ") + "], "
                + "\"capability\": \(n(now ?? actor.capability.value)), \"seeded_capability\": \(n(actor.capability.value)), "
                + "\"capability_source\": \(StanceJSON.origin(.seeds(actor.capability.provenance)))}"
        }
        return "{\"actors\": [\n  " + rows.joined(separator: ",\n  ") + "\n]}\n"
    }
}
