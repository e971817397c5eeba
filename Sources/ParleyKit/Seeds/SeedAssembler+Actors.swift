import Yams

extension SeedAssembler {
    static let actorKeys = ["id", "name", "aliases", "role", "capability"]
    static let citedValueKeys = ["value", "source", "estimate"]
    /// Most actors a seed folder may hold: KTAB's own cap. A turn is O(n³·D): 1,000 actors took
    /// 9 s a turn, 5,000 about 17 minutes.
    public static let maximumActors = 250
    /// Most issues a seed folder may hold.
    public static let maximumIssues = 250

    /// Reads `actors.yaml`: each actor's id, names, role and cited capability (0–100).
    ///
    ///     actors:
    ///       - id: RU
    ///         name: Russia
    ///         aliases: [russia, moscow]
    ///         role: belligerent
    ///         capability: {value: 90, estimate: "…"}
    func readActors() {
        guard let (reader, root) = open(SeedLoader.actorsFile) else { return }
        defer { collect(reader) }
        guard let top = reader.fields(of: root, allowed: ["actors"], in: "the actors file"),
              let list = reader.value(top, "actors", required: true),
              let items = reader.sequence(list, in: "'actors'") else { return }
        guard items.count <= Self.maximumActors else {
            reader.error("\(items.count) actors; seeds may hold at most \(Self.maximumActors) (as KTAB scenarios), "
                         + "since a bargaining turn costs n³", at: list)
            return
        }
        var ids: [String] = []
        var seen: [String: SourceLocation] = [:]
        for item in items {
            guard let fields = reader.fields(of: item, allowed: Self.actorKeys, in: "actor") else { continue }
            let id = reader.text(fields, "id")
            let name = reader.text(fields, "name")
            let role = reader.text(fields, "role")
            let aliases = reader.textList(fields, "aliases", required: false) ?? []
            let capability = reader.value(fields, "capability", required: true).flatMap { readCapability($0, reader: reader) }
            guard let id, let idNode = fields["id"] else { continue }
            guard checkName(id, at: idNode, reader: reader) else { continue }
            if let earlier = seen[id] {
                reader.error("duplicate actor id '\(id)' (first defined at \(earlier))", at: idNode)
                continue
            }
            seen[id] = reader.file.location(of: idNode)
            ids.append(id)
            define(id, for: "actor \(id)", at: idNode, reader: reader)
            for alias in aliases where checkName(alias.text, at: alias.node, reader: reader) {
                define(alias.text, for: "actor \(id)", at: alias.node, reader: reader)
            }
            guard let name, let role, let capability else { continue }
            actors.append(Actor(id: id, name: name, aliases: aliases.map(\.text), role: role, capability: capability))
        }
        actorIDs = ids
    }

    /// Reads an actor's `capability:` mapping: a value in 0–100 and its provenance.
    private func readCapability(_ node: Node, reader: SeedReader) -> CitedValue? {
        guard let fields = reader.fields(of: node, allowed: Self.citedValueKeys, in: "capability") else { return nil }
        let value = number(fields, "value", as: "capability", in: 0...100, reader: reader)
        let provenance = provenance(fields, for: "capability", reader: reader)
        guard let value, let provenance else { return nil }
        return CitedValue(value, provenance)
    }
}
