/// The `show` table: each stance's position, band, salience and where the values come from.
///
///     print(StanceTable.render(seeds, snapshot: seeds.latest, selection: .actor("RU"), width: 100))
///     // Stances on 2025-07-23 (the third Istanbul round, …)
///     // actor  issue      position  band                                   salience  …
///     // RU     ceasefire  90 ±5     fight on until Moscow's terms are met  0.12 est. 003 “Russia insists …”
///
/// Positions are on each issue's 0–100 scale with their ± uncertainty; the salience column gives
/// the share of the actor's attention and, after it, the salience's own source tag. The last
/// column is the position's source: document tag and quote, or "estimate".
public enum StanceTable {
    public static let defaultWidth = 100

    public static func render(_ seeds: Seeds, snapshot: Snapshot, selection: StanceSelection = .all,
                              width: Int = defaultWidth) -> String {
        let stances = selection.stances(in: snapshot)
        var rows: [[String]] = []
        for stance in stances {
            let issue = seeds.issues.first { $0.id == stance.issue }
            var position = SeedNumberFormat.format(stance.position.value)
            if let uncertainty = stance.uncertainty { position += " ±" + SeedNumberFormat.format(uncertainty) }
            rows.append([
                stance.actor,
                stance.issue,
                position,
                issue?.band(for: stance.position.value)?.label ?? "",
                SeedNumberFormat.fixed(stance.salience.value, decimals: 2) + " " + SourceTag.tag(stance.salience.provenance),
                SourceTag.short(stance.position.provenance),
            ])
        }
        let title = "Stances on \(snapshot.date) (\(snapshot.label))\n"
        let table = SeedColumns.render(
            headers: ["actor", "issue", "position", "band", "salience", "position source"],
            rows: rows, width: width, shrinkable: [(3, 24), (5, 24), (3, 10), (5, 10)])
        return title + table
    }
}
