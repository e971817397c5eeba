import Testing
import ParleyTestSupport
@testable import ParleyKit

/// The back-test, `sources` and `settle --package` tables fit 60, 80 and 100 columns as
/// rendered, so the width fitter never has to wrap one of their rows.
@Suite("Tables on narrow terminals")
struct NarrowTableTests {
    static let world = ParleyFixtures.world()

    /// The lines of `text` from the one starting with `first` up to the one starting with `end`.
    static func lines(_ text: String, from first: String, to end: String) -> [Substring] {
        let all = text.split(separator: "\n", omittingEmptySubsequences: false)
        let start = all.firstIndex { $0.hasPrefix(first) } ?? all.endIndex
        let stop = all[start...].firstIndex { $0.hasPrefix(end) } ?? all.endIndex
        return Array(all[start..<stop])
    }

    @Test(arguments: [60, 80, 100])
    func backtestRowsFit(width: Int) throws {
        let result = try Backtest(world: Self.world).run()
        let text = BacktestText.render(result, seeds: "seeds", width: width)
        let table = Self.lines(text, from: "  20", to: "Direction")
        #expect(table.count == 16)
        #expect(table.allSatisfy { $0.count <= width }, "\(table.filter { $0.count > width })")
        #expect(table.prefix(8).joined(separator: "\n") == """
              2025-03-19 → 2025-06-03    all  changed
                stances                   48        6
                engine                  1.14     5.13
                persistence             0.71     5.67
                drift                    n/a      n/a
                skill vs persistence   -0.60    +0.10
                skill vs drift           n/a      n/a

            """)
    }

    @Test func backtestKeepsOneRowPerWindowWhereThatFits() throws {
        let result = try Backtest(world: Self.world).run()
        let text = BacktestText.render(result, seeds: "seeds", width: 120)
        #expect(Self.lines(text, from: "  window", to: "Direction").joined(separator: "\n") == """
              window                   stances     engine  persistence  drift  skill vs persistence  skill vs drift
              2025-03-19 → 2025-06-03  48 all      1.14    0.71         n/a    -0.60                 n/a
              2025-03-19 → 2025-06-03  6 changed   5.13    5.67         n/a    +0.10                 n/a
              2025-06-03 → 2025-07-23  48 all      3.10    2.56         2.62   -0.21                 -0.18
              2025-06-03 → 2025-07-23  10 changed  11.85   12.30        11.64  +0.04                 -0.02

            """)
    }

    @Test(arguments: [60, 80, 100])
    func sourcesTablesFit(width: Int) {
        let text = SourceListing.render(Self.world.seeds, width: width)
        let documents = Self.lines(text, from: "doc", to: "~ date")
        let coverage = Self.lines(text, from: "                 ", to: "value, band")
        #expect(documents.count == 6 && coverage.count > 20)
        for line in documents + coverage {
            #expect(line.count <= width, "\(line)")
        }
        // The outlet goes only where even shrunk columns cannot fit; the full headers where they fit.
        #expect(documents[0].hasSuffix("outlet / author") == (width >= 80))
        #expect(coverage[0] == (width >= 80
            ? "                   value  band  dir.  est.  carried  retro  outside  all"
            : "                  value band dir. est. carr. retro out. all"))
        #expect(coverage[1] == (width >= 80
            ? "  positions            0    20    26    98       62      9       22  144"
            : "  positions           0   20   26   98    62     9   22 144"))
    }

    @Test(arguments: [60, 80, 100])
    func packageNashCellsGoOnUnderTheirColumn(width: Int) throws {
        // A trade across issues that opens a deal (PackageSearchTests): a Nash column with band labels.
        let ru = Signatory(actor: "RU", ideal: [90, 95], saliences: [0.1, 0.4], expectedNoDeal: [100, 55], cost: 4, weight: 90)
        let ua = Signatory(actor: "UA", ideal: [5, 12], saliences: [0.4, 0.1], expectedNoDeal: [60, 30], cost: 6, weight: 40)
        let package = PackageSearch.settle(issues: ["ceasefire", "neutrality"], noDeal: [100, 30], signatories: [ru, ua])
        #expect(package.nash != nil)
        let t = Transcript()
        #expect(t.run("load at=2025-07-23"))
        let scenario = try #require(t.interpreter.session.branch?.scenario)
        let text = SettlementText.packageDetail(package, issues: Self.world.seeds.issues, scenario: scenario, width: width)
        let table = Self.lines(text, from: "  issue", to: "  signatory")
        #expect(table.allSatisfy { $0.count <= width }, "\(table.filter { $0.count > width })")
        let nash = try #require(package.nash)
        let label = try #require(Self.world.seeds.issue(named: "ceasefire")?.band(for: nash[0])?.label)
        // Every word of the cell is there, in order, under the Nash column.
        let header = try #require(table.first)
        let column = header.distance(from: header.startIndex, to: try #require(header.range(of: "Nash")).lowerBound)
        let cell = table.dropFirst().prefix { $0.hasPrefix("  ceasefire") || $0.hasPrefix("   ") }
            .map { String($0.dropFirst(column)).trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(cell == "\(Figures.points(nash[0])) (\(label))")
    }
}
