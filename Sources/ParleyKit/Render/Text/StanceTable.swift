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
    ///
    /// A stance whose ± crosses a band boundary names both bands; that cell is fitted to the
    /// band column (``BandCell``), on a second line when one is too narrow, so neither band is cut off.
    public static func render(_ rows: [StanceView], title: String, width: Int = defaultWidth) -> String {
        // The change column appears only once something has moved, so a fresh table stays narrow.
        // As displayed: a shown change is always the difference of shown positions.
        let changes = rows.map { Figures.rounded($0.position, 1) - Figures.rounded($0.position - $0.change, 1) }
        let showsChange = changes.contains { Figures.rounded($0, 1) != 0 }
        let band = showsChange ? 4 : 3, source = band + 2
        let layout = showsChange
            ? TableText.Layout(shrinkable: [(6, 24), (4, 34), (6, 14), (4, 24), (4, 10), (6, 10)], rightAligned: [3],
                               droppable: [6])
            : TableText.Layout(shrinkable: [(5, 24), (3, 34), (5, 14), (3, 24), (3, 10), (5, 10)], droppable: [5])
        // First laid out with every band cell whole, to learn how wide the band column gets.
        let whole = table(rows, changes: changes, showsChange: showsChange, bands: rows.map { [$0.bandText ?? ""] })
        let (widths, dropped) = whole.fit(width: width, layout: layout)
        var bandWidth = widths[band]
        if dropped[source] {
            // Leaving the source out frees room the shrinking had already taken from the band.
            let others = widths.indices.filter { !dropped[$0] && $0 != band }.reduce(0) { $0 + widths[$1] + 2 }
            let widest = rows.reduce(4) { max($0, ($1.bandText ?? "").count) }
            bandWidth = max(bandWidth, min(widest, width - others))
        }
        let cells = rows.map { row -> [String] in
            guard row.bands.count > 1, let low = row.bands.first, let high = row.bands.last else { return [row.band ?? ""] }
            return BandCell.lines(low: low, high: high, width: bandWidth)
        }
        var fitted = layout
        fitted.shrinkable = layout.shrinkable.map { $0.column == band ? (band, max($0.floor, bandWidth)) : $0 }
        return title + "\n" + table(rows, changes: changes, showsChange: showsChange, bands: cells)
            .render(width: width, layout: fitted)
    }

    /// The table's cells, each row's band cell given as its lines; a second line goes on a row of its own.
    private static func table(_ rows: [StanceView], changes: [Double], showsChange: Bool, bands: [[String]]) -> TableText {
        var table = TableText(columns: showsChange ? 7 : 6, expectedRows: rows.count + 1)
        table.addRow(showsChange
            ? ["actor", "issue", "position", "change", "band", "salience", "position source"]
            : ["actor", "issue", "position", "band", "salience", "position source"])
        for ((row, change), band) in zip(zip(rows, changes), bands) {
            table.add(row.actor)
            table.add(row.issue)
            table.writeFixed(row.position, decimals: 1)
            if let uncertainty = row.uncertainty {
                table.write(" ±")
                table.writeFixed(uncertainty, decimals: 1)
            }
            table.endCell()
            if showsChange { table.add(Figures.arrow(change)) }
            table.add(band.first ?? "")
            table.writeFixed(row.salience, decimals: 2)
            table.write(" ")
            writeTag(row.salienceOrigin, into: &table)
            table.endCell()
            writeSource(row.positionOrigin, actor: row.actor, issue: row.issue, into: &table)
            table.endCell()
            for line in band.dropFirst() {
                table.addRow(showsChange ? ["", "", "", "", line] : ["", "", "", line])
            }
        }
        return table
    }

    private static func writeTag(_ origin: StanceView.Origin, into table: inout TableText) {
        switch origin {
        case .seeds(.source(let citation)): table.write(SourceTag.tag(forDocument: citation.document))
        case .seeds(.estimate): table.write("est.")
        case .moved: table.write("moved")
        }
    }

    private static func writeSource(_ origin: StanceView.Origin, actor: String, issue: String, into table: inout TableText) {
        switch origin {
        case .seeds(.source(let citation)):
            table.write(SourceTag.tag(forDocument: citation.document))
            table.write(" “")
            table.write(citation.quote)
            table.write("”")
        case .seeds(.estimate):
            table.write("estimate")
        case .moved(let from):
            table.write("moved from ")
            table.writeFixed(from, decimals: 1)
            table.write("; explain ")
            table.write(actor)
            table.write(" ")
            table.write(issue)
        }
    }
}
