import Foundation
import Yams

/// One YAML file of a seed folder: its text, its lines, and its name as diagnostics show it.
///
///     let file = SeedFile(displayName: "seeds/actors.yaml", text: "actors: []\n")
///     let root = file.compose(into: &diagnostics)   // the root node, or nil after an error
///
/// Positions come from Yams' node marks (1-based line and column, counted in Unicode scalars),
/// which is also how ``DiagnosticRenderer`` places its caret.
struct SeedFile {
    let displayName: String
    let text: String
    let lines: [String]

    init(displayName: String, text: String) {
        self.displayName = displayName
        self.text = text
        self.lines = Self.splitLines(text)
    }

    /// The source line `line` (1-based), or nil past the end.
    func line(_ line: Int) -> String? {
        guard line >= 1, line <= lines.count else { return nil }
        return lines[line - 1]
    }

    /// The text's lines, each without a final "\r": the same as splitting the `String` on the
    /// character "\n" (keeping empty lines), done on UTF-8 bytes. Character-wise, CR LF is one
    /// character that is not "\n", so a byte 0x0A ends a line only when no 0x0D comes before it.
    /// (Every quote in the seeds keeps its source line, so this runs on every line at start-up.)
    static func splitLines(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var lines: [String] = []
        func take(_ start: Int, _ end: Int) {
            let end = end > start && bytes[end - 1] == 0x0D ? end - 1 : end
            lines.append(String(decoding: bytes[start..<end], as: UTF8.self))
        }
        var start = 0
        for index in bytes.indices where bytes[index] == 0x0A && (index == 0 || bytes[index - 1] != 0x0D) {
            take(start, index)
            start = index + 1
        }
        take(start, bytes.count)
        return lines
    }

    /// A diagnostic at a 1-based line and column of this file, with the line shown.
    func diagnostic(_ message: String, line: Int, column: Int, length: Int = 1, suggestion: String? = nil) -> Diagnostic {
        let line = max(1, line)
        let column = max(1, column)
        return Diagnostic(
            message,
            at: SourceLocation(file: displayName, line: line, column: column),
            sourceLine: self.line(line),
            length: length,
            suggestion: suggestion
        )
    }

    /// A diagnostic pointing at `node`, underlining a scalar's text.
    func diagnostic(_ message: String, at node: Node, suggestion: String? = nil) -> Diagnostic {
        return diagnostic(message, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1,
                          length: Self.width(of: node), suggestion: suggestion)
    }

    /// The location of `node` in this file.
    func location(of node: Node) -> SourceLocation {
        SourceLocation(file: displayName, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    /// How many characters to underline for a node: a one-line scalar's text, else one.
    static func width(of node: Node) -> Int {
        guard case .scalar(let scalar) = node, !scalar.string.contains("\n") else { return 1 }
        let count = scalar.string.unicodeScalars.count
        switch scalar.style {
        case .singleQuoted, .doubleQuoted: return count + 2
        default: return max(1, count)
        }
    }

    /// Parses the text into a node tree; YAML errors become diagnostics and give nil.
    ///
    /// The seeds read only each scalar's text and style, never its resolved tag, so the tree is
    /// composed with Yams' rule-less resolver: Yams' duplicate-key check otherwise hashes every
    /// mapping key through seven regular expressions, most of the cost of loading the seeds.
    /// That check compares keys by text and tag; with no rules every untagged key is `str`, so
    /// the rule-less pass flags every duplicate the default one does (and perhaps `1` beside
    /// `"1"`). Only then is the file composed again with the default resolver, so the result and
    /// any error are exactly the default's.
    func compose(into diagnostics: inout [Diagnostic]) -> Node? {
        do {
            let composed: Node?
            do {
                composed = try Yams.compose(yaml: text, .basic)
            } catch YamlError.duplicatedKeysInMapping {
                composed = try Yams.compose(yaml: text, .default)
            }
            guard let root = composed else {
                diagnostics.append(diagnostic("the file is empty", line: 1, column: 1))
                return nil
            }
            return root
        } catch let error as YamlError {
            diagnostics.append(translate(error))
            return nil
        } catch {
            diagnostics.append(diagnostic("cannot parse YAML: \(error)", line: 1, column: 1))
            return nil
        }
    }

    /// Where `key` appears again as a key of the mapping whose first `key` is at `mark`: later
    /// on the same line (a flow mapping), or on a later line at the same column.
    func secondOccurrence(of key: String, after mark: Mark) -> (line: Int, column: Int)? {
        func isKey(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
            let name = Array(key.unicodeScalars)
            guard index + name.count <= scalars.count, Array(scalars[index..<index + name.count]) == name else { return false }
            var after = index + name.count
            while after < scalars.count, scalars[after] == " " { after += 1 }
            return after < scalars.count && scalars[after] == ":"
        }
        guard let first = line(mark.line) else { return nil }
        let scalars = Array(first.unicodeScalars)
        var index = mark.column - 1 + key.unicodeScalars.count
        while index < scalars.count {
            if (scalars[index - 1] == " " || scalars[index - 1] == "{" || scalars[index - 1] == ","), isKey(scalars, at: index) {
                return (mark.line, index + 1)
            }
            index += 1
        }
        var number = mark.line + 1
        while let text = line(number) {
            let scalars = Array(text.unicodeScalars)
            let indent = scalars.prefix { $0 == " " }.count
            let blank = indent == scalars.count || scalars[indent] == "#"
            if !blank {
                if indent == mark.column - 1, isKey(scalars, at: indent) { return (number, indent + 1) }
                if indent < mark.column - 1 { return nil }
            }
            number += 1
        }
        return nil
    }

    private func translate(_ error: YamlError) -> Diagnostic {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return diagnostic("invalid YAML: \(problem)", line: mark.line, column: mark.column)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            let noun = duplicates.count == 1 ? "key" : "keys"
            // Yams marks the first occurrence; the error belongs on the second (L11).
            if duplicates.count == 1, let second = secondOccurrence(of: duplicates[0], after: context.mark) {
                return diagnostic("duplicate key '\(duplicates[0])' (first at \(displayName):\(context.mark.line):\(context.mark.column))",
                                  line: second.line, column: second.column, length: duplicates[0].unicodeScalars.count)
            }
            return diagnostic("duplicate \(noun) \(keys) in one mapping", line: context.mark.line, column: context.mark.column)
        case let .reader(problem, offset, _, _):
            let (line, column) = position(ofUTF8Offset: offset ?? 0)
            return diagnostic("invalid YAML: \(problem)", line: line, column: column)
        default:
            return diagnostic("invalid YAML: \(error)", line: 1, column: 1)
        }
    }

    private func position(ofUTF8Offset offset: Int) -> (Int, Int) {
        var line = 1
        var column = 1
        var consumed = 0
        for scalar in text.unicodeScalars {
            if consumed >= offset { break }
            consumed += String(scalar).utf8.count
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }
}
