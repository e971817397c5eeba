import Testing
@testable import ParleyKit

/// D8 and the chart items of issue 15: the final step is drawn, and equal values stay apart.
@Suite("Briefing chart")
struct BriefingChartTests {
    static func chart(_ series: [(String, [Double])]) -> BriefingChart {
        let issue = Issue(id: "ceasefire", name: "Ceasefire", zero: "now", hundred: "never", bands: [])
        let date = CalendarDate(year: 2025, month: 7, day: 23)!
        return BriefingChart(chart: Briefing.IssueChart(
            issue: issue, series: series.map { PositionChart.Series(actor: $0.0, values: $0.1) },
            dates: [CalendarDate](repeating: date, count: series[0].1.count)))
    }

    /// The points of the `index`th polyline.
    static func points(_ svg: String, _ index: Int) -> [(x: Double, y: Double)] {
        let lines = svg.split(separator: "\n").filter { $0.hasPrefix("<polyline") }
        let attribute = lines[index].split(separator: "\"")[1]
        return attribute.split(separator: " ").map { pair in
            let xy = pair.split(separator: ",").map { Double($0)! }
            return (xy[0], xy[1])
        }
    }

    @Test func aOneStepScenarioHoldsTheNewValueAcrossItsOwnSlot() {
        let svg = Self.chart([("RU", [90, 60])]).render()
        let points = Self.points(svg, 0)
        // Baseline from the left edge to the middle, then the step's value to the right edge.
        #expect(points.map(\.x) == [44, 282, 282, 520])
        #expect(points[2].y == points[3].y)
        #expect(points[0].y != points[2].y)
    }

    @Test func equalValuesAreOffsetAndLabelledTogether() {
        let svg = Self.chart([("US", [15, 15]), ("EU", [15, 15]), ("RU", [90, 90])]).render()
        let us = Self.points(svg, 0), eu = Self.points(svg, 1), ru = Self.points(svg, 2)
        #expect(us[0].y != eu[0].y)
        #expect(abs(us[0].y - eu[0].y) == 3)
        #expect(ru[0].y == 36.6)  // alone on its value: exactly at 90, no offset
        #expect(svg.contains(">US, EU 15.0</text>"))
        #expect(svg.contains(">RU 90.0</text>"))
    }
}
