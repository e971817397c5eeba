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
            svg += "<text x=\"\(n(xx))\" y=\"\(n(Self.bottom + 18))\" text-anchor=\"middle\" class=\"tick\">\(k)</text>\n"
        }
        svg += "<line x1=\"\(n(Self.left))\" y1=\"\(n(Self.bottom))\" x2=\"\(n(Self.right))\" y2=\"\(n(Self.bottom))\" class=\"axis\"/>\n"
        svg += "<text x=\"\(n((Self.left + Self.right) / 2))\" y=\"\(n(Self.bottom + 36))\" text-anchor=\"middle\" class=\"tick\">step (0 = baseline)</text>\n"
        for (index, series) in chart.series.enumerated() {
            let style = styleAttributes(index)
            svg += "<polyline points=\"\(staircase(series.values))\" fill=\"none\" stroke-width=\"2\"\(style)/>\n"
            let rowY = Self.top + 6 + Double(index) * 18
            svg += "<line x1=\"\(n(Self.right + 14))\" y1=\"\(n(rowY))\" x2=\"\(n(Self.right + 40))\" y2=\"\(n(rowY))\" stroke-width=\"2\"\(style)/>"
            let first = series.values.first ?? 0, last = series.values.last ?? 0
            let values = Figures.points(first) == Figures.points(last)
                ? Figures.points(last) : "\(Figures.points(first)) → \(Figures.points(last))"
            svg += "<text x=\"\(n(Self.right + 46))\" y=\"\(n(rowY + 4))\" class=\"legend\">\(XMLText.escape(series.actor)) \(XMLText.escape(values))</text>\n"
        }
        svg += "</svg>"
        return svg
    }

    private func styleAttributes(_ index: Int) -> String {
        let color = Self.colors[index % Self.colors.count]
        let dash = Self.dashes[(index / Self.colors.count + index) % Self.dashes.count]
        return " stroke=\"\(color)\"" + (dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"")
    }

    /// Horizontal to each step's tick, then vertical to the new value.
    private func staircase(_ values: [Double]) -> String {
        guard let first = values.first else { return "" }
        if values.count == 1 { return "\(n(x(0))),\(n(y(first))) \(n(Self.right)),\(n(y(first)))" }
        var points = ["\(n(x(0))),\(n(y(first)))"]
        for k in 1..<values.count {
            points.append("\(n(x(k))),\(n(y(values[k - 1])))")
            points.append("\(n(x(k))),\(n(y(values[k])))")
        }
        return points.joined(separator: " ")
    }

    private func x(_ k: Int) -> Double {
        let count = chart.dates.count
        return count <= 1 ? Self.left : Self.left + Double(k) * (Self.right - Self.left) / Double(count - 1)
    }

    private func y(_ value: Double) -> Double {
        Self.bottom - min(100, max(0, value)) / 100 * (Self.bottom - Self.top)
    }

    private func n(_ value: Double) -> String { Figures.fixed(value, 1) }
}
