import Yams

extension SeedAssembler {
    static let issueKeys = ["id", "name", "aliases", "zero", "hundred", "bands"]
    static let bandKeys = ["from", "to", "label"]
    /// The fewest bands an issue may have.
    static let minimumBands = 4

    /// Reads `issues.yaml`: each issue's id, names, the meaning of 0 and 100, and its bands.
    ///
    ///     issues:
    ///       - id: territory
    ///         name: Territory
    ///         zero: Ukraine's 1991 borders restored, Crimea included
    ///         hundred: Crimea and the four annexed regions recognised as Russian
    ///         bands:
    ///           - {from: 0, to: 20, label: "…"}
    func readIssues() {
        guard let (reader, root) = open(SeedLoader.issuesFile) else { return }
        defer { collect(reader) }
        guard let top = reader.fields(of: root, allowed: ["issues"], in: "the issues file"),
              let list = reader.value(top, "issues", required: true),
              let items = reader.sequence(list, in: "'issues'") else { return }
        guard items.count <= Self.maximumIssues else {
            reader.error("\(items.count) issues; seeds may hold at most \(Self.maximumIssues)", at: list)
            return
        }
        var ids: [String] = []
        var seen: [String: SourceLocation] = [:]
        for item in items {
            guard let fields = reader.fields(of: item, allowed: Self.issueKeys, in: "issue") else { continue }
            let id = reader.text(fields, "id")
            let name = reader.text(fields, "name")
            let zero = reader.text(fields, "zero")
            let hundred = reader.text(fields, "hundred")
            let aliases = reader.textList(fields, "aliases", required: false) ?? []
            let bands = reader.value(fields, "bands", required: true).flatMap { readBands($0, issue: id ?? "?", reader: reader) }
            guard let id, let idNode = fields["id"] else { continue }
            guard checkName(id, at: idNode, reader: reader) else { continue }
            if let earlier = seen[id] {
                reader.error("duplicate issue id '\(id)' (first defined at \(earlier))", at: idNode)
                continue
            }
            seen[id] = reader.file.location(of: idNode)
            ids.append(id)
            define(id, for: "issue \(id)", at: idNode, reader: reader)
            for alias in aliases where checkName(alias.text, at: alias.node, reader: reader) {
                define(alias.text, for: "issue \(id)", at: alias.node, reader: reader)
            }
            guard let name, let zero, let hundred, let bands else { continue }
            issues.append(Issue(id: id, name: name, aliases: aliases.map(\.text), zero: zero, hundred: hundred, bands: bands))
        }
        issueIDs = ids
    }

    /// Reads an issue's bands and checks they tile 0–100 without gaps or overlaps.
    private func readBands(_ node: Node, issue: String, reader: SeedReader) -> [Band]? {
        guard let items = reader.sequence(node, in: "'bands'") else { return nil }
        var bands: [Band] = []
        var valid = true
        for (index, item) in items.enumerated() {
            guard let fields = reader.fields(of: item, allowed: Self.bandKeys, in: "band") else { valid = false; continue }
            let lower = number(fields, "from", as: "band start", in: 0...100, reader: reader)
            let upper = number(fields, "to", as: "band end", in: 0...100, reader: reader)
            let label = reader.text(fields, "label")
            guard let lower, let upper, let label, let lowerNode = fields["from"], let upperNode = fields["to"] else {
                valid = false
                continue
            }
            if upper <= lower {
                reader.error("band ends at \(SeedNumberFormat.format(upper)), not above its start \(SeedNumberFormat.format(lower))", at: upperNode)
                valid = false
            }
            if let previous = bands.last {
                if lower != previous.upper {
                    reader.error("band starts at \(SeedNumberFormat.format(lower)) but the previous band ends at \(SeedNumberFormat.format(previous.upper))", at: lowerNode)
                    valid = false
                }
            } else if lower != 0 {
                reader.error("the first band must start at 0, not \(SeedNumberFormat.format(lower))", at: lowerNode)
                valid = false
            }
            bands.append(Band(lower: lower, upper: upper, label: label))
            if index == items.count - 1, upper != 100 {
                reader.error("the last band must end at 100, not \(SeedNumberFormat.format(upper))", at: upperNode)
                valid = false
            }
        }
        if items.count < Self.minimumBands {
            reader.error("issue '\(issue)' has \(items.count) band\(items.count == 1 ? "" : "s"); at least \(Self.minimumBands) are required", at: node)
            valid = false
        }
        return valid ? bands : nil
    }
}
