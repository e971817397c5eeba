import Foundation
import Testing
@testable import ParleyKit

/// D7: nonsense events were accepted and moved stances a lot. Each is now a located error
/// with a suggestion, and the branch is left exactly as it was.
@Suite("Role checks")
struct RoleCheckTests {
    static let cases: [(String, String)] = [
        ("apply sanctions by=RU target=RU severity=1", """
            <stdin>:1:30: error: by and target both name RU: a side does not sanction itself; did you mean 'target=UA'?
            apply sanctions by=RU target=RU severity=1
                                         ^~

            """),
        ("apply military-aid by=RU to=UA amount=1", """
            <stdin>:1:23: error: by and against both name RU (against=RU by default): a supplier does not arm the side fighting it; did you mean 'by=US'?
            apply military-aid by=RU to=UA amount=1
                                  ^~

            """),
        ("apply summit between=US", """
            <stdin>:1:22: error: between names 1 actor; it needs at least 2: a summit needs two leaders; did you mean 'between=US,RU'?
            apply summit between=US
                                 ^~

            """),
        ("apply round participants=RU,RU", """
            <stdin>:1:26: error: participants names RU twice; each actor fills a role once; did you mean 'participants=RU'?
            apply round participants=RU,RU
                                     ^~~~~

            """),
        ("apply truce between=RU,RU", """
            <stdin>:1:21: error: between names RU twice; each actor fills a role once; did you mean 'between=RU'?
            apply truce between=RU,RU
                                ^~~~~

            """),
        ("apply ultimatum threat=ultimatum", """
            <stdin>:1:24: error: threat cannot be 'ultimatum' itself; did you mean 'threat=sanctions'?
            apply ultimatum threat=ultimatum
                                   ^~~~~~~~~

            """),
        ("apply ultimatum threat=round", """
            <stdin>:1:24: error: threat 'round' takes no by, target, which 'ultimatum' passes to it; did you mean 'threat=sanctions'?
            apply ultimatum threat=round
                                   ^~~~~

            """),
        ("apply strike by=UA target=UA", """
            <stdin>:1:27: error: by and target both name UA: a side does not strike itself; did you mean 'target=RU'?
            apply strike by=UA target=UA
                                      ^~

            """),
        // Roles only the sides that fight may take: a truce with the E3, a US strike, aid to the Union.
        ("apply truce between=RU,E3", """
            <stdin>:1:21: error: between names E3, but only RU or UA may take this role: a truce pauses fighting between the sides that fight; did you mean 'between=RU,UA'?
            apply truce between=RU,E3
                                ^~~~~

            """),
        ("apply strike by=US target=RU", """
            <stdin>:1:17: error: by names US, but only RU or UA may take this role: strikes are traded by the sides that fight; did you mean 'by=UA'?
            apply strike by=US target=RU
                            ^~

            """),
        // A truce bears on the ceasefire or on humanitarian steps, not on territory.
        ("apply truce issue=territory", """
            <stdin>:1:19: error: issue is one of ceasefire, humanitarian for 'truce', not territory; did you mean 'issue=ceasefire'?
            apply truce issue=territory
                              ^~~~~~~~~

            """),
        ("apply military-aid to=EU", """
            <stdin>:1:23: error: to names EU, but only RU or UA may take this role: the sides of the war are Russia and Ukraine; did you mean 'to=UA'?
            apply military-aid to=EU
                                  ^~

            """),
    ]

    @Test(arguments: cases.indices)
    func brokenCombinationIsALocatedErrorThatChangesNothing(_ index: Int) {
        let (line, expected) = Self.cases[index]
        let f = EventFixture()
        let before = f.scenario
        #expect(!f.run(line))
        #expect(f.t.err == expected)
        #expect(f.scenario == before)
        #expect(f.steps == 0)
    }

    /// A role left to its default is named as such; the caret goes to the role typed, and the
    /// suggestion is that role's default when it clashes with nothing.
    @Test func aClashWithADefaultSaysSo() {
        let f = EventFixture()
        #expect(!f.run("apply sanctions by=RU"))
        #expect(f.t.err == """
            <stdin>:1:20: error: by and target both name RU (target=RU by default): a side does not sanction itself; did you mean 'by=EU'?
            apply sanctions by=RU
                               ^~

            """)
    }
}
