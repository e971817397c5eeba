import Testing
@testable import ParleyKit

/// The search checks the role rules on its grid (`TypeCombinations`), `apply` in
/// `EventArgumentReader`, with messages: two implementations of one rule set. These pin them
/// to each other over every combination the grid considers.
@Suite("search grid and apply agree")
struct GridRoleAgreementTests {
    /// Every combination of every type's grid values, kept or refused, typed as `apply` lines
    /// and read the way `apply` reads them: `apply` refuses exactly what the grid refuses, and
    /// reads what it keeps into the move the search performs.
    @Test func applyRefusesWhatTheGridRefusesAndNothingElse() throws {
        let t = SearchTests.july()
        let world = try #require(t.interpreter.session.world)
        let scenario = try #require(t.interpreter.session.branch?.scenario)
        let grid = CandidateGrid(catalog: world.catalog, actors: scenario.actors, issues: scenario.issues)
        let kept = Set(grid.candidates.map(\.command))
        let reader = MoveReader(world: world, scenario: scenario)
        var refusedByApply = 0, checked = 0
        for type in world.catalog.types {
            for arguments in SearchTests.combinations(of: type, world: world, scenario: scenario) {
                let candidate = SearchCandidate(type: type.id, arguments: arguments, order: type.parameters.map(\.name), effort: 0)
                let line = candidate.command
                let invocation = try #require(try ScriptParser.parseLine(line, file: "<grid>", lineNumber: 1))
                let command = try t.interpreter.catalog.prepare(invocation)
                checked += 1
                do throws(Diagnostic) {
                    let move = try reader.move(spec: command.spec.name, command.call)
                    #expect(kept.contains(line), "apply accepts what the grid refuses: \(line)")
                    #expect(move == candidate.move, "\(line)")
                } catch {
                    refusedByApply += 1
                    #expect(!kept.contains(line), "apply refuses what the grid keeps: \(line): \(error.message)")
                }
            }
        }
        #expect(checked == grid.candidates.count + grid.refusedByRoles)
        #expect(refusedByApply == grid.refusedByRoles)
        #expect(grid.refusedByRoles > 0)
    }
}
