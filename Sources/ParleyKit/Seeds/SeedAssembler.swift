import Foundation
import Yams

/// One pass over a seed folder: reads each file in dependency order and cross-checks them.
///
///     let seeds = try SeedAssembler(directory: url, displayName: "seeds").assemble()
///
/// Files are read in the order sources → actors → issues → snapshots → timeline, so later files
/// can be checked against the names earlier ones define. When an earlier file cannot be read
/// at all, checks against its names are skipped rather than flooding the report.
final class SeedAssembler {
    let directory: URL
    let displayName: String
    var diagnostics: [Diagnostic] = []

    var documents: [SourceDocument] = []
    var actors: [Actor] = []
    var issues: [Issue] = []
    var snapshots: [Snapshot] = []
    var events: [TimelineEvent] = []
    /// Snapshot dates whose files had errors, so later carries from them are not re-reported.
    var unreadSnapshotDates: Set<CalendarDate> = []

    /// Names defined by each file; nil when that file could not be read, so checks are skipped.
    var documentNames: [String]?
    var actorIDs: [String]?
    var issueIDs: [String]?
    /// Every actor and issue name (ids and aliases) with where it was defined, for clashes.
    var definedNames: [String: (owner: String, location: SourceLocation)] = [:]

    init(directory: URL, displayName: String) {
        self.directory = directory
        self.displayName = displayName
    }

    func assemble() throws -> Seeds {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else {
            throw DiagnosticList([Diagnostic("seed folder '\(displayName)' not found")])
        }
        guard isDirectory.boolValue else {
            throw DiagnosticList([Diagnostic("'\(displayName)' is not a folder")])
        }
        readSources()
        readActors()
        readIssues()
        readSnapshots()
        readTimeline()
        let settlement = readSettlement()
        let conflict = readConflict()
        if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
        if let latest = snapshots.max(by: { $0.date < $1.date }) {
            for index in actors.indices {
                if let capability = latest.capabilities[actors[index].id] { actors[index].capability = capability }
            }
        }
        var seeds = Seeds(documents: documents, actors: actors, issues: issues, snapshots: snapshots, timeline: events,
                          settlement: settlement)
        seeds.conflict = conflict
        return seeds
    }

    // MARK: Files

    /// The name of a file inside the folder as diagnostics show it.
    func shownName(_ relativePath: String) -> String {
        displayName == "." ? relativePath : displayName + "/" + relativePath
    }

