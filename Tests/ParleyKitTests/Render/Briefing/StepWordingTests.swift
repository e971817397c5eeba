import Testing
@testable import ParleyKit
import ParleyTestSupport

/// A briefing words a step from its typed move, not from the command text.
@Suite("Step wording")
struct StepWordingTests {
    @Test func aStepIsWordedFromItsMove() throws {
        let world = ParleyFixtures.world()
        let scenario = world.scenario(at: world.seeds.latest)
        let type = try #require(world.catalog.type(named: "sanctions"))
        var arguments: [String: EventArgument] = [:]
        for parameter in type.parameters { arguments[parameter.name] = parameter.defaultValue }
        arguments["severity"] = .number(0.9)
        let outcome = try scenario.performing(.apply(event: "sanctions", arguments: arguments), catalog: world.catalog, step: 1)
        // The command text says nothing the wording reads: the roles come from the move, defaults included.
        let step = outcome.step(command: "apply sanctions severity=0.9")
        let words = StepWording.words(for: step, catalog: world.catalog, seeds: world.seeds)
        #expect(words.hasPrefix(String(type.description.dropLast())))
        #expect(words.contains("by: "), "the sanctioning side is named though it was a default")
        #expect(words.contains("target: Russia"))
        #expect(words.hasSuffix("; severity: 0.9)"))
        let garbled = Step(move: step.move, command: "#garbled", summary: step.summary, after: step.after, trace: step.trace)
        #expect(StepWording.words(for: garbled, catalog: world.catalog, seeds: world.seeds) == words)
        let turns = try scenario.performing(.turns(2), catalog: world.catalog, step: 1).step(command: "turns 2")
        #expect(StepWording.words(for: turns, catalog: world.catalog, seeds: world.seeds) == "2 bargaining turns")
    }
}
