import Testing
@testable import ParleyKit

@Suite("chart")
struct ChartTests {
    static func chart(color: Bool, width: Int = 80) -> String {
        let date = CalendarDate(year: 2025, month: 7, day: 23)!
        return PositionChart(
            title: "t",
            series: [.init(actor: "RU", values: [90, 90, 60]), .init(actor: "UA", values: [5, 20, 20])],
            points: [.init(date: date, label: "baseline"), .init(date: date, label: "one"), .init(date: date, label: "two")],
            width: width, color: color).render()
    }

    @Test func fitsTheWidthAndMarksEveryStep() {
        for width in [40, 80, 120] {
            let text = Self.chart(color: false, width: width)
            #expect(text.split(separator: "\n").allSatisfy { $0.count <= width }, "width \(width)")
            let axis = text.split(separator: "\n").first { $0.hasPrefix("    └") }!
            #expect(axis.filter { $0 == "┬" }.count == 3)
        }
    }

    @Test func namesActorsWhereTheirLinesEnd() {
        let lines = Self.chart(color: false).split(separator: "\n").map(String.init)
        // 60 ends on the row holding dot 19 (of 48); 20 on the row holding dot 38.
        #expect(lines[1 + 19 / 4].hasSuffix(" RU"))
        #expect(lines[1 + 38 / 4].hasSuffix(" UA"))
        #expect(lines.contains { $0.contains("RU 90.0 → 60.0") })
    }

    @Test func colourOnlyWhenAsked() {
        #expect(!Self.chart(color: false).contains("\u{1B}["))
        #expect(Self.chart(color: true).contains("\u{1B}[31m"))
    }

    @Test func brailleLinesJoinTheirEnds() {
        var canvas = BrailleCanvas(columns: 2, rows: 1)
        canvas.line(from: (0, 0), to: (3, 3), owner: 0)
        #expect(canvas.row(0).map(\.character) == ["⠑", "⢄"])
    }
}
