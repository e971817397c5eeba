import Foundation

/// The documented state of the talks: sources, actors, issues, dated snapshots and a timeline.
///
///     let seeds = try SeedLoader.load(directory: URL(fileURLWithPath: "seeds"))
///     seeds.latest.date                          // 2025-07-23
///     seeds.actor(named: "moscow")?.id            // "RU"
///     seeds.coverage.description                  // "… of 258 values documented, … estimated"
///
/// Only ``SeedLoader`` builds one from files, and only when every check passes, so a value of
/// this type is always complete: every snapshot has every actor–issue pair.
public struct Seeds: Sendable, Hashable, Codable {
    public var documents: [SourceDocument]
    public var actors: [Actor]
    public var issues: [Issue]
    /// Snapshots in date order, oldest first; never empty.
    public var snapshots: [Snapshot]
    /// Documented events in date order (ties keep the file's order).
    public var timeline: [TimelineEvent]
    /// Who must sign and what holds without a deal (`settlement.yaml`); nil when the folder has none.
    public var settlement: SettlementSeeds?
    /// The Graph Model of the talks (`conflict.yaml`), when the folder has one.
    public var conflict: TalksConflict?

    public init(
        documents: [SourceDocument], actors: [Actor], issues: [Issue],
        snapshots: [Snapshot], timeline: [TimelineEvent], settlement: SettlementSeeds? = nil
    ) {
        self.settlement = settlement
        self.documents = documents
        self.actors = actors
        self.issues = issues
        self.snapshots = snapshots.sorted { $0.date < $1.date }
        self.timeline = timeline.enumerated()
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element)
    }

    /// The most recent snapshot: what `load` shows without `at=`.
    public var latest: Snapshot { snapshots[snapshots.count - 1] }

    /// The latest snapshot dated on or before `date`; nil when `date` precedes them all.
    public func snapshot(onOrBefore date: CalendarDate) -> Snapshot? {
        snapshots.last { $0.date <= date }
    }

    /// The actor whose id or alias is `name`, ignoring case.
    public func actor(named name: String) -> Actor? {
        actors.first { $0.isNamed(name) }
    }

    /// The issue whose id or alias is `name`, ignoring case.
    public func issue(named name: String) -> Issue? {
        issues.first { $0.isNamed(name) }
    }

    /// The document with this file name.
    public func document(named file: String) -> SourceDocument? {
        documents.first { $0.file == file }
    }

    /// Every id and alias of actors and issues, for completion and "did you mean".
    public var names: [String] {
        actors.flatMap { [$0.id] + $0.aliases } + issues.flatMap { [$0.id] + $0.aliases }
    }

    /// Every citation in the state with where it sits: snapshot values (with their alternatives),
    /// then the timeline.
    public var citations: [Citation] {
        var result: [Citation] = []
        for value in values {
            if let citation = value.cited.provenance.citation { result.append(citation) }
            result += value.cited.alternatives.compactMap(\.provenance.citation)
        }
        result.append(contentsOf: timeline.map(\.source))
        result.append(contentsOf: settlement?.citations ?? [])
        result.append(contentsOf: conflict?.citations ?? [])
        return result
    }
}
