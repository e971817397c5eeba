import Testing
@testable import ParleyKit

/// The catalog's enums read by hand (`CompactReader+Catalog.swift`): every case, with and
/// without its optional parts, reads back as `Codable` reads it, and a case or a field the
/// readers do not know fails the decode rather than being dropped.
@Suite("Seeds: the catalog's enums read by hand")
struct CompactCatalogReaderTests {
    static let formulas: [Formula] = [
        .number(1.5), .name("severity", offset: 3), .negate(.number(2)),
        .binary(.lessOrEqual, .name("a", offset: 0), .binary(.and, .number(1), .number(0))),
        .call("max", [.number(1), .name("b", offset: 4)], offset: 7), .call("now", [], offset: 0),
    ]
    static let references: [Reference] = [.parameter("by"), .ids(["RU", "UA"]), .ids([]), .all, .issuesOf("threat")]
    static let kinds: [Effect.Kind] = [
        .capability(actors: .parameter("target"), scale: .number(0.9), shift: nil),
        .capability(actors: .all, scale: nil, shift: .number(-2)),
        .salience(actors: .ids(["EU"]), issues: .all, shift: .number(0.1)),
        .position(actors: .parameter("by"), issues: .issuesOf("threat"), toward: .parameter("to"), by: .name("x", offset: 1)),
        .accommodation(actors: .all, toward: .ids(["US"]), weight: .number(0.2)),
        .uncertainty(actors: .all, issues: .all, scale: .number(1.1)),
        .bargain(actors: .parameter("between"), issues: .parameter("topics"), turns: .name("turns", offset: 0), uptake: nil),
        .bargain(actors: .all, issues: .all, turns: .number(3), uptake: .name("uptake", offset: 9)),
        .schedule(event: "threat", after: .name("deadline", offset: 2), unless: .binary(.greater, .number(1), .number(0)),
                  arguments: ["target": .parameter("target"), "by": .ids(["US"])]),
        .schedule(event: "truce-end", after: .number(30), unless: nil, arguments: [:]),
        .noDeal(issues: .all, toward: .ids(["RU"]), by: .number(5)),
        .expectation(actors: .all, issues: .ids(["territory"]), toward: .parameter("by"), by: .number(2)),
        .cost(actors: .parameter("target"), shift: .number(4)),
    ]
    static let arguments: [EventArgument] = [.ids(["EU", "US"]), .number(0.5)]
    static let bases: [Basis] = [
        .source(document: "doc.md", quote: "a quote", supports: "the sign"), .finding(work: "a study", says: "it says"),
        .assumption("reasoning"),
    ]
    static let roles: [RoleRule.Kind] = [.distinct(["by", "target"]), .least(2, of: "between"), .only(["RU"], of: ["by"])]
    static let recorded: [EventParameter.RecordedValue] = [.number(50), .text("RU"), .list(["RU", "UA"])]

    /// By hand and through `Codable`, each list reads back as written.
    func roundTrips<T: Codable & Equatable>(_ values: [T]) throws {
        let bytes = try CompactEncoder.encode(values)
        #expect(try CompactDecoder.decode([T].self, from: bytes) == values)
        #expect(try CompactDecoder.decode([T].self, from: bytes, byHand: false) == values)
    }

    @Test func everyCaseReadsAsCodableReadsIt() throws {
        try roundTrips(Self.formulas)
        try roundTrips(Self.references)
        try roundTrips(Self.kinds)
        try roundTrips(Self.arguments)
        try roundTrips(Self.bases)
        try roundTrips(Self.roles)
        try roundTrips(Self.recorded)
        // Every case of the larger enums is in the lists above.
        func names<T>(_ values: [T]) -> Set<String> { Set(values.compactMap { Mirror(reflecting: $0).children.first?.label }) }
        #expect(names(Self.kinds) == ["capability", "salience", "position", "accommodation", "uncertainty", "bargain",
                                      "schedule", "noDeal", "expectation", "cost"])
        #expect(names(Self.formulas) == ["number", "name", "negate", "binary", "call"])
    }

    /// What an enum with one more case, or a case with one more field, would write.
    enum ReferenceWithMore: Codable {
        case parameter(String)
        case everyone(String)
        case ids([String], note: String)
    }

    @Test func aCaseOrFieldTheReaderDoesNotKnowFailsTheDecode() throws {
        let known = try CompactEncoder.encode(ReferenceWithMore.parameter("by"))
        #expect(try CompactDecoder.decode(Reference.self, from: known) == .parameter("by"))
        for unknown in [ReferenceWithMore.everyone("x"), .ids(["RU"], note: "n")] {
            let bytes = try CompactEncoder.encode(unknown)
            #expect(throws: (any Error).self) { try CompactDecoder.decode(Reference.self, from: bytes) }
        }
    }

    /// Damaged bytes: an error or some value, never a crash.
    @Test func damagedBytesNeverCrash() throws {
        let bytes = try CompactEncoder.encode(Self.kinds)
        for damaged in DamagedBytes.copies(of: bytes, seed: 11, count: 400, changes: 4) {
            _ = try? CompactDecoder.decode([Effect.Kind].self, from: damaged)
        }
    }
}
