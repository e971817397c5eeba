import Foundation
import Testing
@testable import ParleyKit

/// The cache's own `Codable` coder: what it writes reads back equal, whichever path a value
/// takes (the direct paths for scalars and arrays, a keyed container read in order or out of
/// order, enums, optionals, dictionaries), its layout stays what the cache's format version
/// says, a misused container fails the encode, and damaged bytes give an error, never a crash.
@Suite("Seeds: the compact coder")
struct CompactCodingTests {
    enum Shape: Codable, Equatable {
        case point
        case circle(radius: Double)
        case labelled(String, [Shape])
    }

    struct Sample: Codable, Equatable {
        var name: String
        var empty: String
        var accented: String
        var flags: [Bool]
        var values: [Double]
        var counts: [Int]
        var small: UInt8
        var signed: Int16
        var ratio: Float
        var big: UInt64
        var words: [String]
        var table: [String: Double]
        var nested: [String: [String]]
        var byNumber: [Int: String]
        var note: String?
        var missing: Double?
        var present: Int?
        var shapes: [Shape]
        var grid: [[Double]]
        var range: ClosedRange<Double>
        var maybeNil: [Double?]
        var set: Set<String>

        static let example = Sample(
            name: "sanctions", empty: "", accented: "Zelensky — Зеленський 🇺🇦", flags: [true, false, true],
            values: [0, -1.5, .pi, .infinity, -0.0, 1e-300], counts: [0, -7, Int.max, Int.min], small: 200,
            signed: -300, ratio: 0.25, big: UInt64.max, words: ["RU", "UA", "", "ü"],
            table: ["a": 1, "b": 2.5, "c": -3], nested: ["x": ["1", "2"], "y": []], byNumber: [3: "three", -1: "minus"],
            note: "kept", missing: nil, present: 42,
            shapes: [.point, .circle(radius: 2), .labelled("l", [.point, .circle(radius: 0.5)])],
            grid: [[1, 2], [], [3]], range: 0.1...0.9, maybeNil: [1, nil, 3], set: ["p", "q"])
    }

    @Test func everyKindOfValueReadsBackEqual() throws {
        let bytes = try CompactEncoder.encode(Sample.example)
        #expect(try CompactDecoder.decode(Sample.self, from: bytes) == Sample.example)
        // Top-level values of the directly read types too.
        #expect(try CompactDecoder.decode([Double].self, from: CompactEncoder.encode([1.0, 2.0])) == [1.0, 2.0])
        #expect(try CompactDecoder.decode([String].self, from: CompactEncoder.encode(["a", "b"])) == ["a", "b"])
        #expect(try CompactDecoder.decode([Int].self, from: CompactEncoder.encode([3, 4])) == [3, 4])
        #expect(try CompactDecoder.decode(String.self, from: CompactEncoder.encode("x")) == "x")
        #expect(try CompactDecoder.decode(Bool.self, from: CompactEncoder.encode(true)))
        #expect(try CompactDecoder.decode([Double].self, from: CompactEncoder.encode([Double]())) == [])
    }

    /// The catalog, which `simulate` copies per worker through this coder, reads back equal.
    @Test func theCatalogReadsBackEqual() throws {
        let world = try World.load(directory: seedTestsPackageRoot.appendingPathComponent("seeds"), displayName: "seeds")
        #expect(try CompactDecoder.decode(EventCatalog.self, from: CompactEncoder.encode(world.catalog)) == world.catalog)
    }

    /// Reads its keys backwards, so no key is where the last one found leads.
    struct Backwards: Codable, Equatable {
        var first: Int
        var second: String
        var third: [Double]

        enum CodingKeys: String, CodingKey { case first, second, third }

        init(first: Int, second: String, third: [Double]) {
            self.first = first
            self.second = second
            self.third = third
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            third = try container.decode([Double].self, forKey: .third)
            second = try container.decode(String.self, forKey: .second)
            first = try container.decode(Int.self, forKey: .first)
            #expect(container.allKeys.map(\.stringValue) == ["first", "second", "third"])
            #expect(container.contains(.first))
            #expect(try container.decodeIfPresent(Int.self, forKey: .first) == first)
        }
    }

    @Test func keysReadOutOfOrderAreFound() throws {
        let values = [Backwards(first: 1, second: "two", third: [3]), Backwards(first: 1, second: "b", third: [])]
        #expect(try CompactDecoder.decode([Backwards].self, from: CompactEncoder.encode(values)) == values)
    }

    /// A missing key that is not optional is an error, not a default.
    @Test func aMissingKeyIsAnError() throws {
        struct Short: Codable { var first: Int }
        let bytes = try CompactEncoder.encode(Short(first: 1))
        #expect(throws: (any Error).self) { try CompactDecoder.decode(Backwards.self, from: bytes) }
    }

