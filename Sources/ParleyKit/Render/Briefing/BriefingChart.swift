/// An inline SVG chart of every actor's position on one issue over a branch's steps, for the
/// HTML briefing: a staircase per actor (a position holds until a step moves it), a 0–100 axis,
/// a numbered tick per step and a legend. Colours are told apart by dash pattern too, so the
/// chart survives a black-and-white printer.
///
///     BriefingChart(chart: briefing.charts[0]).render()   // "<svg …>…</svg>"
struct BriefingChart {
    var chart: Briefing.IssueChart

    static let width = 680.0, height = 270.0
    static let left = 44.0, right = 520.0, top = 16.0, bottom = 222.0
    /// Okabe–Ito colours, readable by most colour-blind readers.
    static let colors = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#999933"]
    static let dashes = ["", "7 3", "2 3", "9 3 2 3", "4 4", "1 2", "12 4", "6 2 2 2 2 2"]

    func render() -> String {
        let count = chart.dates.count
        let label = "\(chart.issue.id): positions of \(chart.series.map(\.actor).joined(separator: ", ")) over \(count - 1) step\(count == 2 ? "" : "s")"
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(Self.width)) \(n(Self.height))\""
        svg += " width=\"100%\" role=\"img\" aria-label=\"\(XMLText.escape(label))\" class=\"chart\">\n"
        svg += "<title>\(XMLText.escape(label))</title>\n"
        for value in stride(from: 0, through: 100, by: 25) {
            let yy = y(Double(value))
            svg += "<line x1=\"\(n(Self.left))\" y1=\"\(n(yy))\" x2=\"\(n(Self.right))\" y2=\"\(n(yy))\" class=\"grid\"/>"
            svg += "<text x=\"\(n(Self.left - 6))\" y=\"\(n(yy + 4))\" text-anchor=\"end\" class=\"tick\">\(value)</text>\n"
        }
        for k in 0..<count {
            let xx = x(k)
            svg += "<line x1=\"\(n(xx))\" y1=\"\(n(Self.bottom))\" x2=\"\(n(xx))\" y2=\"\(n(Self.bottom + 5))\" class=\"axis\"/>"
            svg += "<text x=\"\(n((xx + x(k + 1)) / 2))\" y=\"\(n(Self.bottom + 18))\" text-anchor=\"middle\" class=\"tick\">\(k)</text>\n"
        }
        svg += "<line x1=\"\(n(Self.left))\" y1=\"\(n(Self.bottom))\" x2=\"\(n(Self.right))\" y2=\"\(n(Self.bottom))\" class=\"axis\"/>\n"
        svg += "<text x=\"\(n((Self.left + Self.right) / 2))\" y=\"\(n(Self.bottom + 36))\" text-anchor=\"middle\" class=\"tick\">step (0 = baseline)</text>\n"
        let offsets = Self.offsets(chart.series.map(\.values))
        for (index, series) in chart.series.enumerated() {
            let style = styleAttributes(index)
            svg += "<polyline points=\"\(staircase(series.values, offsets: offsets[index]))\" fill=\"none\" stroke-width=\"2\"\(style)/>\n"
            let rowY = Self.top + 6 + Double(index) * 18
            svg += "<line x1=\"\(n(Self.right + 14))\" y1=\"\(n(rowY))\" x2=\"\(n(Self.right + 40))\" y2=\"\(n(rowY))\" stroke-width=\"2\"\(style)/>"
            let first = series.values.first ?? 0, last = series.values.last ?? 0
            let values = Figures.points(first) == Figures.points(last)
                ? Figures.points(last) : "\(Figures.points(first)) → \(Figures.points(last))"
            svg += "<text x=\"\(n(Self.right + 46))\" y=\"\(n(rowY + 4))\" class=\"legend\">\(XMLText.escape(series.actor)) \(XMLText.escape(values))</text>\n"
        }
        svg += endLabels()
        svg += "</svg>"
        return svg
    }

    /// Pixel offsets per series and step: lines on the same value sit side by side, 3 px
    /// apart, instead of hiding one another.
    static func offsets(_ series: [[Double]]) -> [[Double]] {
        var result = series.map { [Double](filling: 0, count: $0.count) }
        let steps = series.map(\.count).max() ?? 0
        for k in 0..<steps {
            var groups: [String: [Int]] = [:]
            for (index, values) in series.enumerated() where k < values.count {
                groups[Figures.points(values[k]), default: []].append(index)
            }
            for members in groups.values where members.count > 1 {
                for (j, index) in members.enumerated() {
                    result[index][k] = (Double(j) - Double(members.count - 1) / 2) * 3
                }
            }
        }
        return result
    }

    /// Who ends where, written just above the final segment; actors on the same final value
    /// share one label ("US, EU, E3 15.0"), and labels are kept 10 px apart.
    private func endLabels() -> String {
        var groups: [(value: String, y: Double, actors: [String])] = []
        for series in chart.series {
            guard let last = series.values.last else { continue }
            let text = Figures.points(last)
            if let index = groups.firstIndex(where: { $0.value == text }) {
                groups[index].actors.append(series.actor)
            } else {
                groups.append((text, y(last), [series.actor]))
            }
        }
        groups.sort { $0.y < $1.y }
        var placed: [Double] = []
        var svg = ""
        for group in groups {
            var labelY = max(Self.top + 8, group.y - 5)
            if let previous = placed.last, labelY - previous < 10 { labelY = previous + 10 }
            placed.append(labelY)
            let text = group.actors.joined(separator: ", ") + " " + group.value
            svg += "<text x=\"\(n(Self.right - 3))\" y=\"\(n(labelY))\" text-anchor=\"end\" class=\"endlabel\">\(XMLText.escape(text))</text>\n"
        }
        return svg
    }

    private func styleAttributes(_ index: Int) -> String {
        let color = Self.colors[index % Self.colors.count]
        let dash = Self.dashes[(index / Self.colors.count + index) % Self.dashes.count]
        return " stroke=\"\(color)\"" + (dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"")
    }

    /// Each step holds its value across its own slot, the last one included, so a one-step
    /// scenario shows the move as a level change rather than a tick at the edge.
    private func staircase(_ values: [Double], offsets: [Double]) -> String {
        var points: [String] = []
        for k in values.indices {
            let level = n(y(values[k]) + offsets[k])
            points.append("\(n(x(k))),\(level)")
            points.append("\(n(x(k + 1))),\(level)")
        }
        return points.joined(separator: " ")
    }

    /// The left edge of step `k`'s slot; `x(count)` is the right edge of the plot.
    private func x(_ k: Int) -> Double {
        let count = max(1, chart.dates.count)
        return Self.left + Double(k) * (Self.right - Self.left) / Double(count)
    }

    private func y(_ value: Double) -> Double {
        Self.bottom - min(100, max(0, value)) / 100 * (Self.bottom - Self.top)
    }

    private func n(_ value: Double) -> String { Figures.fixed(value, 1) }
}
