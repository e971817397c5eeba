import Testing
@testable import ParleyKit

/// The one section model: every section after the forecast is a ``BriefingSection`` that both
/// renderers lay out through the same block code.
@Suite("Briefing sections")
struct BriefingSectionTests {
    @Test func blocksForOneMediumDrawingsAndCodeLayOutInEach() {
        let blocks: [BriefingSection.Block] = [
            .only(.html, [.paragraph("The bar is drawn.")]),
            .only(.markdown, [.paragraph("The swing is given.")]),
            .together([
                .subheading("Goal \(code: "RU.ceasefire <= 55"), on main"),
                .table([.text("input"), .drawing(""), .number("swing", in: .markdown)],
                       [.init(["round bargain #1 uptake", "<div>bar</div>", "3.4"])]),
                .paragraph("2 more move it less.", .small),
            ]),
            .commands(caption: "1. effort 0.50", lines: ["apply truce between=RU,UA", "advance 30d"]),
            .list(["a_b"], .small),
        ]
        #expect(BriefingHTML.blocks(blocks) == """
            <p>The bar is drawn.</p>
            <div class="keep">
            <h3>Goal <code>RU.ceasefire &lt;= 55</code>, on main</h3>
            <table>
            <thead><tr><th>input</th><th></th></tr></thead>
            <tbody>
            <tr><td>round bargain #1 uptake</td><td><div>bar</div></td></tr>
            </tbody>
            </table>
            <p class="meta">2 more move it less.</p>
            </div>
            <p class="keep">1. effort 0.50<br/>
            <code>apply truce between=RU,UA</code><br/>
            <code>advance 30d</code></p>
            <ul class="meta">
            <li>a_b</li>
            </ul>

            """)
        #expect(BriefingMarkdown.blocks(blocks) == """
            The swing is given.

            ### Goal `RU.ceasefire <= 55`, on main

            | input | swing |
            |---|---|
            | round bargain #1 uptake | 3.4 |

            2 more move it less.

            1. effort 0.50

                apply truce between=RU,UA
                advance 30d

            - a\\_b

            """)
    }

    /// `#` starts a heading only at the start of a line; a table cell never is one.
    @Test func markdownEscapesAHashOnlyWhereItWouldStartAHeading() {
        #expect(BriefingMarkdown.inline("# not a heading") == "\\# not a heading")
        #expect(BriefingMarkdown.inline("round bargain #1 uptake") == "round bargain #1 uptake")
        #expect(BriefingMarkdown.cell("#") == "#")
        #expect(BriefingMarkdown.cell("a|b") == "a\\|b")
    }

    /// Every analysis section comes from the one list of builders, in its order, once in each medium.
    @Test func everySectionIsBuiltFromTheInputInTheBuildersOrder() throws {
        let t = BriefingTests.session()
        for line in ["question \"RU.ceasefire <= 70 by 2025-12-01\" runs=20 seed=3",
                     "search \"RU.ceasefire <= 80\" using=truce",
                     "branch other", "switch main"] {
            #expect(t.run(line), "\(line): \(t.err)")
        }
        let markdown = try BriefingTests.write(t, "--compare main,other", name: "all.md")
        let html = try BriefingTests.write(t, "--compare main,other", name: "all.html")
        let headings = ["Forecast", "Settlement: who would sign", "What the forecast rests on", "What would reach a goal (search)",
                        "Three views on the shared questions", "Alternative futures side by side",
                        "Why the largest moves happened", "Forecast questions", "Discussion questions"]
        for (text, mark, end) in [(markdown, "\n## ", "\n"), (html, "<h2>", "</h2>")] {
            let positions = try headings.map { heading in
                #expect(BriefingTests.occurrences(of: mark + heading + end, in: text) == 1, "\(heading)")
                return try #require(text.range(of: mark + heading + end)).lowerBound
            }
            #expect(positions == positions.sorted())
        }
        #expect(html.contains("<tr><td class=\"num\">1</td><td>RU.ceasefire &lt;= 70 by 2025-12-01</td>"))
        #expect(markdown.contains("| # | question | p | runs | outcome | Brier |\n|---|---|---|---|---|---|\n| 1 | RU.ceasefire \\<= 70 by 2025-12-01 |"))
    }

    /// The Markdown forecast has the HTML one's columns: the band the most likely position falls
    /// in and who holds it.
    @Test func markdownForecastNamesTheBandAndItsHolders() throws {
        let t = BriefingTests.session()
        let markdown = try BriefingTests.write(t, "", name: "forecast.md")
        let html = try BriefingTests.write(t, "", name: "forecast.html")
        let branch = try #require(t.interpreter.session.branch)
        let world = try #require(t.interpreter.session.world)
        #expect(markdown.contains("| issue | most likely | band | held by | chance | consensus ± spread |\n"))
        #expect(html.contains("<th>band</th><th>held by</th>"))
        let consensus = branch.scenario.consensus(issue: 0)
        let band = try #require(world.seeds.issue(named: consensus.issue)?.band(for: consensus.mostLikely)?.label)
        let holders = try #require(consensus.options.first?.holders).joined(separator: ", ")
        #expect(markdown.contains("| \(consensus.issue) | \(Figures.points(consensus.mostLikely)) | \(BriefingMarkdown.cell(band)) | \(holders) | "))
        #expect(html.contains("<td>\(consensus.issue)</td><td class=\"num\">\(Figures.points(consensus.mostLikely))</td><td>\(XMLText.escape(band))</td><td>\(holders)</td>"))
    }
}