    /// The layout is pinned: changing it must come with a new `SeedCache.formatVersion`.
    @Test func theLayoutIsWhatTheFormatVersionSays() throws {
        struct Pinned: Codable {
            var a: Int
            var b: [String]
            var c: Bool?
            var d: Double
        }
        let bytes = try CompactEncoder.encode(Pinned(a: -2, b: ["é"], c: nil, d: 1))
        let expected: [UInt8] = [
            7, 53, 0, 0, 0, 3, 0, 0, 0,                   // keyed: length 53, 3 entries (nil c is left out)
            1, 0, 0, 0, 97, 3, 254, 255, 255, 255, 255, 255, 255, 255,   // "a": int -2
            1, 0, 0, 0, 98, 8, 11, 0, 0, 0, 1, 0, 0, 0,   // "b": unkeyed, length 11, 1 element
            6, 2, 0, 0, 0, 0xC3, 0xA9,                    //      string "é"
            1, 0, 0, 0, 100, 5, 0, 0, 0, 0, 0, 0, 0xF0, 0x3F, // "d": double 1.0
        ]
        #expect(bytes == expected)
        #expect(SeedCache.formatVersion == 2)
    }

    /// A container written to after its value is done would make a wrong file: the encode fails.
    struct LateWriter: Encodable {
        enum Keys: String, CodingKey { case a, b }

        func encode(to encoder: any Encoder) throws {
            var outer = encoder.container(keyedBy: Keys.self)
            var inner = outer.nestedContainer(keyedBy: Keys.self, forKey: .a)
            try inner.encode(1, forKey: .a)
            try outer.encode(2, forKey: .b)
            try inner.encode(3, forKey: .b)  // `inner` was closed when `outer` wrote again
        }
    }

    struct TwoValues: Encodable {
        func encode(to encoder: any Encoder) throws {
            var single = encoder.singleValueContainer()
            try single.encode(1)
            try single.encode(2)
        }
    }

    @Test func aMisusedContainerFailsTheEncode() {
        #expect(throws: (any Error).self) { try CompactEncoder.encode(LateWriter()) }
        #expect(throws: (any Error).self) { try CompactEncoder.encode([TwoValues()]) }
    }

    /// A value handed out through `superEncoder` lands under its key, or a null when unused.
    struct WithSuper: Codable, Equatable {
        var own: Int
        var inherited: [String]

        enum Keys: String, CodingKey { case own, unused }

        init(own: Int, inherited: [String]) {
            self.own = own
            self.inherited = inherited
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try inherited.encode(to: container.superEncoder())
            _ = container.superEncoder(forKey: .unused)
            try container.encode(own, forKey: .own)
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Keys.self)
            inherited = try [String](from: container.superDecoder())
            #expect(try container.decodeNil(forKey: .unused))
            own = try container.decode(Int.self, forKey: .own)
        }
    }

    @Test func superEncodersLandUnderTheirKeys() throws {
        let value = WithSuper(own: 5, inherited: ["x"])
        #expect(try CompactDecoder.decode(WithSuper.self, from: CompactEncoder.encode(value)) == value)
    }

    /// Bad UTF-8 in a string is damage, not a mended string.
    @Test func badUTF8IsRefused() throws {
        var bytes = try CompactEncoder.encode("abc")
        bytes[6] = 0xFF
        #expect(throws: (any Error).self) { try CompactDecoder.decode(String.self, from: bytes) }
        var key = try CompactEncoder.encode(["k": 1.0])
        key[13] = 0xC3  // a lead byte with no continuation
        #expect(throws: (any Error).self) { try CompactDecoder.decode([String: Double].self, from: key) }
    }

    /// Trailing bytes, a wrong element count or a wrong length are all damage.
    @Test func inconsistentContainersAreRefused() throws {
        let bytes = try CompactEncoder.encode([1.0, 2.0])
        #expect(throws: (any Error).self) { try CompactDecoder.decode([Double].self, from: bytes + [0]) }
        var count = bytes
        count[5] = 3
        #expect(throws: (any Error).self) { try CompactDecoder.decode([Double].self, from: count) }
        var length = bytes
        length[1] = 200
        #expect(throws: (any Error).self) { try CompactDecoder.decode([Double].self, from: length) }
        #expect(throws: (any Error).self) { try CompactDecoder.decode([Double].self, from: []) }
    }

    /// Random truncations and byte changes: an error or some value, never a crash or a hang.
    @Test func damagedSamplesNeverCrash() throws {
        let bytes = try CompactEncoder.encode(Sample.example)
        for damaged in DamagedBytes.copies(of: bytes, seed: 11, count: 400, changes: 5) {
            _ = try? CompactDecoder.decode(Sample.self, from: damaged)
        }
    }

    /// Nesting deeper than any world needs is refused rather than overflowing the stack.
    @Test func deepNestingIsRefused() throws {
        var shape = Shape.point
        for _ in 0..<(CompactDecoder.maximumDepth) { shape = .labelled("", [shape]) }
        let bytes = try CompactEncoder.encode(shape)
        #expect(throws: (any Error).self) { try CompactDecoder.decode(Shape.self, from: bytes) }
    }
}

