import Foundation
import Testing
@testable import ParleyKit

@Suite("Event catalog")
struct EventCatalogTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let actors: Set<String> = ["RU", "UA", "US", "EU", "TR", "E3"]
    static let issues: Set<String> = ["ceasefire", "territory", "neutrality", "military-aid", "sanctions", "humanitarian", "summit"]

    func load(_ text: String) throws(DiagnosticList) -> EventCatalog {
        try EventCatalogLoader.load(file: "events.yaml", text: text, actors: Self.actors, issues: Self.issues)
    }

    func errors(_ text: String) -> String {
        do {
            _ = try load(text)
            return "no error"
        } catch {
            return DiagnosticRenderer.render(error)
        }
    }

    @Test func bundledCatalogLoadsWithEveryRequiredType() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("seeds/events.yaml"), encoding: .utf8)
        let catalog = try load(text)
        for id in ["sanctions", "ease-sanctions", "summit", "round", "prisoner-exchange", "ultimatum",
                   "military-aid", "strike", "truce", "memorandum", "halt-talks"] {
            let type = try #require(catalog.type(named: id), "missing \(id)")
            #expect(!type.effects.isEmpty)
            #expect(type.effects.allSatisfy { !$0.rationale.isEmpty })
            #expect((-10...10).contains(type.goldstein))
        }
        #expect(catalog.type(named: "swap")?.id == "prisoner-exchange")
        #expect(catalog.type(named: "ultimatum")?.parameter(named: "days")?.defaultValue == .number(50))
    }

    static let minimal = """
        types:
          - id: sanctions
            description: New sanctions.
            cameo: "163"
            goldstein: -8.0
            parameters:
              - {name: target, type: actor, default: RU, summary: who}
              - {name: severity, type: number, default: 0.5, range: [0, 1], summary: how hard}
            effects:
              - kind: capability
                actors: target
                scale: "1 - 0.06 * severity"
                rationale: Slow erosion.

        """

    @Test func minimalCatalogLoads() throws {
        let catalog = try load(Self.minimal)
        guard case .capability(.parameter("target"), let scale?, nil) = catalog.types[0].effects[0].kind else {
            Issue.record("wrong effect")
            return
        }
        #expect(try scale.evaluate(in: FormulaScope(numbers: ["severity": 0.5])) == 0.97)
    }

    @Test func unknownEffectKindSuggests() {
        #expect(errors(Self.minimal.replacingOccurrences(of: "kind: capability", with: "kind: capabilty")) == """
            events.yaml:10:15: error: unknown effect kind 'capabilty'; did you mean 'capability'?
                  - kind: capabilty
                          ^~~~~~~~~

            """)
    }

    @Test func missingRationale() {
        #expect(errors(Self.minimal.replacingOccurrences(of: "        rationale: Slow erosion.\n", with: "")) == """
            events.yaml:10:15: error: missing 'rationale': every effect must say why it has its size
                  - kind: capability
                          ^~~~~~~~~~

            """)
    }

    @Test func unknownNameInExpressionIsPlacedInsideTheQuotes() {
        #expect(errors(Self.minimal.replacingOccurrences(of: "0.06 * severity", with: "0.06 * sevrity")) == """
            events.yaml:12:28: error: unknown name 'sevrity' in formula; did you mean 'severity'?
                    scale: "1 - 0.06 * sevrity"
                                       ^~~~~~~

            """)
    }

    @Test func defaultOutsideRange() {
        #expect(errors(Self.minimal.replacingOccurrences(of: "default: 0.5", with: "default: 1.5")) == """
            events.yaml:8:49: error: default 1.5 is outside 0…1
                  - {name: severity, type: number, default: 1.5, range: [0, 1], summary: how hard}
                                                            ^~~

            """)
    }

    @Test func unknownActorSuggests() {
        #expect(errors(Self.minimal.replacingOccurrences(of: "default: RU", with: "default: RUS")) == """
            events.yaml:7:46: error: unknown actor 'RUS'; did you mean 'RU'?
                  - {name: target, type: actor, default: RUS, summary: who}
                                                         ^~~

            """)
    }

    @Test func duplicateTypeNames() {
        let twice = Self.minimal + Self.minimal.replacingOccurrences(of: "types:\n", with: "")
        #expect(errors(twice).hasPrefix("events.yaml:14:5: error: duplicate event type name 'sanctions' (first at events.yaml:2:5)\n"))
    }

    @Test func malformedExpression() {
        #expect(errors(Self.minimal.replacingOccurrences(of: "1 - 0.06 * severity", with: "1 - (0.06 * severity")) == """
            events.yaml:12:37: error: missing ')'
                    scale: "1 - (0.06 * severity"
                                                ^

            """)
    }

    /// Formulas recurse when parsed and evaluated; deep or long ones crashed with a stack
    /// overflow before these limits.
    @Test func formulaDepthAndLengthAreLimited() throws {
        let deep = String(repeating: "(", count: 33) + "1" + String(repeating: ")", count: 33)
        #expect(throws: Formula.ParseError(message: "formula nests more than 32 deep", offset: 32)) { try Formula.parse(deep) }
        #expect(throws: Formula.ParseError(message: "formula nests more than 32 deep", offset: 32)) {
            try Formula.parse(String(repeating: "-", count: 200) + "1")
        }
        let long = "1" + String(repeating: "+1", count: 500)
        #expect(throws: Formula.ParseError(message: "formula is 1001 characters long; the limit is 1000", offset: 0)) {
            try Formula.parse(long)
        }
        let nested = String(repeating: "(", count: 32) + "1" + String(repeating: ")", count: 32)
        #expect(try Formula.parse(nested).evaluate(in: FormulaScope()) == 1)
    }

    /// A type dropped for its own error is still a type: naming it elsewhere is no second error.
    @Test func aBrokenTypeCausesNoFalseReferenceErrors() {
        let threat = """
              - id: threat
                description: A threat.
                cameo: "139"
                goldstein: -7.0
                parameters:
                  - {name: then, type: event, default: sanctions, summary: what follows}
                effects:
                  - {kind: schedule, event: sanctions, after: "10", rationale: It follows.}

            """
        let catalog = Self.minimal.replacingOccurrences(of: "goldstein: -8.0", with: "goldstein: -80") + threat
        #expect(errors(catalog) == """
            events.yaml:5:16: error: Goldstein value -80 is outside -10…10
                goldstein: -80
                           ^~~

            """)
        #expect(errors(Self.minimal + threat.replacingOccurrences(of: "event: sanctions", with: "event: sanctoins")) == """
            events.yaml:21:33: error: 'threat' schedules an unknown event type 'sanctoins'; did you mean 'sanctions'?
                  - {kind: schedule, event: sanctoins, after: "10", rationale: It follows.}
                                            ^~~~~~~~~

            """)
    }

    /// A parameter dropped for its own error is still declared: formulas naming it are fine.
    @Test func aBrokenParameterCausesNoFalseNameErrors() {
        let catalog = Self.minimal.replacingOccurrences(of: "type: number", with: "type: colour")
        #expect(errors(catalog).components(separatedBy: "error:").count == 2)
    }

    @Test func expressionsEvaluate() throws {
        let scope = FormulaScope(numbers: ["size": 1000, "demand": 10],
                                    functions: ["moved": { _ throws(Formula.EvaluationError) in 12 }])
        #expect(try Formula.parse("min(0.3, size / 4000)").evaluate(in: scope) == 0.25)
        #expect(try Formula.parse("moved(target, issue) >= demand").evaluate(in: scope) == 1)
        #expect(try Formula.parse("-2 * (1 + 2) - -1").evaluate(in: scope) == -5)
        #expect(try Formula.parse("1 < 2 and 2 <= 1 or 3 != 3").evaluate(in: scope) == 0)
        #expect(throws: Formula.EvaluationError("division by zero in '1 / (size - 1000)'")) {
            try Formula.parse("1 / (size - 1000)").evaluate(in: scope)
        }
    }
}

/// Item 4 of issue 13: every magnitude in the bundled catalog shows what it rests on, and
/// every quoted basis is verbatim in its document (when the documents are at hand).
@Suite("Catalog bases")
struct CatalogBasisTests {
    @Test func everyEffectHasABasisAndEveryQuoteIsVerbatim() throws {
        let text = try String(contentsOf: EventCatalogTests.root.appendingPathComponent("seeds/events.yaml"), encoding: .utf8)
        let catalog = try EventCatalogLoader.load(file: "events.yaml", text: text, actors: EventCatalogTests.actors, issues: EventCatalogTests.issues)
        var quotes: [(String, String)] = []
        for type in catalog.types {
            for effect in type.effects {
                let basis = try #require(effect.basis, "\(type.id) \(effect.name) has no basis")
                if case .source(let document, let quote, _) = basis { quotes.append((document, quote)) }
                if case .finding(let work, _) = basis { let dated = work.contains { $0.isNumber }; #expect(dated, "\(work) names no year") }
            }
            for parameter in type.parameters where parameter.name == "uptake" { #expect(parameter.basis != nil) }
        }
        #expect(catalog.recovery?.basis != nil)
        let documents = URL(fileURLWithPath: "/work/shared/seeds")
        guard FileManager.default.fileExists(atPath: documents.path) else { return }
        for (document, quote) in quotes {
            let body = try String(contentsOf: documents.appendingPathComponent(document), encoding: .utf8)
            #expect(QuoteVerifier.normalize(body).contains(QuoteVerifier.normalize(quote)), "\(document): \(quote)")
        }
    }

    @Test func eventsTypeShowsEachBasis() {
        let f = EventFixture()
        #expect(f.run("events sanctions"))
        #expect(f.t.out.contains("basis (outside the five documents): Pape 1997:"))
        #expect(f.t.out.contains("basis: assumption: Six hundredths"))
        #expect(f.t.out.contains("basis: 000_7a8ac4b5de1c6585.txt: “The impact of Western sanctions"))
        #expect(f.t.out.contains("by, target share no actor: a side does not sanction itself"))
    }

    @Test func aPositionTowardAPointOfTheScaleIsRefused() {
        let text = EventCatalogTests.minimal + """
                  - kind: position
                    actors: target
                    issues: [ceasefire]
                    toward: 100
                    by: 0.1
                    rationale: Toward Moscow's end.

            """
        let found = EventCatalogTests().errors(text)
        #expect(found == """
            events.yaml:17:17: error: a position moves toward or away from actors (a parameter such as 'target'), not a point of the scale; did you mean 'target'?
                    toward: 100
                            ^~~

            """)
    }
}
