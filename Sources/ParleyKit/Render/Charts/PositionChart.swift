/// `chart ISSUE`: every actor's position on one issue across a branch's steps, drawn in
/// braille, with a tick and number per step on the time axis, the actors named at the right
/// where their lines end, and a legend of steps and values.
///
///     100 ┤
///         │⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉ RU
///      …
///       0 ┤⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀ UA
///         └┬────────────────┬────────────────┬
///          0                1                2
///
/// A position holds until the step that moves it, so each line is a staircase whose jumps sit
/// above the step that caused them.
public struct PositionChart {
    public struct Series: Sendable {
        public var actor: String
        /// One value per point: the baseline, then each step; 0–100.
        public var values: [Double]
    }

    /// One point of the branch: the baseline, then each step.
    public struct Point {
        public var date: CalendarDate
        public var label: String
    }

    public var title: String
    public var series: [Series]
    public var points: [Point]
    /// Total columns available.
    public var width: Int
    public var color: Bool

    static let plotRows = 12
    static let axisWidth = 5  // "100 ┤"
    static let palette = [31, 34, 32, 33, 35, 36, 91, 94, 92, 93, 95, 96]

    public init(title: String, series: [Series], points: [Point], width: Int, color: Bool) {
        self.title = title
        self.series = series
        self.points = points
        self.width = width
        self.color = color
    }

    public func render() -> String {
        let ends = endLabels()
        let labelWidth = ends.values.map { $0.map(\.count).reduce(0, +) + $0.count - 1 }.max() ?? 0
        let columns = max(16, min(100, width - Self.axisWidth - 1 - labelWidth))
        var canvas = BrailleCanvas(columns: columns, rows: Self.plotRows)
        let xs = dotColumns(canvas.dotWidth)
        for (owner, line) in series.enumerated() {
            var previous = (x: xs[0], y: dotRow(line.values[0], canvas.dotHeight))
            if points.count == 1 { canvas.line(from: previous, to: (canvas.dotWidth - 1, previous.y), owner: owner) }
            for k in 1..<max(1, points.count) {
                let next = (x: xs[k], y: dotRow(line.values[k], canvas.dotHeight))
                canvas.line(from: previous, to: (next.x, previous.y), owner: owner)
                canvas.line(from: (next.x, previous.y), to: next, owner: owner)
                previous = next
            }
        }
        var text = title.split(separator: "\n").map { clip(String($0)) + "\n" }.joined()
        let ticks = [100, 75, 50, 25, 0].reduce(into: [Int: Int]()) { $0[dotRow(Double($1), canvas.dotHeight) / 4] = $1 }
        for row in 0..<Self.plotRows {
            var line = ticks[row].map { pad(String($0), 3) + " ┤" } ?? "    │"
            // One colour code per run of cells with the same owner, not per cell.
            var run = "", runOwner: Int? = nil
            for cell in canvas.row(row) {
                if cell.owner != runOwner, !run.isEmpty { line += paint(run, runOwner); run = "" }
                run.append(cell.character)
                runOwner = cell.owner
            }
            line += paint(run, runOwner)
            if let names = ends[row] {
                line += " " + names.map { paint($0, ownerOf($0)) }.joined(separator: ",")
            }
            text += line.trimmingTrailingBlanks() + "\n"
        }
        text += axis(xs, columns: columns)
        text += legend()
        return text
    }

    /// The time axis: a tick per point, and the point numbers under it where they fit.
    func axis(_ xs: [Int], columns: Int) -> String {
        var rule = Array(filling: Character("─"), count: columns)
        var numbers = Array(filling: Character(" "), count: columns + 4)
        var free = 0
        for (k, x) in xs.enumerated() {
            let column = x / 2
            rule[column] = "┬"
            let label = String(k)
            guard column >= free else { continue }
            for (offset, character) in label.enumerated() { numbers[column + offset] = character }
            free = column + label.count + 1
        }
        return "    └" + String(rule) + "\n" + ("     " + String(numbers)).trimmingTrailingBlanks() + "\n"
    }

    /// The steps with their dates, then each actor's first and last value.
    func legend() -> String {
        var text = ""
        for (k, point) in points.enumerated() {
            let line = "  \(pad(String(k), String(points.count - 1).count))  \(point.date)  \(point.label)"
            text += clip(line) + "\n"
        }
        var cells: [String] = []
        var plain: [String] = []
        for (owner, line) in series.enumerated() {
            let values = "\(Figures.points(line.values.first ?? 0)) → \(Figures.points(line.values.last ?? 0))"
            plain.append("\(line.actor) \(values)")
            cells.append(paint(line.actor, owner) + " " + values)
        }
        // As many actors per line as fit, each padded to the widest.
        let cellWidth = (plain.map(\.count).max() ?? 0) + 3
        let perLine = max(1, (width - 2) / cellWidth)
        for start in stride(from: 0, to: cells.count, by: perLine) {
            let chunk = start..<min(cells.count, start + perLine)
            text += "  " + chunk.map { cells[$0] + String(repeating: " ", count: cellWidth - plain[$0].count) }
                .joined().trimmingTrailingBlanks() + "\n"
        }
        return text
    }

    /// Actors named at the row where their line ends, several to a row where they meet.
    func endLabels() -> [Int: [String]] {
        var labels: [Int: [String]] = [:]
        for line in series {
            labels[dotRow(line.values.last ?? 0, Self.plotRows * 4) / 4, default: []].append(line.actor)
        }
        return labels
    }

    func ownerOf(_ actor: String) -> Int? { series.firstIndex { $0.actor == actor } }

    /// Evenly spaced dot columns for the points, the last at the right edge.
    func dotColumns(_ dotWidth: Int) -> [Int] {
        guard points.count > 1 else { return [0] }
        let steps = points.count - 1
        return (0...steps).map { Int((Double($0 * (dotWidth - 1)) / Double(steps)).rounded()) }
    }

    func dotRow(_ value: Double, _ dotHeight: Int) -> Int {
        Int(((100 - min(100, max(0, value))) / 100 * Double(dotHeight - 1)).rounded())
    }

    func paint(_ text: String, _ owner: Int?) -> String {
        guard color, let owner else { return text }
        return "\u{1B}[\(Self.palette[owner % Self.palette.count])m\(text)\u{1B}[0m"
    }

    func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    func clip(_ line: String) -> String {
        line.count <= width ? line : String(line.prefix(width - 1)) + "…"
    }
}
