import Foundation
import Yams

/// Reads typed values out of one seed file's YAML nodes, recording every problem it meets.
///
///     let reader = SeedReader(file: file)
///     let fields = reader.fields(of: node, allowed: ["id", "name"], in: "actor")
///     let name = reader.text(fields, "name", required: true)
///
/// Nothing here throws: each accessor returns nil after recording a diagnostic, so one pass
/// reports every problem in the file.
final class SeedReader {
    let file: SeedFile
    private var kept: [Diagnostic] = []
    /// Problems beyond ``DiagnosticRenderer/maximumShown`` are counted, not kept: a file of a
    /// million bad lines must not take gigabytes to report.
    private var omitted = 0

    /// Every problem kept, then one line counting the rest.
    var diagnostics: [Diagnostic] {
        guard omitted > 0 else { return kept }
        return kept + [Diagnostic("\(omitted) more problem\(omitted == 1 ? "" : "s") in '\(file.displayName)' not shown")]
    }

    init(file: SeedFile) {
        self.file = file
    }

    /// Records a problem placed by the caller, e.g. inside a formula.
    func record(_ diagnostic: Diagnostic) {
        guard kept.count < DiagnosticRenderer.maximumShown else { omitted += 1; return }
        kept.append(diagnostic)
    }

    /// Records a problem at `node`.
    func error(_ message: String, at node: Node, suggestion: String? = nil) {
        guard kept.count < DiagnosticRenderer.maximumShown else { omitted += 1; return }
        kept.append(file.diagnostic(message, at: node, suggestion: suggestion))
    }

    // MARK: Shapes

    /// A mapping's entries, keyed by their text, after checking every key is allowed.
    ///
    /// Unknown keys are reported with the closest allowed key as a suggestion.
    func fields(of node: Node, allowed: [String], in context: String) -> Fields? {
        guard let entries = mapping(node, in: context) else { return nil }
        var result = Fields(node: node, context: context)
        for (key, value) in entries {
            guard allowed.contains(key.text) else {
                error("unknown key '\(key.text)' in \(context)", at: key.node,
                      suggestion: Suggestion.closest(to: key.text, in: allowed))
                continue
            }
            result.entries.append((key, value))
        }
        return result
    }

    /// A mapping's entries in order, with keys as text; nil (and a diagnostic) for anything else.
    func mapping(_ node: Node, in context: String) -> [(key: Key, value: Node)]? {
        switch node {
        case .mapping(let mapping):
            var entries: [(key: Key, value: Node)] = []
            for (key, value) in mapping {
                guard case .scalar(let scalar) = key else {
                    error("keys in \(context) must be plain text", at: key)
                    continue
                }
                entries.append((Key(text: scalar.string, node: key), value))
            }
            return entries
        default:
            error("expected a mapping for \(context), found \(Self.describe(node))", at: node)
            return nil
        }
    }

    /// A sequence's items; nil (and a diagnostic) for anything else.
    func sequence(_ node: Node, in context: String) -> [Node]? {
        if case .sequence(let sequence) = node { return Array(sequence) }
        error("expected a list for \(context), found \(Self.describe(node))", at: node)
        return nil
    }

    // MARK: Values

    /// The text of field `key`; reports a missing required field or a non-text value.
    func text(_ fields: Fields, _ key: String, required: Bool = true) -> String? {
        guard let node = value(fields, key, required: required) else { return nil }
        return text(node, named: key)
    }

    /// A scalar's text; reports lists, mappings and empty values.
    func text(_ node: Node, named name: String) -> String? {
        guard case .scalar(let scalar) = node else {
            error("expected text for '\(name)', found \(Self.describe(node))", at: node)
            return nil
        }
        let trimmed = Self.trimmed(scalar.string)
        if Self.isNull(scalar) || trimmed.isEmpty {
            error("'\(name)' is empty", at: node)
            return nil
        }
        // A seed copy may carry terminal escapes in a name; they are shown, never obeyed.
        return TerminalText.visible(trimmed, keepingNewlines: true)
    }

