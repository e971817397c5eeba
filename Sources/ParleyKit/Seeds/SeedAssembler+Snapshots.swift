import Foundation
import Yams

extension SeedAssembler {
    static let snapshotKeys = ["date", "label", "capabilities", "stances"]
    static let stanceKeys = ["position", "salience"]
    static let positionKeys = ["value", "uncertainty", "uncertainty-reason", "source", "estimate"] + carryKeys
    static let salienceKeys = citedValueKeys + carryKeys
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
            let before = snapshots.count
            readSnapshot(SeedLoader.snapshotsFolder + "/" + name, fileName: name, seen: &seen)
            // A file that failed (even an empty one) still names its date, so carries from it stay quiet.
            if snapshots.count == before, let date = CalendarDate(parsing: (name as NSString).deletingPathExtension) {
                unreadSnapshotDates.insert(date)
            }
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
        let capabilities = reader.value(fields, "capabilities", required: true)
            .flatMap { readCapabilities($0, date: date, reader: reader) }
        guard let stancesNode = reader.value(fields, "stances", required: true) else { return }
        let stances = readStances(stancesNode, date: date, reader: reader)
        guard let date, let label, let stances, let capabilities else {
            if let date { unreadSnapshotDates.insert(date) }
            return
        }
        snapshots.append(Snapshot(date: date, label: label, stances: stances, capabilities: capabilities))
    }

    /// The context a value of this snapshot is checked in.
    func valueContext(_ what: String, date: CalendarDate?, needsRange: Bool,
                      stanceKey: (actor: String, issue: String)? = nil,
                      earlier: @escaping (Snapshot) -> CitedValue?) -> ValueContext {
        let read = snapshots
        return ValueContext(date: date, what: what, needsRange: needsRange,
                            earlier: { day in read.first { $0.date == day }.flatMap(earlier) },
                            earlierDates: read.map(\.date).filter { date == nil || $0 < date! },
                            unreadDates: unreadSnapshotDates, stanceKey: stanceKey)
    }

    /// Reads `capabilities:`: each actor's weight (0–100) on this date, cited or estimated.
    ///
    ///     capabilities:
    ///       RU: {value: 88, source: {doc: …, quote: "…", supports: direction, credibility: 3}}
    private func readCapabilities(_ node: Node, date: CalendarDate?, reader: SeedReader) -> [String: CitedValue]? {
        guard let entries = reader.mapping(node, in: "'capabilities'") else { return nil }
        var result: [String: CitedValue] = [:]
        var complete = true
        for (key, valueNode) in entries {
            let actor = key.text
            guard checkActor(actor, at: key.node, reader: reader) else { complete = false; continue }
            guard let fields = reader.fields(of: valueNode, allowed: Self.salienceKeys, in: "the capability of \(actor)") else {
                complete = false
                continue
            }
            let context = valueContext("\(actor)'s capability", date: date, needsRange: false) { $0.capabilities[actor] }
            if let value = citedValue(fields, range: 0...100, as: "capability", context: context, reader: reader) {
                result[actor] = value
            } else {
                complete = false
            }
        }
        if let actorIDs {
            let present = Set(entries.map(\.key.text))
            for actor in actorIDs where !present.contains(actor) {
                reader.error("\(date.map { "snapshot \($0)" } ?? "this snapshot") has no capability for \(actor)", at: node)
                complete = false
            }
        }
        return complete ? result : nil
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
                if let stance = readStance(stanceNode, actor: actor, issue: issueKey.text, date: date, reader: reader) {
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

    /// Reads one stance: a cited position (0–100, with its ± by the rule) and a cited salience (0–1).
    private func readStance(_ node: Node, actor: String, issue: String, date: CalendarDate?, reader: SeedReader) -> Stance? {
        guard let fields = reader.fields(of: node, allowed: Self.stanceKeys, in: "the stance of \(actor) on \(issue)") else { return nil }
        var position: CitedValue?
        var uncertainty: (Double, String)?
        if let positionNode = reader.value(fields, "position", required: true),
           let positionFields = reader.fields(of: positionNode, allowed: Self.positionKeys, in: "position") {
            let context = valueContext("\(actor)'s \(issue) position", date: date, needsRange: true,
                                       stanceKey: (actor, issue)) { $0.stance(actor: actor, issue: issue)?.position }
            position = citedValue(positionFields, range: 0...100, as: "position", context: context, reader: reader)
            if let position {
                uncertainty = self.uncertainty(positionFields, position: position, issue: issues.first { $0.id == issue },
                                               context: context, reader: reader)
            }
        }
        var salience: CitedValue?
        if let salienceNode = reader.value(fields, "salience", required: true),
           let salienceFields = reader.fields(of: salienceNode, allowed: Self.salienceKeys, in: "salience") {
            let context = valueContext("\(actor)'s \(issue) salience", date: date, needsRange: false) {
                $0.stance(actor: actor, issue: issue)?.salience
            }
            salience = citedValue(salienceFields, range: 0...1, as: "salience", context: context, reader: reader)
        }
        guard let position, let salience, let uncertainty else { return nil }
        return Stance(actor: actor, issue: issue, position: position, salience: salience,
                      uncertainty: uncertainty.0, uncertaintyBasis: uncertainty.1)
    }
}
