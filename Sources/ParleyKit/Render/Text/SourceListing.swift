/// The `sources` listing: the graded documents, then how the state's values are supported.
///
///     print(SourceListing.render(seeds))
///     // doc  date        grade  kind                  quotes  title                 outlet / author
///     // 004  2025-03-19  C      named-analysis            24  New turning point …   Hung Anh
///     // …
///     // 74 of 306 values documented, 232 estimated
///     //                    value  band  dir.  est.  carried  retro  outside  all
///     //   positions            0    20    26    98       62      9       22  144
///     // …
///
/// A date marked `~` was inferred because the document carries none (see its `dating`).
/// `value`, `band` and `direction` count cited values by what their quote establishes;
/// `carried` counts estimates that keep an earlier snapshot's value; `retro` citations of a
/// document dated after the snapshot; `outside` values resting on a fact from outside the
/// documents. Narrower than the tables, the coverage shortens `carried` and `outside` to
/// `carr.` and `out.` one space apart, and the documents leave out the outlet.
public enum SourceListing {
    public static func render(_ seeds: Seeds, width: Int = StanceTable.defaultWidth) -> String {
        let citations = seeds.citations
        let rows = seeds.documents.map { document in
            [
                SourceTag.tag(forDocument: document.file),
                (document.dating == nil ? " " : "~") + document.date.description,
                document.reliability.rawValue,
                document.kind.rawValue,
                String(citations.filter { $0.document == document.file }.count),
                document.title,
                [document.outlet, document.author].compactMap { $0 }.joined(separator: "; "),
            ]
        }
        // Where even shrunk columns are too wide, the outlet goes and the title keeps the room.
        let headers = ["doc", " date", "grade", "kind", "quotes", "title", "outlet / author"]
        let shrinkable = [(6, 16), (5, 24), (3, 12), (6, 8), (5, 10), (3, 6)]
        var documents = TableText(rows: [headers] + rows)
        var layout = TableText.Layout(shrinkable: shrinkable, rightAligned: [4])
        if documents.laidOutWidth(width, layout: layout) > width {
            documents = TableText(rows: [headers.dropLast()] + rows.map { Array($0.dropLast()) })
            layout.shrinkable = shrinkable.filter { $0.0 != 6 }
        }
        var text = documents.render(width: width, layout: layout)
        if seeds.documents.contains(where: { $0.dating != nil }) {
            text += "~ date inferred: the document carries none\n"
        }
        text += "grade: source reliability, A (completely reliable) to E (unreliable),\n"
            + "F (cannot be judged); seeds/sources.yaml gives the reason for each\n"
        text += "\n" + coverage(seeds.coverage, width: width)
        return text
    }

    /// The coverage report: the headline count, then tallies by kind of value, snapshot, actor and
    /// grade, then each other seed file with values (settlement.yaml, conflict.yaml) and its grades.
    public static func coverage(_ coverage: Coverage, width: Int = StanceTable.defaultWidth) -> String {
        var text = coverage.description + "\n"
        func row(_ name: String, _ tally: Coverage.Tally) -> [String] {
            ["  " + name] + [tally.value, tally.band, tally.direction, tally.estimate, tally.carried,
                             tally.retrospective, tally.outside, tally.total].map(String.init)
        }
        var rows: [[String]] = [
            row("positions", coverage.positions), row("saliences", coverage.saliences),
            row("capabilities", coverage.capabilities), row("all values", coverage.overall),
        ]
        rows.append([""] + Array(filling: "", count: 8))
        rows += coverage.bySnapshot.map { row($0.date.description, $0.tally) }
        rows.append([""] + Array(filling: "", count: 8))
        rows += coverage.byActor.map { row($0.actor, $0.tally) }
        rows.append([""] + Array(filling: "", count: 8))
        rows += coverage.byGrade.map { row("grade " + $0.grade.rawValue, $0.tally) }
        for file in coverage.seedFiles {
            rows.append([""] + Array(filling: "", count: 8))
            rows.append(row(file.file, file.tally))
            rows += file.grades.map { row("  grade " + $0.grade.rawValue, $0.tally) }
        }
        // Where the full headers do not fit, the two longest are shortened and the figures set
        // one space apart, so every row stays on one line down to 60 columns.
        var table = TableText(rows: [["", "value", "band", "dir.", "est.", "carried", "retro", "outside", "all"]] + rows)
        var layout = TableText.Layout(rightAligned: Set(1...8))
        let fits = table.laidOutWidth(layout: layout) <= width
        if !fits {
            table = TableText(rows: [["", "value", "band", "dir.", "est.", "carr.", "retro", "out.", "all"]] + rows)
            layout.gap = 1
        }
        text += table.render(width: width, layout: layout)
        text += "value, band, dir.: cited values, by what the quote establishes: the value,\n"
            + "its band, or only a direction. est.: estimates; carried\(fits ? "" : " (carr.)"): those kept from an\n"
            + "earlier snapshot. retro: citations of a later document (retrospective:).\n"
            + "outside\(fits ? "" : " (out.)"): values resting on a fact from outside the documents.\n"
        if !coverage.seedFiles.isEmpty {
            text += coverage.seedFiles.map(\.file).joined(separator: ", ")
                + ": counted alike, not in the \(coverage.total) above.\n"
        }
        text += "timeline: \(coverage.events) events, \(coverage.eventOutsideFacts) facts from outside the documents (outside:)\n"
        return text
    }
}
