import Foundation
import Yams

extension SeedAssembler {
    static let snapshotKeys = ["date", "label", "stances"]
    static let stanceKeys = ["position", "salience"]
    static let positionKeys = ["value", "uncertainty", "source", "estimate"]
    /// Rounding slack when adding saliences such as 0.15 + 0.25 + …
    static let salienceTolerance = 1e-9

    /// Reads every `snapshots/*.yaml`, in file-name order.
    func readSnapshots() {
        let folder = directory.appendingPathComponent(SeedLoader.snapshotsFolder)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.append(Diagnostic("missing snapshot folder '\(shownName(SeedLoader.snapshotsFolder))'"))
            return
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .sorted()
        guard !names.isEmpty else {
            diagnostics.append(Diagnostic("no snapshots in '\(shownName(SeedLoader.snapshotsFolder))': add at least one dated .yaml file"))
            return
        }
        var seen: [CalendarDate: String] = [:]
        for name in names {
            readSnapshot(SeedLoader.snapshotsFolder + "/" + name, fileName: name, seen: &seen)
        }
    }

    /// Reads one snapshot: its date and label, and a stance for every actor on every issue.
    ///
    ///     date: 2025-06-03
    ///     label: after the second Istanbul round
    ///     stances:
    ///       RU:
    ///         territory:
    ///           position: {value: 92, uncertainty: 4, source: {doc: …, quote: "…"}}
    ///           salience: {value: 0.25, estimate: "…"}
    private func readSnapshot(_ path: String, fileName: String, seen: inout [CalendarDate: String]) {
        guard let (reader, root) = open(path) else { return }
        defer { collect(reader) }
        guard let fields = reader.fields(of: root, allowed: Self.snapshotKeys, in: "snapshot") else { return }
        let date = reader.date(fields, "date")
        let label = reader.text(fields, "label")
        if let date, let dateNode = fields["date"] {
            let stem = (fileName as NSString).deletingPathExtension
            if CalendarDate(parsing: stem) != nil, stem != date.description {
                reader.error("snapshot date \(date) does not match the file name '\(fileName)'", at: dateNode)
            }
            if let earlier = seen[date] {
                reader.error("duplicate snapshot date \(date) (also in '\(earlier)')", at: dateNode)
            } else {
                seen[date] = reader.file.displayName
            }
        }
        guard let stancesNode = reader.value(fields, "stances", required: true) else { return }
        let stances = readStances(stancesNode, date: date, reader: reader)
        guard let date, let label, let stances else { return }
        snapshots.append(Snapshot(date: date, label: label, stances: stances))
    }

    /// Reads the `stances:` mapping of actor → issue → stance and checks it is complete.
    private func readStances(_ node: Node, date: CalendarDate?, reader: SeedReader) -> [Stance]? {
        guard let entries = reader.mapping(node, in: "'stances'") else { return nil }
        let when = date.map { "snapshot \($0)" } ?? "this snapshot"
        var byActor: [String: [Stance]] = [:]
        var complete = true
        for (actorKey, issuesNode) in entries {
            let actor = actorKey.text
            guard checkActor(actor, at: actorKey.node, reader: reader) else { complete = false; continue }
            guard let issueEntries = reader.mapping(issuesNode, in: "the stances of \(actor)") else { complete = false; continue }
            var stances: [Stance] = []
            for (issueKey, stanceNode) in issueEntries {
                guard checkIssue(issueKey.text, at: issueKey.node, reader: reader) else { complete = false; continue }
                if let stance = readStance(stanceNode, actor: actor, issue: issueKey.text, reader: reader) {
                    stances.append(stance)
                } else {
                    complete = false
                }
            }
            let total = stances.reduce(0) { $0 + $1.salience.value }
            if total > 1 + Self.salienceTolerance {
                let shown = SeedNumberFormat.format((total * 1_000_000).rounded() / 1_000_000)
                reader.error("saliences of \(actor) in \(when) sum to \(shown), more than 1", at: actorKey.node)
                complete = false
            }
            if let issueIDs {
                let present = Set(issueEntries.map(\.key.text))
                for issue in issueIDs where !present.contains(issue) {
                    reader.error("\(when) has no stance for \(actor) on \(issue)", at: actorKey.node)
                    complete = false
                }
            }
            byActor[actor] = stances
        }
        if let actorIDs {
            let present = Set(entries.map(\.key.text))
            for actor in actorIDs where !present.contains(actor) {
                reader.error("\(when) has no stances for \(actor)", at: node)
                complete = false
            }
        }
        guard complete else { return nil }
        // Order by the actors' and issues' order of definition, whatever the file's order.
        let actorOrder = actorIDs ?? entries.map(\.key.text)
        let issueOrder = issueIDs ?? []
        return actorOrder.flatMap { actor in
            (byActor[actor] ?? []).sorted {
                (issueOrder.firstIndex(of: $0.issue) ?? 0) < (issueOrder.firstIndex(of: $1.issue) ?? 0)
            }
        }
    }

    /// Reads one stance: a cited position (0–100, optional ± uncertainty) and a cited salience (0–1).
    private func readStance(_ node: Node, actor: String, issue: String, reader: SeedReader) -> Stance? {
        guard let fields = reader.fields(of: node, allowed: Self.stanceKeys, in: "the stance of \(actor) on \(issue)") else { return nil }
        var position: CitedValue?
        var uncertainty: Double?
        var uncertaintyValid = true
        if let positionNode = reader.value(fields, "position", required: true),
           let positionFields = reader.fields(of: positionNode, allowed: Self.positionKeys, in: "position") {
            let value = number(positionFields, "value", as: "position", in: 0...100, reader: reader)
            if positionFields["uncertainty"] != nil {
                uncertainty = number(positionFields, "uncertainty", as: "uncertainty", in: 0...100, reader: reader)
                uncertaintyValid = uncertainty != nil
            }
            let provenance = provenance(positionFields, for: "position", reader: reader)
            if let value, let provenance { position = CitedValue(value, provenance) }
        }
        var salience: CitedValue?
        if let salienceNode = reader.value(fields, "salience", required: true),
           let salienceFields = reader.fields(of: salienceNode, allowed: Self.citedValueKeys, in: "salience") {
            let value = number(salienceFields, "value", as: "salience", in: 0...1, reader: reader)
            let provenance = provenance(salienceFields, for: "salience", reader: reader)
            if let value, let provenance { salience = CitedValue(value, provenance) }
        }
        guard let position, let salience, uncertaintyValid else { return nil }
        return Stance(actor: actor, issue: issue, position: position, salience: salience, uncertainty: uncertainty)
    }
}
