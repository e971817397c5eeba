import Testing
@testable import ParleyKit

@Suite("tables and figures")
struct TableTextTests {
    @Test(arguments: [
        (85.0, 1, "85.0"), (0.125, 2, "0.13"), (-0.04, 1, "0.0"), (-0.05, 1, "-0.1"),
        (-2.25, 1, "-2.3"), (0, 0, "0"), (7.5, 0, "8"), (0.004, 2, "0.00"), (123456.789, 2, "123456.79"),
    ])
    func figures(value: Double, decimals: Int, expected: String) {
        #expect(Figures.fixed(value, decimals) == expected)
    }

    @Test func figuresNeverTrapOnValuesBeyondDigits() {
        #expect(Figures.fixed(.nan, 1) == "nan")
        #expect(Figures.fixed(-.infinity, 1) == "-inf")
        #expect(Figures.fixed(1e300, 1) == "1e+300")
    }

    @Test func roundedAgreesWithTheShownFigure() {
        for value in stride(from: -3.0, through: 3.0, by: 0.0125) {
            for decimals in 0...4 {
                #expect(Figures.rounded(value, decimals) == Double(Figures.fixed(value, decimals)))
            }
        }
    }

    @Test(arguments: [
        ("RU", 2), ("003 “Russia insists”", 20), ("Zürich", 6), ("e\u{301}te\u{301}", 3),
        ("a\r\nb", 3), ("🇺🇦 UA", 4), ("↑3.5", 4), ("⠁⠂", 2), ("", 0),
    ])
    func charactersAgreeWithSwift(text: String, expected: Int) {
        #expect(DisplayWidth.characters(Array(text.utf8)[...]) == expected)
        #expect(text.count == expected)
    }

    @Test func columnsAlignAndTheLastIsNotPadded() {
        var table = TableText(columns: 3)
        table.addRow(["actor", "position", "note"])
        table.add("RU"); table.addFixed(90, decimals: 1); table.add("")
        table.add("UA"); table.addFixed(5, decimals: 1); table.add("holds")
        #expect(table.render(layout: .init(rightAligned: [1])) == """
            actor  position  note
            RU         90.0
            UA          5.0  holds

            """)
    }

    @Test func tooWideTablesCutCellsOnCharacterBoundaries() {
        var table = TableText(columns: 2)
        table.addRow(["id", "quote"])
        table.addRow(["003", "“Russia insists on a memorandum”"])
        table.addRow(["004", "cafe\u{301} cafe\u{301} cafe\u{301}"])
        #expect(table.render(width: 16, layout: .init(shrinkable: [(1, 5)])) == """
            id   quote
            003  “Russia in…
            004  café café …

            """)
    }
}
