/// One line of a KTAB CSV file split into fields, remembering where each field sits.
///
/// KTAB's files are loose: fields carry stray spaces, rows end in a trailing comma, and some
/// fields are quoted (`"Dummy scenario..."`, with `""` for a quote). Columns are 1-based
/// Unicode-scalar offsets, as ``DiagnosticRenderer`` counts them.
struct KTABCSVLine {
    /// A field's text (trimmed, quotes removed) and the span it came from, for error carets.
    struct Field {
        var text: String
        /// Column of the field's first non-blank character (or of the field, if blank).
        var column: Int
        /// Characters from `column` to underline; at least 1.
        var length: Int
        var isBlank: Bool { text.isEmpty }
    }

    let text: String
    let number: Int
    let fields: [Field]
    /// Column just past the last character, where a missing field would have gone.
    var endColumn: Int { text.unicodeScalars.count + 1 }

    /// Splits `text` (line number `number`) on commas outside quotes.
    init(_ text: String, number: Int, file: String) throws(Diagnostic) {
        self.text = text
        self.number = number
        let scalars = Array(text.unicodeScalars)
        if let control = ControlCharacter.first(in: scalars) {
            throw Diagnostic(control.message, at: SourceLocation(file: file, line: number, column: control.index + 1),
                             sourceLine: text)
        }
        var fields: [Field] = []
        var index = 0
        while true {
            let start = index
            var value = String.UnicodeScalarView()
            var inQuotes = false
            var quoteStart = 0
            var firstNonBlank = -1
            var lastNonBlank = -1
            while index < scalars.count {
                let scalar = scalars[index]
                if inQuotes {
                    if scalar == "\"" {
                        if index + 1 < scalars.count && scalars[index + 1] == "\"" {
                            value.append("\"")
                            index += 1
                        } else {
                            inQuotes = false
                            lastNonBlank = index
                        }
                    } else {
                        value.append(scalar)
                    }
                } else if scalar == "," {
                    break
                } else if scalar == "\"" && firstNonBlank < 0 {
                    inQuotes = true
                    quoteStart = index
                    firstNonBlank = index
                } else {
                    value.append(scalar)
                    if !Self.isBlank(scalar) {
                        if firstNonBlank < 0 { firstNonBlank = index }
                        lastNonBlank = index
                    }
                }
                index += 1
            }
            if inQuotes {
                throw Diagnostic(
                    "unterminated quoted field", at: SourceLocation(file: file, line: number, column: quoteStart + 1),
                    sourceLine: text, length: scalars.count - quoteStart)
            }
            let trimmed = Self.trimmingBlanks(String(value))
            let column = firstNonBlank >= 0 ? firstNonBlank + 1 : start + 1
            let length = firstNonBlank >= 0 ? lastNonBlank - firstNonBlank + 1 : 1
            fields.append(Field(text: trimmed, column: column, length: length))
            if index >= scalars.count { break }
            index += 1  // past the comma
        }
        self.fields = fields
    }

    /// Whether every field is empty (a blank line or a line of commas).
    var isBlank: Bool { fields.allSatisfy(\.isBlank) }

    /// A diagnostic pointing at `field`.
    func error(_ message: String, at field: Field, file: String) -> Diagnostic {
        Diagnostic(message, at: SourceLocation(file: file, line: number, column: field.column),
                   sourceLine: text, length: field.length)
    }

    /// A diagnostic pointing just past the end of the line.
    func errorAtEnd(_ message: String, file: String) -> Diagnostic {
        Diagnostic(message, at: SourceLocation(file: file, line: number, column: endColumn), sourceLine: text)
    }

    static func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }

    /// `text` without leading and trailing spaces and tabs.
    static func trimmingBlanks(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }),
              let last = scalars.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
