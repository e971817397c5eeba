/// Splits the arguments of one command line into words, `key=value` options, `--flags`,
/// quoted strings, comma lists, dates and durations.
///
///     apply summit between=US,RU at=2025-08-15 note="first since 2021" --quiet
///
/// A `#` at the start of a word begins a comment. Only double quotes quote, so natural text
/// such as "Moscow's" needs no escaping.
public struct ArgumentLexer {
    let scalars: [Unicode.Scalar]
    let line: String
    let location: (file: String, line: Int)

    public init(line: String, file: String, lineNumber: Int) {
        self.line = line
        self.scalars = Array(line.unicodeScalars)
        self.location = (file, lineNumber)
    }

    /// Lexes from the 1-based `column` to the end of the line (or a comment).
    public func arguments(from column: Int) throws(Diagnostic) -> [Argument] {
        var result: [Argument] = []
        var index = column - 1
        while true {
            while index < scalars.count, Self.isSpace(scalars[index]) { index += 1 }
            if index >= scalars.count || scalars[index] == "#" { break }
            let start = index
            while index < scalars.count, !Self.isSpace(scalars[index]) {
                if scalars[index] == "\"" {
                    index = try endOfQuoted(from: index)
                } else {
                    index += 1
                }
            }
            result.append(try classify(start..<index))
        }
        return result
    }

    // MARK: - Words

    private func classify(_ range: Range<Int>) throws(Diagnostic) -> Argument {
        let column = range.lowerBound + 1
        let token = scalars[range]
        if token.starts(with: ["-", "-"]) {
            let name = text(range.lowerBound + 2..<range.upperBound)
            guard !name.isEmpty, name.unicodeScalars.allSatisfy(Self.isNameScalar) else {
                throw error("malformed flag '\(text(range))'", at: range.lowerBound, length: range.count)
            }
            return Argument(kind: .flag(name), column: column, length: range.count)
        }
        if let equals = firstUnquoted("=", in: range) {
            let key = text(range.lowerBound..<equals)
            guard !key.isEmpty else {
                throw error("missing key before '='", at: equals)
            }
            guard key.unicodeScalars.first.map(Self.isLetter) == true,
                  key.unicodeScalars.allSatisfy(Self.isNameScalar) else {
                throw error("malformed key '\(key)'", at: range.lowerBound, length: key.unicodeScalars.count)
            }
            guard equals + 1 < range.upperBound else {
                throw error("missing value after '\(key)='", at: equals)
            }
            let value = try parseValue(equals + 1..<range.upperBound)
            return Argument(kind: .option(key: key.lowercased(), value: value),
                            column: column, length: range.count, valueColumn: equals + 2)
        }
        return Argument(kind: .positional(try parseValue(range)), column: column, length: range.count)
    }

    private func parseValue(_ range: Range<Int>) throws(Diagnostic) -> ArgumentValue {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            if scalars[index] == "\"" {
                index = try endOfQuoted(from: index)
                continue
            }
            if scalars[index] == "," {
                pieces.append(start..<index)
                start = index + 1
            }
            index += 1
        }
        pieces.append(start..<range.upperBound)
        if pieces.count == 1 { return try parseScalar(range) }
        var items: [ArgumentValue] = []
        for piece in pieces {
            guard !piece.isEmpty else {
                throw error("empty item in list '\(text(range))'", at: piece.lowerBound == range.upperBound ? piece.lowerBound - 1 : piece.lowerBound)
            }
            items.append(try parseScalar(piece))
        }
        return .list(items)
    }

    private func parseScalar(_ range: Range<Int>) throws(Diagnostic) -> ArgumentValue {
        if scalars[range.lowerBound] == "\"" {
            let end = try endOfQuoted(from: range.lowerBound)
            guard end == range.upperBound else {
                throw error("unexpected text after closing quote", at: end)
            }
            return .string(try unescape(range.lowerBound + 1..<end - 1))
        }
        if let quote = scalars[range].firstIndex(of: "\"") {
            throw error("a quote may only start a value; put the whole value in quotes", at: quote)
        }
        let word = text(range)
        if CalendarDate.looksLikeDate(word) {
            guard let date = CalendarDate(parsing: word) else {
                throw error("no such date '\(word)'", at: range.lowerBound, length: range.count)
            }
            return .date(date)
        }
        if Self.looksLikeNumber(word), let number = Double(word) {
            return .number(number, text: word)
        }
        if let span = TimeSpan(parsing: word) {
            return .duration(span)
        }
        if TimeSpan.looksLikeDuration(word) {
            throw error("duration '\(word)' is too long; a duration has at most \(TimeSpan.maximumDigits) digits",
                        at: range.lowerBound, length: range.count)
        }
        return .word(word)
    }

    // MARK: - Quotes

    /// Index just past the closing quote of the string that opens at `start`.
    private func endOfQuoted(from start: Int) throws(Diagnostic) -> Int {
        var index = start + 1
        while index < scalars.count {
            switch scalars[index] {
            case "\\": index += 2
            case "\"": return index + 1
            default: index += 1
            }
        }
        throw error("unterminated string; add a closing '\"'", at: start)
    }

    private func unescape(_ range: Range<Int>) throws(Diagnostic) -> String {
        var out = String.UnicodeScalarView()
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = scalars[index]
            if scalar == "\\" {
                let next = scalars[index + 1]
                switch next {
                case "\"", "\\": out.append(next)
                case "n": out.append("\n")
                case "t": out.append("\t")
                default:
                    throw error("unknown escape '\\\(next)' in string; write '\\\\' for a backslash", at: index, length: 2)
                }
                index += 2
            } else {
                out.append(scalar)
                index += 1
            }
        }
        return String(out)
    }

    private func firstUnquoted(_ target: Unicode.Scalar, in range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound {
            if scalars[index] == "\"" {
                // Quotes were checked for termination when the token was read.
                index = (try? endOfQuoted(from: index)) ?? range.upperBound
                continue
            }
            if scalars[index] == target { return index }
            index += 1
        }
        return nil
    }

    // MARK: - Helpers

    /// The scalars in `range` as a string, built from UTF-8 bytes: appending scalar by scalar to
    /// a `String.UnicodeScalarView` cost more than all the rest of lexing.
    private func text(_ range: Range<Int>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count)
        for scalar in scalars[range] {
            if scalar.isASCII {
                bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                bytes.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func error(_ message: String, at index: Int, length: Int = 1) -> Diagnostic {
        Diagnostic(message, at: SourceLocation(file: location.file, line: location.line, column: index + 1),
                   sourceLine: line, length: length)
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
    }

    /// Plain decimals only: `Double("inf")` or `Double("0x1p3")` must stay words.
    static func looksLikeNumber(_ word: String) -> Bool {
        var body = Substring(word)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count <= 2, !body.isEmpty, body != "." else { return false }
        return parts.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
    }
}
