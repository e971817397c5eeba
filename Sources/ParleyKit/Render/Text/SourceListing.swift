/// The `sources` listing: the manifest of documents, then how much of the state they document.
///
///     print(SourceListing.render(seeds))
///     // doc  date         title                                          outlet / author
///     // 004  2025-03-19   New turning point for the Russia-Ukraine …     Hung Anh
///     // …
///     // 141 of 258 values documented, 117 estimated
///     //   positions 70 of 126 · saliences 20 of 126 · capabilities 5 of 6
///
/// A date marked `~` was inferred because the document carries none (see its `dating`).
public enum SourceListing {
    public static func render(_ seeds: Seeds, width: Int = StanceTable.defaultWidth) -> String {
        let citations = seeds.citations
        let rows = seeds.documents.map { document in
            [
                SourceTag.tag(forDocument: document.file),
                (document.dating == nil ? " " : "~") + document.date.description,
                String(citations.filter { $0.document == document.file }.count),
                document.title,
                [document.outlet, document.author].compactMap { $0 }.joined(separator: "; "),
            ]
        }
        var text = SeedColumns.render(headers: ["doc", " date", "quotes", "title", "outlet / author"], rows: rows,
                                      width: width, shrinkable: [(4, 16), (3, 24), (4, 8), (3, 10)], rightAligned: [2])
        if seeds.documents.contains(where: { $0.dating != nil }) {
            text += "~ date inferred: the document carries none\n"
        }
        text += "\n" + coverage(seeds.coverage)
        return text
    }

    /// The coverage lines: the headline count and its breakdown.
    public static func coverage(_ coverage: Coverage) -> String {
        func part(_ name: String, _ documented: Int, _ estimated: Int) -> String {
            "\(name) \(documented) of \(documented + estimated)"
        }
        return coverage.description + "\n  documented: "
            + [part("positions", coverage.positionsDocumented, coverage.positionsEstimated),
               part("saliences", coverage.saliencesDocumented, coverage.saliencesEstimated),
               part("capabilities", coverage.capabilitiesDocumented, coverage.capabilitiesEstimated)]
                .joined(separator: " · ") + "\n"
    }
}
