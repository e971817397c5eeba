import Foundation

/// A scenario in KTAB's CSV format, read and checked.
///
/// The format: line 1 `name, description, nActors, nDims` (further fields ignored), line 2 a
/// header, then one row per actor `name, description, capability, pos1, sal1, pos2, sal2, …`
/// with positions and saliences on a 0–100 scale. Blank lines are skipped. Every problem is
/// reported as a ``Diagnostic`` pointing at the offending field.
public struct KTABScenario: Sendable, Hashable {
    /// One actor row.
    public struct Actor: Sendable, Hashable {
        public var name: String
        public var description: String
        public var capability: Double
        /// One per dimension, 0–100.
        public var positions: [Double]
        /// One per dimension, 0–100, summing to at most 100.
        public var saliences: [Double]

        public init(name: String, description: String, capability: Double, positions: [Double], saliences: [Double]) {
            self.name = name
            self.description = description
            self.capability = capability
            self.positions = positions
            self.saliences = saliences
        }
    }

    public var name: String
    public var description: String
    /// Names of the dimensions, from the header's position columns ("Dim0 Position" → "Dim0").
    public var dimensionNames: [String]
    public var actors: [Actor]

    /// Fewest and most actors a scenario may declare (the model's documented range).
    public static let actorRange = 3...250
    /// Fewest and most dimensions; the bound keeps the column arithmetic far from overflow.
    public static let dimensionRange = 1...1000

    public init(name: String, description: String, dimensionNames: [String], actors: [Actor]) {
        self.name = name
        self.description = description
        self.dimensionNames = dimensionNames
        self.actors = actors
    }

    /// The scenario as the model's input: values divided by 100, no accommodation.
    public func bargainingState() throws(BargainingStateError) -> BargainingState {
        try BargainingState(
            capabilities: actors.map(\.capability),
            positions: actors.map { $0.positions.map { $0 / 100 } },
            saliences: actors.map { $0.saliences.map { $0 / 100 } })
    }

    /// Reads and parses the file at `path`; `file` (default: the path) names it in diagnostics.
    public static func load(contentsOf path: String, file: String? = nil) throws(Diagnostic) -> KTABScenario {
        try TextFile.parsing(path, shownAs: file) { text, file throws(Diagnostic) in try parse(text, file: file) }
    }

    /// Parses KTAB CSV text; `file` names the source in diagnostics.
    public static func parse(_ text: String, file: String) throws(Diagnostic) -> KTABScenario {
        var reader = LineReader(text: text, file: file)
        guard let first = try reader.next() else {
            throw Diagnostic(
                "empty file: expected a KTAB scenario line 'name, description, actors, dimensions'",
                at: SourceLocation(file: file, line: 1, column: 1), sourceLine: "")
        }
        guard first.fields.count >= 4 else {
            throw first.errorAtEnd(
                "expected 'name, description, actors, dimensions' but found \(first.fields.count) "
                    + (first.fields.count == 1 ? "field" : "fields"), file: file)
        }
        let countField = first.fields[2]
        guard let actorCount = Int(countField.text), actorRange.contains(actorCount) else {
            throw first.error(
                "number of actors must be a whole number from \(actorRange.lowerBound) to \(actorRange.upperBound), "
                    + "found '\(countField.text)'", at: countField, file: file)
        }
        let dimensionField = first.fields[3]
        guard let dimensionCount = Int(dimensionField.text), dimensionRange.contains(dimensionCount) else {
            throw first.error(
                "number of dimensions must be a whole number from \(dimensionRange.lowerBound) to \(dimensionRange.upperBound), "
                    + "found '\(dimensionField.text)'",
                at: dimensionField, file: file)
        }
        let columns = 3 + 2 * dimensionCount
        let columnsText = "3 + 2×\(dimensionCount) = \(columns)"
        guard let header = try reader.next() else {
            throw Diagnostic(
                "missing header row after line 1", at: SourceLocation(file: file, line: first.number + 1, column: 1),
                sourceLine: "")
        }
        guard header.fields.count >= columns else {
            throw header.errorAtEnd(
                "header has \(header.fields.count) columns; \(dimensionCount) "
                    + (dimensionCount == 1 ? "dimension needs " : "dimensions need ") + columnsText, file: file)
        }
        let dimensionNames = (0..<dimensionCount).map { dimension in
            Self.dimensionName(header.fields[3 + 2 * dimension].text, index: dimension)
        }

        var actors: [Actor] = []
        var firstLineOfName: [String: Int] = [:]
        while let row = try reader.next() {
            guard actors.count < actorCount else {
                throw row.error(
                    "more actor rows than the \(actorCount) declared on line \(first.number)",
                    at: row.fields[0], file: file)
            }
            let actor = try parseActor(row, dimensions: dimensionCount, columnsText: columnsText, file: file)
            if let earlier = firstLineOfName[actor.name] {
                throw row.error("duplicate actor name '\(actor.name)' (first on line \(earlier))", at: row.fields[0], file: file)
            }
            firstLineOfName[actor.name] = row.number
            actors.append(actor)
        }
        guard actors.count == actorCount else {
            throw first.error(
                "line \(first.number) declares \(actorCount) actors but the file has \(actors.count) actor "
                    + (actors.count == 1 ? "row" : "rows"), at: countField, file: file)
        }
        return KTABScenario(name: first.fields[0].text, description: first.fields[1].text,
                            dimensionNames: dimensionNames, actors: actors)
    }

