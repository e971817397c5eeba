import Testing
@testable import ParleyKit

/// Issue 11 item 7: a stance whose ± crosses a band boundary shows both bands, fitted to the
/// band column at any width rather than cut at the end (which dropped the second band).
@Suite("Render: the two-band cell")
struct BandCellTests {
    static let early = "early ceasefire, details after"
    static let partial = "partial truces first, full ceasefire later"
    static let conditional = "conditional ceasefire: terms met first"
    static let inside = "ceasefire only inside a settlement"

    @Test func wholeWhenBothFit() {
        #expect(BandCell.lines(low: "no exchanges", high: "occasional swaps or body returns", width: 60)
            == ["no exchanges / occasional swaps or body returns"])
    }

    @Test func keepsTwoWordsOfEachOnOneLine() {
        #expect(BandCell.lines(low: Self.early, high: Self.partial, width: 40) == ["early ceasefire … / partial truces …"])
        #expect(BandCell.lines(low: "Crimea recognised, the four regions contested", high: "Crimea and four regions recognised",
                               width: 34) == ["Crimea recognised … / Crimea and …"])
    }

    @Test func sharesTheLineWhenTwoWordsAreTooMany() {
        #expect(BandCell.lines(low: "treaty neutrality, army capped", high: "binding neutrality, NATO halted", width: 34)
            == ["treaty neutral… / binding neutral…"])
    }

    @Test func takesASecondLineWhenTooNarrowToShare() {
        #expect(BandCell.lines(low: Self.conditional, high: Self.inside, width: 15) == ["conditional …", "/ ceasefire …"])
        #expect(BandCell.lines(low: Self.early, high: Self.partial, width: 16) == ["early ceasefire…", "/ partial truce…"])
    }

    @Test(arguments: [8, 10, 12, 15, 16, 20, 24, 27, 30, 34, 40, 60, 90])
    func everyPairFitsAndNamesBothBands(width: Int) throws {
        let seeds = try loadBundledSeeds()
        for issue in seeds.issues {
            let labels = issue.bands.map(\.label)
            for (i, low) in labels.enumerated() {
                for high in labels[(i + 1)...] {
                    let lines = BandCell.lines(low: low, high: high, width: width)
                    #expect(lines.allSatisfy { $0.count <= width }, "\(width): \(lines)")
                    let text = lines.joined(separator: " ")
                    #expect(text.hasPrefix(String(low.prefix(3))), "\(width): \(lines) lacks \(low)")
                    let second = lines.count == 1 ? text.components(separatedBy: " / ").last ?? "" : String(lines[1].dropFirst(2))
                    #expect(lines.count == 1 ? text.contains(" / ") : lines[1].hasPrefix("/ "))
                    #expect(second.hasPrefix(String(high.prefix(min(3, width - 3)))), "\(width): \(lines) lacks \(high)")
                }
            }
        }
    }

    /// `show` at the widths the REPL tests: every line fits, and each row whose ± crosses a
    /// boundary shows its lowest and highest band, on its line or the next.
    @Test(arguments: [60, 80, 100])
    func showFitsBothBands(width: Int) throws {
        let seeds = try loadBundledSeeds()
        for snapshot in seeds.snapshots {
            let rows = StanceView.rows(seeds, snapshot: snapshot)
            let table = StanceTable.render(rows, title: "t", width: width)
            let lines = table.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(lines.allSatisfy { $0.count <= width })
            let bandStart = try #require(lines[1].range(of: "band")).lowerBound
            let column = lines[1].distance(from: lines[1].startIndex, to: bandStart)
            var index = 2
            for row in rows {
                let line = lines[index]
                #expect(line.hasPrefix(row.actor), "\(width) \(snapshot.date): \(line)")
                let cell = String(line.dropFirst(column))
                if row.bands.count > 1, let low = row.bands.first, let high = row.bands.last {
                    #expect(cell.hasPrefix(String(low.prefix(3))), "\(width): \(line)")
                    let next = index + 1 < lines.count ? lines[index + 1] : ""
                    if next.hasPrefix(" ") {
                        #expect(next.dropFirst(column).hasPrefix("/ " + high.prefix(3)), "\(width): \(next)")
                        index += 1
                    } else {
                        #expect(cell.contains(" / " + high.prefix(3)), "\(width): \(line)")
                    }
                }
                index += 1
            }
        }
    }
}
