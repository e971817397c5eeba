/// The `issues` listing: each issue, what 0 and 100 mean, and its labelled bands.
///
///     print(IssueListing.render(seeds))
///     // ceasefire — Ceasefire (also: truce, cease-fire)
///     //     0  an immediate, comprehensive ceasefire
///     //   100  no ceasefire before a settlement on Moscow's terms
///     //  sides  Kyiv holds the lower end (an immediate ceasefire, then talks); Moscow the upper …
///     //   bands: 0–15 unconditional ceasefire now · 15–35 early ceasefire with monitoring · …
public enum IssueListing {
    public static func render(_ seeds: Seeds, width: Int = StanceTable.defaultWidth) -> String {
        seeds.issues.map { render($0, width: width) }.joined(separator: "\n")
    }

    /// One issue's entry.
    public static func render(_ issue: Issue, width: Int = StanceTable.defaultWidth) -> String {
        var text = "\(issue.id) — \(issue.name)"
        if !issue.aliases.isEmpty { text += " (also: \(issue.aliases.joined(separator: ", ")))" }
        text += "\n"
        text += "    0  \(issue.zero)\n"
        text += "  100  \(issue.hundred)\n"
        if !issue.sides.isEmpty { text += " sides  \(issue.sides)\n" }
        let rows = issue.bands.map { band in
            ["  " + SeedNumberFormat.format(band.lower) + "–" + SeedNumberFormat.format(band.upper), band.label]
        }
        text += SeedColumns.render(headers: ["  band", "label"], rows: rows, width: width, shrinkable: [(1, 10)])
        return text
    }
}
