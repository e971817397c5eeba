/// What `load` prints: where the seeds came from, what they hold, and the snapshot now in force.
///
///     print(SeedSummary.render(seeds, at: seeds.latest, from: "seeds"))
///     // loaded seeds: 6 actors, 7 issues, 3 snapshots, 19 events, 5 documents
///     // snapshot 2025-07-23: the third Istanbul round, under the US 50-day ultimatum
///     // 141 of 258 values documented, 117 estimated
public enum SeedSummary {
    public static func render(_ seeds: Seeds, at snapshot: Snapshot, from source: String) -> String {
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        let dates = seeds.snapshots.map(\.date.description).joined(separator: ", ")
        return "loaded \(source): " + [
            count(seeds.actors.count, "actor"), count(seeds.issues.count, "issue"),
            count(seeds.snapshots.count, "snapshot") + " (\(dates))",
            count(seeds.timeline.count, "event"), count(seeds.documents.count, "document"),
        ].joined(separator: ", ") + "\n"
            + "snapshot \(snapshot.date): \(snapshot.label)\n"
            + seeds.coverage.description + "\n"
    }
}