/// The model types read by hand (`CompactReader+Model.swift`) read what `Codable` reads, and
/// cannot fall behind the types: a field they do not know fails the decode.
@Suite("Seeds: the model types read by hand")
struct CompactModelReaderTests {
    static let citation = Citation(
        document: "doc.md", quote: "a quote", note: "n", speaker: "s", supports: .band, allows: 0.2...0.8,
        credibility: 4, retrospective: "r", location: SourceLocation(file: "f.yaml", line: 3, column: 7), sourceLine: "line")
    static let cited = CitedValue(
        0.7, .source(citation), carried: CalendarDate(year: 2025, month: 2, day: 28)!, outside: "outside",
        alternatives: [CitedValue(0.1, .estimate("guess")), CitedValue(0.2, .source(Citation(document: "d", quote: "q")))])
    static let stance = Stance(actor: "RU", issue: "territory", position: cited, salience: CitedValue(0.5, .estimate("e")),
                               uncertainty: 0.1, uncertaintyBasis: "basis")
    static let snapshot = Snapshot(date: CalendarDate(year: 2025, month: 7, day: 23)!, label: "July",
                                   stances: [stance, stance], capabilities: ["RU": cited, "UA": CitedValue(0.3, .estimate("x"))])

    /// The list of fields the readers know is the types' list of stored properties.
    @Test func theFieldListsMatchTheTypes() {
        func labels(_ value: Any) -> [String] { Mirror(reflecting: value).children.compactMap(\.label) }
        let fields = CompactModelFields.all
        #expect(labels(Self.snapshot) == fields["Snapshot"])
        #expect(labels(Self.stance) == fields["Stance"])
        #expect(labels(Self.cited) == fields["CitedValue"])
        #expect(labels(Self.citation) == fields["Citation"])
        #expect(labels(SourceLocation(file: "f", line: 1, column: 1)) == fields["SourceLocation"])
        #expect(labels(CalendarDate(year: 2025, month: 1, day: 1)!) == fields["CalendarDate"])
        #expect(Set(fields.keys) == ["Snapshot", "Stance", "CitedValue", "Citation", "SourceLocation", "CalendarDate"])
    }

    /// With every optional field filled, by hand and through `Codable` read the same values.
    @Test func byHandReadsWhatCodableReads() throws {
        let bytes = try CompactEncoder.encode([Self.snapshot])
        #expect(try CompactDecoder.decode([Snapshot].self, from: bytes) == [Self.snapshot])
        #expect(try CompactDecoder.decode([Snapshot].self, from: bytes, byHand: false) == [Self.snapshot])
        let sparse = CitedValue(1, .estimate(""))
        #expect(try CompactDecoder.decode(CitedValue.self, from: CompactEncoder.encode(sparse)) == sparse)
        let world = try World.load(directory: seedTestsPackageRoot.appendingPathComponent("seeds"), displayName: "seeds")
        let worldBytes = try CompactEncoder.encode(world)
        #expect(try CompactDecoder.decode(World.self, from: worldBytes) == world)
        #expect(try CompactDecoder.decode(World.self, from: worldBytes, byHand: false) == world)
    }

    /// A stance as it would be written if `Stance` gained a field the reader does not know.
    struct StanceWithMore: Codable {
        var actor: String
        var issue: String
        var position: CitedValue
        var salience: CitedValue
        var uncertainty: Double?
        var uncertaintyBasis: String?
        var confidence: Double
    }

    @Test func aFieldTheReaderDoesNotKnowFailsTheDecode() throws {
        let more = StanceWithMore(actor: "RU", issue: "i", position: Self.cited, salience: Self.cited,
                                  uncertainty: nil, uncertaintyBasis: nil, confidence: 0.5)
        let bytes = try CompactEncoder.encode(more)
        #expect(throws: (any Error).self) { try CompactDecoder.decode(Stance.self, from: bytes) }
        // `Codable` would have dropped it silently.
        #expect(try CompactDecoder.decode(Stance.self, from: bytes, byHand: false).actor == "RU")
    }

    /// Damaged model bytes: an error or some value, never a crash.
    @Test func damagedModelBytesNeverCrash() throws {
        let bytes = try CompactEncoder.encode([Self.snapshot])
        for damaged in DamagedBytes.copies(of: bytes, seed: 5, count: 400, changes: 4) {
            _ = try? CompactDecoder.decode([Snapshot].self, from: damaged)
        }
    }
}