    /// Reads and parses one file; a missing or unreadable file is reported and gives nil.
    func open(_ relativePath: String) -> (SeedReader, Node)? {
        let url = directory.appendingPathComponent(relativePath)
        let shown = shownName(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else {
            diagnostics.append(Diagnostic("missing seed file '\(shown)'"))
            return nil
        }
        let text: String
        do {
            text = try TextFile.read(url.path, shownAs: shown)
        } catch {
            diagnostics.append(error.diagnostic)
            return nil
        }
        let file = SeedFile(displayName: shown, text: text)
        guard let root = file.compose(into: &diagnostics) else { return nil }
        return (SeedReader(file: file), root)
    }

    /// Keeps a reader's problems in the overall report.
    func collect(_ reader: SeedReader) {
        diagnostics.append(contentsOf: reader.diagnostics)
    }

    // MARK: Shared checks

    static let idCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")

    /// Checks that an id or alias is one word a command line can carry.
    func checkName(_ name: String, at node: Node, reader: SeedReader) -> Bool {
        guard let first = name.first, first.isLetter || first.isNumber,
              name.allSatisfy({ Self.idCharacters.contains($0) }) else {
            reader.error("name '\(name)' may contain only letters, digits, '-' and '_'", at: node)
            return false
        }
        return true
    }

    /// Records a name for `owner`, reporting a clash with an earlier actor or issue name.
    func define(_ name: String, for owner: String, at node: Node, reader: SeedReader) {
        let key = name.lowercased()
        if let earlier = definedNames[key] {
            reader.error("name '\(name)' is already used by \(earlier.owner) at \(earlier.location)", at: node)
            return
        }
        definedNames[key] = (owner, reader.file.location(of: node))
    }

    /// Checks an actor reference; suggests the id when an alias or a near miss was written.
    func checkActor(_ name: String, at node: Node, reader: SeedReader) -> Bool {
        guard let ids = actorIDs else { return true }
        if ids.contains(name) { return true }
        reader.error("unknown actor '\(name)'", at: node, suggestion: suggestActor(for: name))
        return false
    }

    func suggestActor(for name: String) -> String? {
        if let actor = actors.first(where: { $0.isNamed(name) }) { return actor.id }
        return Suggestion.closest(to: name, in: actorIDs ?? [])
    }

    /// Checks an issue reference, as ``checkActor(_:at:reader:)`` does for actors.
    func checkIssue(_ name: String, at node: Node, reader: SeedReader) -> Bool {
        guard let ids = issueIDs else { return true }
        if ids.contains(name) { return true }
        let suggestion = issues.first(where: { $0.isNamed(name) })?.id ?? Suggestion.closest(to: name, in: ids)
        reader.error("unknown issue '\(name)'", at: node, suggestion: suggestion)
        return false
    }

    /// Reads `source:` or `estimate:` from an entry's fields.
    ///
    /// - Parameters:
    ///   - what: the value's name for the missing-provenance message ("position").
    ///   - context: for a snapshot value, its date (for the look-ahead check) and whether the
    ///     citation must say what it supports; nil for a timeline event's source.
    func provenance(_ fields: SeedReader.Fields, for what: String, context: ValueContext? = nil,
                    reader: SeedReader) -> Provenance? {
        let sourceNode = fields["source"]
        let estimateNode = fields["estimate"]
        switch (sourceNode, estimateNode) {
        case (nil, nil):
            reader.error("\(what) has no provenance: give 'source:' with 'doc:' and 'quote:', or 'estimate:'", at: fields.node)
            return nil
        case (.some, .some):
            reader.error("\(what) gives both 'source:' and 'estimate:'; keep one", at: fields.keyNode("estimate") ?? fields.node)
            return nil
        case (.some(let node), nil):
            return citation(node, context: context, reader: reader).map(Provenance.source)
        case (nil, .some(let node)):
            guard let reasoning = reader.text(node, named: "estimate") else { return nil }
            return .estimate(reasoning)
        }
    }

    static let citationKeys = ["doc", "quote", "note", "speaker", "supports", "allows", "credibility", "retrospective"]
    static let eventCitationKeys = ["doc", "quote", "note", "speaker", "credibility"]

    /// Reads a `source:` mapping: a known document, a quote of at most 30 words, and its grade.
    ///
    /// A value's citation (`context` given) must say what it `supports` and may not cite a
    /// document dated after its snapshot unless it is marked `retrospective:`.
    func citation(_ node: Node, context: ValueContext? = nil, reader: SeedReader) -> Citation? {
        let allowed = context == nil ? Self.eventCitationKeys : Self.citationKeys
        guard let fields = reader.fields(of: node, allowed: allowed, in: "source") else { return nil }
        let document = reader.text(fields, "doc")
        let quote = reader.text(fields, "quote")
        let note = reader.text(fields, "note", required: false)
        let speaker = reader.text(fields, "speaker", required: false)
        let credibility = number(fields, "credibility", as: "credibility", in: 1...6, reader: reader)
        var valid = document != nil && quote != nil && credibility != nil
        if let credibility, credibility != credibility.rounded(), let node = fields["credibility"] {
            reader.error("credibility must be a whole grade 1–6, not \(SeedNumberFormat.format(credibility))", at: node)
            valid = false
        }
        var supports: Citation.Support?
        var allows: ClosedRange<Double>?
        var retrospective: String?
        if let context {
            supports = choice(fields, "supports", of: Citation.Support.self, reader: reader)
            if supports == nil { valid = false }
            if let node = fields["allows"] {
                allows = range(node, reader: reader)
                if allows == nil { valid = false }
            } else if supports == .direction, context.needsRange {
                reader.error("'supports: direction' needs 'allows: [LOW, HIGH]', the stretch of the scale the quote leaves open",
                             at: fields.keyNode("supports") ?? fields.node)
                valid = false
            }
            retrospective = reader.text(fields, "retrospective", required: false)
            if fields["retrospective"] != nil, retrospective == nil { valid = false }
        }
        if let document, let names = documentNames, !names.contains(document), let node = fields["doc"] {
            reader.error("unknown document '\(document)' (not listed in \(SeedLoader.sourcesFile))", at: node,
                         suggestion: Suggestion.closest(to: document, in: names))
            valid = false
        }
        if let quote, let node = fields["quote"] {
            let words = Citation.wordCount(of: quote)
            if words > Citation.maximumWords {
                reader.error("quote has \(words) words; at most \(Citation.maximumWords) are allowed", at: node)
                valid = false
            }
        }
        if let context, let date = context.date, let document, let docNode = fields["doc"],
           let cited = documents.first(where: { $0.file == document }) {
            if cited.date > date, retrospective == nil {
                reader.error("snapshot \(date) cites '\(document)', dated \(cited.date), after it; mark the citation 'retrospective:' with why the stance already held on \(date)", at: docNode)
                valid = false
            } else if cited.date > date, let credibility, credibility < Double(Citation.retrospectiveCredibility),
                      let node = fields["credibility"] {
                // A later document read back to this date is at best "possibly true".
                reader.error("a retrospective citation is credibility \(Citation.retrospectiveCredibility) (possibly true) or weaker, not \(SeedNumberFormat.format(credibility)): '\(document)' is read back from \(cited.date) to \(date)", at: node)
                valid = false
            } else if cited.date <= date, retrospective != nil, let node = fields["retrospective"] {
                reader.error("'retrospective:' is only for a document dated after the snapshot; '\(document)' is dated \(cited.date), on or before \(date)", at: node)
                valid = false
            }
        }
        guard valid, let document, let quote, let credibility, let quoteNode = fields["quote"] else { return nil }
        let location = reader.file.location(of: quoteNode)
        return Citation(document: document, quote: quote, note: note, speaker: speaker, supports: supports,
                        allows: allows, credibility: Int(credibility), retrospective: retrospective,
                        location: location, sourceLine: reader.file.line(location.line))
    }

    /// Reads `[LOW, HIGH]` within 0–100, LOW below HIGH.
    func range(_ node: Node, reader: SeedReader) -> ClosedRange<Double>? {
        guard let items = reader.sequence(node, in: "'allows'") else { return nil }
        guard items.count == 2 else {
            reader.error("'allows' takes two numbers [LOW, HIGH], found \(items.count)", at: node)
            return nil
        }
        guard let low = reader.number(items[0], named: "allows"), let high = reader.number(items[1], named: "allows") else { return nil }
        guard (0...100).contains(low), (0...100).contains(high), low < high else {
            reader.error("'allows' must run from a lower to a higher point within 0–100, not [\(SeedNumberFormat.format(low)), \(SeedNumberFormat.format(high))]", at: node)
            return nil
        }
        return low...high
    }

    /// Reads a number and checks it lies in `range`; `what` names it in the message.
    func number(_ fields: SeedReader.Fields, _ key: String, as what: String, in range: ClosedRange<Double>,
                reader: SeedReader) -> Double? {
        guard let value = reader.number(fields, key), let node = fields[key] else { return nil }
        guard range.contains(value) else {
            let low = SeedNumberFormat.format(range.lowerBound), high = SeedNumberFormat.format(range.upperBound)
            reader.error("\(what) \(SeedNumberFormat.format(value)) is outside \(low)–\(high)", at: node)
            return nil
        }
        return value
    }
}