    /// The number in field `key`.
    func number(_ fields: Fields, _ key: String, required: Bool = true) -> Double? {
        guard let node = value(fields, key, required: required) else { return nil }
        return number(node, named: key)
    }

    /// A scalar read as a finite number.
    func number(_ node: Node, named name: String) -> Double? {
        guard case .scalar(let scalar) = node, !Self.isNull(scalar) else {
            error("expected a number for '\(name)', found \(Self.describe(node))", at: node)
            return nil
        }
        guard let number = Self.parseNumber(scalar.string) else {
            error("expected a number for '\(name)', found '\(scalar.string)'", at: node)
            return nil
        }
        return number
    }

    /// The date (`YYYY-MM-DD`) in field `key`.
    func date(_ fields: Fields, _ key: String, required: Bool = true) -> CalendarDate? {
        guard let node = value(fields, key, required: required) else { return nil }
        guard case .scalar(let scalar) = node, !Self.isNull(scalar) else {
            error("expected a date YYYY-MM-DD for '\(key)', found \(Self.describe(node))", at: node)
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespaces)
        guard let date = CalendarDate(parsing: text) else {
            if CalendarDate.looksLikeDate(text) {
                error("no such date '\(text)' for '\(key)'", at: node)
                return nil
            }
            error("expected a date YYYY-MM-DD for '\(key)', found '\(scalar.string)'", at: node)
            return nil
        }
        return date
    }

    /// A list of texts in field `key`, each with its node for later checks. A single word is
    /// accepted as a one-item list.
    func textList(_ fields: Fields, _ key: String, required: Bool = true) -> [(text: String, node: Node)]? {
        guard let node = value(fields, key, required: required) else { return nil }
        return textList(node, named: key)
    }

    func textList(_ node: Node, named name: String) -> [(text: String, node: Node)]? {
        let items: [Node]
        if case .sequence(let sequence) = node {
            items = Array(sequence)
        } else if case .scalar = node {
            items = [node]
        } else {
            error("expected a list for '\(name)', found \(Self.describe(node))", at: node)
            return nil
        }
        var result: [(text: String, node: Node)] = []
        for item in items {
            if let text = text(item, named: name) { result.append((text, item)) }
        }
        return result
    }

    /// The node of field `key`; reports it when required and absent.
    func value(_ fields: Fields, _ key: String, required: Bool) -> Node? {
        if let node = fields[key] { return node }
        if required {
            error("missing required key '\(key)' in \(fields.context ?? "this entry")", at: fields.node)
        }
        return nil
    }

    // MARK: Helpers

    /// `text.trimmingCharacters(in: .whitespacesAndNewlines)`, without Foundation's bridging
    /// when there is nothing to trim: a text that starts and ends in a visible ASCII character
    /// (as nearly every seed value does) is returned as it is. Same result either way.
    static func trimmed(_ text: String) -> String {
        if let first = text.utf8.first, let last = text.utf8.last,
           (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return text
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func isNull(_ scalar: Node.Scalar) -> Bool {
        scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// Parses a decimal number; rejects NaN, infinities and hex.
    static func parseNumber(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty,
              trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
              let number = Double(trimmed), number.isFinite else { return nil }
        return number
    }

    /// "a list", "a mapping", "'text'" or "nothing", for messages.
    static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            return isNull(scalar) ? "nothing" : "'\(scalar.string)'"
        }
    }
}

extension SeedReader {
    /// A mapping key with its node, so problems can point at it.
    struct Key {
        let text: String
        let node: Node
    }

    /// The checked fields of one mapping, in file order.
    struct Fields {
        let node: Node
        var context: String?
        var entries: [(key: Key, value: Node)] = []

        init(node: Node, context: String? = nil) {
            self.node = node
            self.context = context
        }

        subscript(key: String) -> Node? {
            entries.first { $0.key.text == key }?.value
        }

        /// The key node of field `key`, to point at the name rather than the value.
        func keyNode(_ key: String) -> Node? {
            entries.first { $0.key.text == key }?.key.node
        }
    }
}