    private static func parseActor(
        _ row: KTABCSVLine, dimensions: Int, columnsText: String, file: String
    ) throws(Diagnostic) -> Actor {
        let columns = 3 + 2 * dimensions
        let expectation = "expected \(columnsText) fields (name, description, capability, then position and salience "
            + "for each dimension)"
        guard row.fields.count >= columns else {
            throw row.errorAtEnd("\(expectation), found \(row.fields.count)", file: file)
        }
        if let extra = row.fields[columns...].first(where: { !$0.isBlank }) {
            let found = row.fields.lastIndex(where: { !$0.isBlank })! + 1
            throw row.error("\(expectation), found \(found)", at: extra, file: file)
        }
        let nameField = row.fields[0]
        guard !nameField.isBlank else { throw row.error("actor name is empty", at: nameField, file: file) }
        let capabilityField = row.fields[2]
        let capability = try number(capabilityField, what: "capability", in: row, file: file)
        guard capability > 0 && capability <= BargainingState.maximumCapability else {
            throw row.error(
                "capability must be greater than 0 and at most 1e12, found '\(capabilityField.text)'",
                at: capabilityField, file: file)
        }
        var positions: [Double] = []
        var saliences: [Double] = []
        for dimension in 0..<dimensions {
            let positionField = row.fields[3 + 2 * dimension]
            let salienceField = row.fields[4 + 2 * dimension]
            let position = try number(positionField, what: "position", in: row, file: file)
            let salience = try number(salienceField, what: "salience", in: row, file: file)
            for (value, field, what) in [(position, positionField, "position"), (salience, salienceField, "salience")]
            where !(0...100).contains(value) {
                throw row.error("\(what) \(field.text) is outside 0–100", at: field, file: file)
            }
            positions.append(position)
            saliences.append(salience)
        }
        let total = saliences.reduce(0, +)
        // L18: saliences typed with four decimals (6 × 16.6667 = 100.0002) are rounding, not
        // an error: up to 100.01 they are scaled down to sum to exactly 100.
        if total > 100, total <= 100 + Self.salienceRounding {
            saliences = saliences.map { $0 * 100 / total }
        } else if total > 100 {
            let firstSalience = row.fields[4]
            let lastSalience = row.fields[columns - 1]
            throw Diagnostic(
                "saliences sum to \(Self.preciseNumber(total)), more than 100",
                at: SourceLocation(file: file, line: row.number, column: firstSalience.column), sourceLine: row.text,
                length: lastSalience.column + lastSalience.length - firstSalience.column)
        }
        return Actor(name: nameField.text, description: row.fields[1].text, capability: capability,
                     positions: positions, saliences: saliences)
    }

    /// A plain decimal number (`12`, `-3.5`, `.25`, `1e2`); no `nan`, `inf` or hexadecimal.
    private static func number(
        _ field: KTABCSVLine.Field, what: String, in row: KTABCSVLine, file: String
    ) throws(Diagnostic) -> Double {
        guard isDecimal(field.text), let value = Double(field.text), value.isFinite else {
            let found = field.isBlank ? "an empty field" : "'\(field.text)'"
            throw row.error("\(what) must be a number, found \(found)", at: field, file: file)
        }
        return value
    }

    private static func isDecimal(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let sign = scalars.first, sign == "+" || sign == "-" { scalars = scalars.dropFirst() }
        var digits = 0
        var sawPoint = false
        while let scalar = scalars.first, scalar != "e" && scalar != "E" {
            if scalar == "." && !sawPoint {
                sawPoint = true
            } else if ("0"..."9").contains(scalar) {
                digits += 1
            } else {
                return false
            }
            scalars = scalars.dropFirst()
        }
        guard digits > 0 else { return false }
        guard !scalars.isEmpty else { return true }
        scalars = scalars.dropFirst()  // the exponent marker
        if let sign = scalars.first, sign == "+" || sign == "-" { scalars = scalars.dropFirst() }
        return !scalars.isEmpty && scalars.allSatisfy { ("0"..."9").contains($0) }
    }

    private static func dimensionName(_ header: String, index: Int) -> String {
        var name = header
        for suffix in [" Position", " position", " Pstn", "Position", "Pstn"] where name.hasSuffix(suffix) {
            name = KTABCSVLine.trimmingBlanks(String(name.dropLast(suffix.count)))
            break
        }
        return name.isEmpty ? "Dim\(index)" : name
    }

    /// How far above 100 a row's saliences may sum and still count as rounding.
    public static let salienceRounding = 0.01

    /// The value to four decimals, so a sum just over 100 does not read as "100".
    private static func preciseNumber(_ value: Double) -> String {
        let rounded = (value * 10_000).rounded() / 10_000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    private static func shortNumber(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// Hands out the non-blank lines of the text, split into fields, with 1-based line numbers.
    private struct LineReader {
        let lines: [Substring]
        let file: String
        var index = 0

        init(text: String, file: String) {
            var body = Substring(text)
            if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
            // \r\n, \n and a lone \r all end a line; Character treats \r\n as one.
            lines = body.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            self.file = file
        }

        mutating func next() throws(Diagnostic) -> KTABCSVLine? {
            while index < lines.count {
                let line = try KTABCSVLine(String(lines[index]), number: index + 1, file: file)
                index += 1
                if !line.isBlank { return line }
            }
            return nil
        }
    }
}
