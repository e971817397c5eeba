/// The `show` table: each stance's position, band, salience and where the values come from.
///
///     print(StanceTable.render(seeds, snapshot: seeds.latest, selection: .actor("RU"), width: 100))
///     // Stances on 2025-07-23 (the third Istanbul round, under the US 50-day ultimatum)
///     // actor  issue      position    band                      salience   position source
///     // RU     ceasefire  90.0 ±5.0   fight on until Moscow's…  0.12 est.  003 “Russia insists on …
///
/// Positions are on each issue's 0–100 scale with their ± uncertainty; the salience column gives
/// the share of the actor's attention and the salience's own source tag (a document's number,
/// `est.` for an estimate, `moved` once the engine changed it). The last column is the
/// position's source: document tag and quote, `estimate`, or what it moved from. Once any
/// position has moved since the branch's baseline, a `change` column shows it (`↑3.5`, `↓2.0`).
public enum StanceTable {
    public static let defaultWidth = 100

    /// The table for a snapshot as the seeds give it.
    public static func render(_ seeds: Seeds, snapshot: Snapshot, selection: StanceSelection = .all,
                              width: Int = defaultWidth) -> String {
        render(StanceView.rows(seeds, snapshot: snapshot, selection: selection),
               title: "Stances on \(snapshot.date) (\(snapshot.label))", width: width)
    }

    /// The table for any rows, under a title line.
    public static func render(_ rows: [StanceView], title: String, width: Int = defaultWidth) -> String {
        let cells = rows.map { row -> [String] in
            var position = Figures.points(row.position)
            if let uncertainty = row.uncertainty { position += " ±" + Figures.points(uncertainty) }
            return [
                row.actor,
                row.issue,
                position,
                row.band ?? "",
                Figures.share(row.salience) + " " + tag(row.salienceOrigin),
                source(row.positionOrigin, actor: row.actor, issue: row.issue),
            ]
        }
        // The change column appears only once something has moved, so a fresh table stays narrow.
        // As displayed: a shown change is always the difference of shown positions.
        let arrows = rows.map { Figures.arrow(ChangeList.rounded($0.position, 1) - ChangeList.rounded($0.position - $0.change, 1)) }
        guard arrows.contains(where: { !$0.isEmpty }) else {
            let table = SeedColumns.render(
                headers: ["actor", "issue", "position", "band", "salience", "position source"],
                rows: cells, width: width, shrinkable: [(3, 24), (5, 24), (5, 16), (3, 16), (3, 10), (5, 10)])
            return title + "\n" + table
        }
        let withChange = zip(arrows, cells).map { arrow, cells in Array(cells[..<3]) + [arrow] + cells[3...] }
        let table = SeedColumns.render(
            headers: ["actor", "issue", "position", "change", "band", "salience", "position source"],
            rows: withChange, width: width, shrinkable: [(4, 24), (6, 24), (6, 16), (4, 16), (4, 10), (6, 10)],
            rightAligned: [3])
        return title + "\n" + table
    }

    static func tag(_ origin: StanceView.Origin) -> String {
        switch origin {
        case .seeds(let provenance): return SourceTag.tag(provenance)
        case .moved: return "moved"
        }
    }

    static func source(_ origin: StanceView.Origin, actor: String, issue: String) -> String {
        switch origin {
        case .seeds(let provenance): return SourceTag.short(provenance)
        case .moved(let from): return "moved from \(Figures.points(from)); explain \(actor) \(issue)"
        }
    }
}
