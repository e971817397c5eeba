// The model types most of a world is made of, read by hand from the bytes their synthesized
// `Codable` conformances write (so the file format is the same either way).
//
// Snapshots, stances, cited values and their citations are about two thirds of a world's
// values; through `Codable` each costs a boxed container, generic metadata look-ups and, for
// the `Provenance` enum, key-array casts. Each reader here checks that it read every entry
// its container holds, so a field added to one of these types and not here makes the decode
// fail (and the cache tests with it) rather than drop the field; `CompactModelFields` lists
// the fields, and a test checks that list against the types themselves.

/// The fields each type read by hand has, as its synthesized `Codable` names them.
enum CompactModelFields {
    static let all: [String: [String]] = [
        "Snapshot": ["date", "label", "stances", "capabilities"],
        "Stance": ["actor", "issue", "position", "salience", "uncertainty", "uncertaintyBasis"],
        "CitedValue": ["value", "provenance", "carried", "outside", "alternatives"],
        "Citation": ["document", "quote", "note", "speaker", "supports", "allows", "credibility",
                     "retrospective", "location", "sourceLine"],
        "SourceLocation": ["file", "line", "column"],
        "CalendarDate": ["year", "month", "day"],
    ]
}

/// A keyed container as a hand-written reader sees it: fields found by name, counted, so the
/// reader can check that none went unread.
struct CompactFields {
    let reader: CompactReader
    let offset: Int
    let start: Int
    let end: Int
    let count: Int
    /// The container's depth, which its values' decoders get.
    let depth: Int
    private var found = 0

    init(_ reader: CompactReader, at offset: Int, depth: Int) throws {
        guard depth < CompactDecoder.maximumDepth else { throw CompactReader.Damaged() }
        self.reader = reader
        self.offset = offset
        self.depth = depth + 1
        (start, end, count) = try reader.container(.keyed, at: offset)
    }

    /// Where the value for `key` starts, or nil when there is none (or it is a null).
    mutating func optional(_ key: StaticString) throws -> Int? {
        let entry: Int?
        if key.hasPointerRepresentation {
            let utf8 = UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
            entry = try reader.value(forKey: utf8, inKeyedAt: offset, start: start, end: end, count: count, depth: depth)
        } else {
            // A one-scalar literal is kept as the scalar, with no UTF-8 to point at.
            entry = try key.withUTF8Buffer { [self] utf8 in
                Result { try reader.value(forKey: utf8, inKeyedAt: offset, start: start, end: end, count: count, depth: depth) }
            }.get()
        }
        guard let at = entry else { return nil }
        found += 1
        return try reader.tag(at: at) == .null ? nil : at
    }

    mutating func required(_ key: StaticString) throws -> Int {
        guard let at = try optional(key) else { throw CompactReader.Damaged() }
        return at
    }

    /// Every entry was read: the bytes hold no field this reader does not know.
    func finish() throws {
        guard found == count else { throw CompactReader.Damaged() }
    }
}

extension CompactReader {
    /// `T` read by hand when it is one of the model types above or the catalog's enums
    /// (`CompactReader+Catalog.swift`); nil for any other type.
    @inline(__always)
    func decodeModel<T>(_ type: T.Type, at offset: Int, depth: Int) throws -> T? {
        if T.self == Snapshot.self { return unsafeBitCast(try snapshot(at: offset, depth: depth), to: T.self) }
        if T.self == Stance.self { return unsafeBitCast(try stance(at: offset, depth: depth), to: T.self) }
        if T.self == CitedValue.self { return unsafeBitCast(try citedValue(at: offset, depth: depth), to: T.self) }
        if T.self == Citation.self { return unsafeBitCast(try citation(at: offset, depth: depth), to: T.self) }
        if T.self == Provenance.self { return unsafeBitCast(try provenance(at: offset, depth: depth), to: T.self) }
        if T.self == CalendarDate.self { return unsafeBitCast(try calendarDate(at: offset, depth: depth), to: T.self) }
        return try decodeCatalogEnum(T.self, at: offset, depth: depth)
    }

    func snapshot(at offset: Int, depth: Int) throws -> Snapshot {
        var fields = try CompactFields(self, at: offset, depth: depth)
        let inner = fields.depth
        let date = try calendarDate(at: fields.required("date"), depth: inner)
        let label = try string(at: fields.required("label"))
        let stances = try array(at: fields.required("stances"), depth: inner) { try stance(at: $0, depth: $1) }
        let capabilities = try stringKeyed(at: fields.required("capabilities"), depth: inner) {
            try citedValue(at: $0, depth: $1)
        }
        try fields.finish()
        return Snapshot(date: date, label: label, stances: stances, capabilities: capabilities)
    }

    func stance(at offset: Int, depth: Int) throws -> Stance {
        var fields = try CompactFields(self, at: offset, depth: depth)
        let inner = fields.depth
        let actor = try string(at: fields.required("actor"))
        let issue = try string(at: fields.required("issue"))
        let position = try citedValue(at: fields.required("position"), depth: inner)
        let salience = try citedValue(at: fields.required("salience"), depth: inner)
        let uncertainty = try fields.optional("uncertainty").map { try double(at: $0) }
        let basis = try fields.optional("uncertaintyBasis").map { try string(at: $0) }
        try fields.finish()
        return Stance(actor: actor, issue: issue, position: position, salience: salience,
                      uncertainty: uncertainty, uncertaintyBasis: basis)
    }

