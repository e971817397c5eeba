/// Reads JSON text into ``JSONDocument`` values, tracking line and column (1-based, in
/// Unicode scalars, as ``DiagnosticRenderer`` counts them).
///
///     var parser = JSONParser(text: "[true]", file: "x.json")
///     try parser.document()
struct JSONParser {
    private let scalars: [Unicode.Scalar]
    private let file: String
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0
    /// Line texts already cut out, by the index of their first scalar.
    private var lines: [Int: String] = [:]

    init(text: String, file: String) {
        scalars = Array(text.unicodeScalars)
        self.file = file
    }

    mutating func document() throws(Diagnostic) -> JSONDocument {
        skipBlanks()
        guard index < scalars.count else { throw error("empty file: expected a JSON object") }
        let value = try parseValue()
        skipBlanks()
        if index < scalars.count { throw error("unexpected '\(shown(scalars[index]))' after the end of the JSON value") }
        return value
    }

    // MARK: values

    private mutating func parseValue() throws(Diagnostic) -> JSONDocument {
        skipBlanks()
        guard index < scalars.count else { throw error("unexpected end of file: expected a value") }
        let start = here()
        switch scalars[index] {
        case "{": return try parseObject(start)
        case "[": return try parseArray(start)
        case "\"":
            let text = try parseString()
            return make(.string(text), start)
        case "t": return try literal("true", .bool(true), start)
        case "f": return try literal("false", .bool(false), start)
        case "n": return try literal("null", .null, start)
        case "-", "0"..."9": return try parseNumber(start)
        default:
            throw error("unexpected '\(shown(scalars[index]))': expected a value (object, array, string, number, true, false or null)")
        }
    }

    private mutating func parseObject(_ start: Mark) throws(Diagnostic) -> JSONDocument {
        try enter()
        index += 1
        var members: [(key: String, keyLocation: SourceLocation, value: JSONDocument)] = []
        skipBlanks()
        if peek("}") {
            index += 1
            depth -= 1
            return make(.object(members), start)
        }
        while true {
            skipBlanks()
            guard peek("\"") else { throw error(index < scalars.count ? "expected a member name in double quotes" : "unexpected end of file inside an object") }
            let keyMark = here()
            let key = try parseString()
            skipBlanks()
            guard peek(":") else { throw error("expected ':' after the member name \"\(key)\"") }
            index += 1
            let value = try parseValue()
            members.append((key, location(keyMark), value))
            skipBlanks()
            if peek(",") { index += 1; continue }
            if peek("}") { index += 1; break }
            throw error(index < scalars.count ? "expected ',' or '}' in an object" : "unexpected end of file: expected '}' to close the object opened at \(start.line):\(start.column)")
        }
        depth -= 1
        return make(.object(members), start)
    }

    private mutating func parseArray(_ start: Mark) throws(Diagnostic) -> JSONDocument {
        try enter()
        index += 1
        var items: [JSONDocument] = []
        skipBlanks()
        if peek("]") {
            index += 1
            depth -= 1
            return make(.array(items), start)
        }
        while true {
            items.append(try parseValue())
            skipBlanks()
            if peek(",") { index += 1; continue }
            if peek("]") { index += 1; break }
            throw error(index < scalars.count ? "expected ',' or ']' in an array" : "unexpected end of file: expected ']' to close the array opened at \(start.line):\(start.column)")
        }
        depth -= 1
        return make(.array(items), start)
    }

    private mutating func parseString() throws(Diagnostic) -> String {
        index += 1  // opening quote
        var text = String.UnicodeScalarView()
        while true {
            guard index < scalars.count else { throw error("unexpected end of file inside a string") }
            let scalar = scalars[index]
            if scalar == "\"" { index += 1; return String(text) }
            if scalar == "\n" || scalar.value < 0x20 { throw error("control character in a string (escape it, e.g. \\n)") }
            if scalar == "\\" {
                index += 1
                guard index < scalars.count else { throw error("unexpected end of file inside a string") }
                switch scalars[index] {
                case "\"": text.append("\"")
                case "\\": text.append("\\")
                case "/": text.append("/")
                case "b": text.append("\u{08}")
                case "f": text.append("\u{0C}")
                case "n": text.append("\n")
                case "r": text.append("\r")
                case "t": text.append("\t")
                case "u":
                    text.append(try parseUnicodeEscape())
                    continue
                default: throw error("unknown escape '\\\(shown(scalars[index]))' in a string")
                }
                index += 1
                continue
            }
            text.append(scalar)
            index += 1
        }
    }

