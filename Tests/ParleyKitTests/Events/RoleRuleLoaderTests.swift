import Testing
@testable import ParleyKit

/// The catalog's `only:` role rule and an issue parameter's `among:`: what loads, and the
/// located errors for what does not.
@Suite("Role rules and allowed issues, as loaded")
struct RoleRuleLoaderTests {
    static let truce = """
        types:
          - id: truce
            description: A pause.
            cameo: "0871"
            goldstein: 9.0
            parameters:
              - {name: between, type: actors, default: [RU, UA], summary: who pauses}
              - {name: issue, type: issue, default: ceasefire, among: [ceasefire, humanitarian], summary: what it bears on}
              - {name: scope, type: number, default: 0.3, range: [0, 1], summary: how wide}
            roles:
              - {only: [RU, UA], of: between, why: a truce is between the sides that fight}
            effects:
              - kind: position
                actors: between
                issues: issue
                toward: between
                by: "0.25 * scope"
                rationale: A pause draws the sides together.

        """

    func errors(_ text: String) -> String {
        do {
            _ = try EventCatalogLoader.load(file: "events.yaml", text: text, actors: EventCatalogTests.actors,
                                            issues: EventCatalogTests.issues)
            return "no error"
        } catch {
            return DiagnosticRenderer.render(error)
        }
    }

    @Test func onlyAndAmongLoad() throws {
        let catalog = try EventCatalogLoader.load(file: "events.yaml", text: Self.truce, actors: EventCatalogTests.actors,
                                                  issues: EventCatalogTests.issues)
        let type = try #require(catalog.type(named: "truce"))
        #expect(type.roles.map(\.kind) == [.only(["RU", "UA"], of: ["between"])])
        #expect(type.parameter(named: "issue")?.among == ["ceasefire", "humanitarian"])
        #expect(type.parameter(named: "scope")?.among == nil)
    }

    @Test func amongOnANumberIsRefused() {
        #expect(errors(Self.truce.replacingOccurrences(of: "range: [0, 1], summary: how wide",
                                                       with: "range: [0, 1], among: [ceasefire], summary: how wide")) == """
            events.yaml:9:73: error: only issue and issues parameters take 'among'
                  - {name: scope, type: number, default: 0.3, range: [0, 1], among: [ceasefire], summary: how wide}
                                                                                    ^

            """)
    }

    @Test func aDefaultOutsideAmongIsRefused() {
        #expect(errors(Self.truce.replacingOccurrences(of: "default: ceasefire, among", with: "default: territory, among")) == """
            events.yaml:8:45: error: default 'territory' is not among ceasefire, humanitarian
                  - {name: issue, type: issue, default: territory, among: [ceasefire, humanitarian], summary: what it bears on}
                                                        ^~~~~~~~~

            """)
    }

    @Test func onlyNamesActorParameters() {
        #expect(errors(Self.truce.replacingOccurrences(of: "of: between", with: "of: scope")) == """
            events.yaml:11:30: error: 'scope' is not an actor parameter of this type (its actor parameters: between)
                  - {only: [RU, UA], of: scope, why: a truce is between the sides that fight}
                                         ^~~~~

            """)
    }
}