    func citedValue(at offset: Int, depth: Int) throws -> CitedValue {
        var fields = try CompactFields(self, at: offset, depth: depth)
        let inner = fields.depth
        let value = try double(at: fields.required("value"))
        let provenance = try provenance(at: fields.required("provenance"), depth: inner)
        let carried = try fields.optional("carried").map { try calendarDate(at: $0, depth: inner) }
        let outside = try fields.optional("outside").map { try string(at: $0) }
        let alternatives = try array(at: fields.required("alternatives"), depth: inner) {
            try citedValue(at: $0, depth: $1)
        }
        try fields.finish()
        return CitedValue(value, provenance, carried: carried, outside: outside, alternatives: alternatives)
    }

    /// As synthesized for an enum (``enumValue(at:depth:_:)``): the case's payload in `_0`.
    func provenance(at offset: Int, depth: Int) throws -> Provenance {
        try enumValue(at: offset, depth: depth) { name, payload in
            switch name {
            case "source": .source(try citation(at: payload.required("_0"), depth: payload.depth))
            case "estimate": .estimate(try string(at: payload.required("_0")))
            default: nil
            }
        }
    }

    func citation(at offset: Int, depth: Int) throws -> Citation {
        var fields = try CompactFields(self, at: offset, depth: depth)
        let inner = fields.depth
        let document = try string(at: fields.required("document"))
        let quote = try string(at: fields.required("quote"))
        let note = try fields.optional("note").map { try string(at: $0) }
        let speaker = try fields.optional("speaker").map { try string(at: $0) }
        let supports = try fields.optional("supports").map { at -> Citation.Support in
            guard let support = Citation.Support(rawValue: try string(at: at)) else { throw Damaged() }
            return support
        }
        let allows = try fields.optional("allows").map { try closedRange(at: $0, depth: inner) }
        let credibility = try integer(Int.self, at: fields.required("credibility"))
        let retrospective = try fields.optional("retrospective").map { try string(at: $0) }
        let location = try fields.optional("location").map { try sourceLocation(at: $0, depth: inner) }
        let sourceLine = try fields.optional("sourceLine").map { try string(at: $0) }
        try fields.finish()
        return Citation(document: document, quote: quote, note: note, speaker: speaker, supports: supports,
                        allows: allows, credibility: credibility, retrospective: retrospective,
                        location: location, sourceLine: sourceLine)
    }

    func sourceLocation(at offset: Int, depth: Int) throws -> SourceLocation {
        var fields = try CompactFields(self, at: offset, depth: depth)
        let file = try string(at: fields.required("file"))
        let line = try integer(Int.self, at: fields.required("line"))
        let column = try integer(Int.self, at: fields.required("column"))
        try fields.finish()
        return SourceLocation(file: file, line: line, column: column)
    }

    func calendarDate(at offset: Int, depth: Int) throws -> CalendarDate {
        var fields = try CompactFields(self, at: offset, depth: depth)
        let year = try integer(Int.self, at: fields.required("year"))
        let month = try integer(Int.self, at: fields.required("month"))
        let day = try integer(Int.self, at: fields.required("day"))
        try fields.finish()
        guard let date = CalendarDate(year: year, month: month, day: day) else { throw Damaged() }
        return date
    }

    /// As the standard library writes a closed range: lower bound, then upper.
    func closedRange(at offset: Int, depth: Int) throws -> ClosedRange<Double> {
        let bounds = try doubles(at: offset)
        guard bounds.count == 2, bounds[0] <= bounds[1] else { throw Damaged() }
        return bounds[0]...bounds[1]
    }

    /// An array whose elements `element` reads (given each one's offset and depth).
    func array<Element>(at offset: Int, depth: Int, _ element: (Int, Int) throws -> Element) throws -> [Element] {
        guard depth < CompactDecoder.maximumDepth else { throw Damaged() }
        let (start, limit, count) = try container(.unkeyed, at: offset)
        var elements: [Element] = []
        elements.reserveCapacity(count)
        var position = start
        for _ in 0..<count {
            let next = try end(ofValueAt: position)
            guard next <= limit else { throw Damaged() }
            elements.append(try element(position, depth + 1))
            position = next
        }
        guard position == limit else { throw Damaged() }
        return elements
    }

    /// A dictionary keyed by strings, as `Dictionary.encode(to:)` writes one.
    func stringKeyed<Value>(at offset: Int, depth: Int, _ value: (Int, Int) throws -> Value) throws -> [String: Value] {
        guard depth < CompactDecoder.maximumDepth else { throw Damaged() }
        let (start, limit, count) = try container(.keyed, at: offset)
        var dictionary: [String: Value] = [:]
        dictionary.reserveCapacity(count)
        var position = start
        for _ in 0..<count {
            let keyEnd = position + 4 + (try length(at: position))
            guard keyEnd < limit else { throw Damaged() }
            let next = try end(ofValueAt: keyEnd)
            guard next <= limit else { throw Damaged() }
            dictionary[try text(from: position + 4, to: keyEnd)] = try value(keyEnd, depth + 1)
            position = next
        }
        guard position == limit else { throw Damaged() }
        return dictionary
    }
}