    /// `\uXXXX`, with surrogate pairs joined; leaves `index` after the escape.
    private mutating func parseUnicodeEscape() throws(Diagnostic) -> Unicode.Scalar {
        func hex(_ parser: inout JSONParser) throws(Diagnostic) -> UInt32 {
            parser.index += 1  // the 'u'
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard parser.index < parser.scalars.count,
                      let digit = UInt32(String(parser.scalars[parser.index]), radix: 16)
                else { throw parser.error("expected four hex digits after \\u") }
                value = value * 16 + digit
                parser.index += 1
            }
            return value
        }
        let first = try hex(&self)
        if (0xD800..<0xDC00).contains(first) {
            guard index + 1 < scalars.count, scalars[index] == "\\", scalars[index + 1] == "u" else {
                throw error("unpaired surrogate in \\u escape")
            }
            index += 1
            let second = try hex(&self)
            guard (0xDC00..<0xE000).contains(second) else { throw error("unpaired surrogate in \\u escape") }
            return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
        }
        guard let scalar = Unicode.Scalar(first) else { throw error("unpaired surrogate in \\u escape") }
        return scalar
    }

    private mutating func parseNumber(_ start: Mark) throws(Diagnostic) -> JSONDocument {
        let begin = index
        if peek("-") { index += 1 }
        guard index < scalars.count, ("0"..."9").contains(scalars[index]) else { throw error("expected a digit in a number") }
        if peek("0") { index += 1 } else { while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 } }
        if peek(".") {
            index += 1
            guard index < scalars.count, ("0"..."9").contains(scalars[index]) else { throw error("expected a digit after the decimal point") }
            while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
        }
        if peek("e") || peek("E") {
            index += 1
            if peek("+") || peek("-") { index += 1 }
            guard index < scalars.count, ("0"..."9").contains(scalars[index]) else { throw error("expected a digit in the exponent") }
            while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
        }
        let text = String(String.UnicodeScalarView(scalars[begin..<index]))
        guard let value = Double(text) else { throw error("'\(text)' is not a number") }
        return make(.number(value, text: text), start)
    }

    private mutating func literal(_ word: String, _ kind: JSONDocument.Kind, _ start: Mark) throws(Diagnostic) -> JSONDocument {
        let expected = Array(word.unicodeScalars)
        guard index + expected.count <= scalars.count, Array(scalars[index..<index + expected.count]) == expected else {
            throw error("unexpected '\(shown(scalars[index]))': expected a value (object, array, string, number, true, false or null)")
        }
        index += expected.count
        return make(kind, start)
    }

    // MARK: positions

    private struct Mark { var index: Int; var line: Int; var column: Int; var lineStart: Int }

    private func here() -> Mark { Mark(index: index, line: line, column: index - lineStart + 1, lineStart: lineStart) }

    private func location(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }

    private mutating func make(_ kind: JSONDocument.Kind, _ start: Mark) -> JSONDocument {
        // Containers underline their opening bracket; scalars their whole token (on one line).
        let length: Int
        switch kind {
        case .object, .array: length = 1
        default: length = max(1, index - start.index)
        }
        return JSONDocument(kind: kind, location: location(start), length: length, sourceLine: lineText(startingAt: start.lineStart))
    }

    private mutating func enter() throws(Diagnostic) {
        depth += 1
        if depth > JSONDocument.maximumDepth { throw error("arrays and objects nested more than \(JSONDocument.maximumDepth) deep") }
    }

    private mutating func skipBlanks() {
        while index < scalars.count {
            switch scalars[index] {
            case "\n":
                index += 1
                line += 1
                lineStart = index
            case " ", "\t", "\r": index += 1
            default: return
            }
        }
    }

    private func peek(_ scalar: Unicode.Scalar) -> Bool { index < scalars.count && scalars[index] == scalar }

    /// The whole line that starts at scalar `start`.
    private mutating func lineText(startingAt start: Int) -> String {
        if let known = lines[start] { return known }
        var end = start
        while end < scalars.count, scalars[end] != "\n" { end += 1 }
        var line = String.UnicodeScalarView(scalars[start..<end])
        if line.last == "\r" { line.removeLast() }
        lines[start] = String(line)
        return String(line)
    }

    private func shown(_ scalar: Unicode.Scalar) -> String { DiagnosticRenderer.printable(scalar) }

    private mutating func error(_ message: String) -> Diagnostic {
        let clamped = min(index, scalars.count)
        return Diagnostic(message, at: SourceLocation(file: file, line: line, column: clamped - lineStart + 1),
                          sourceLine: lineText(startingAt: lineStart))
    }
}
