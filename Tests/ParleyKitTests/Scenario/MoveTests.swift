import Testing
@testable import ParleyKit

@Suite("moves and replay")
struct MoveTests {
    /// The tour's branch built by commands: a round, an ultimatum, the lapse, three turns.
    static func tour() -> Transcript {
        let t = Transcript()
        #expect(t.interpreter.loadAtStart(nil))
        #expect(t.run("apply round participants=RU,UA mediator=TR"))
        #expect(t.run("apply ultimatum by=US target=RU days=50d issue=ceasefire threat=sanctions"))
        #expect(t.run("advance 8w"))
        #expect(t.run("turns 3"))
        return t
    }

    @Test func everyStepKeepsItsTypedMove() throws {
        let branch = try #require(Self.tour().interpreter.session.branch)
        #expect(branch.steps.map(\.command) == [
            "apply round participants=RU,UA mediator=TR",
            "apply ultimatum by=US target=RU days=50d issue=ceasefire threat=sanctions",
            "advance 8w", "turns 3",
        ])
        guard case .apply(let event, let arguments) = branch.moves[0] else {
            Issue.record("the first move is not an apply")
            return
        }
        #expect(event == "round")
        #expect(arguments["participants"] == .ids(["RU", "UA"]))
        #expect(branch.moves[2] == .advance(to: CalendarDate(year: 2025, month: 9, day: 17)!))
        #expect(branch.moves[3] == .turns(3))
    }

    @Test func replayingTheMovesRebuildsTheBranch() throws {
        let t = Self.tour()
        let branch = try #require(t.interpreter.session.branch)
        let world = try #require(t.interpreter.session.world)
        let replayed = try branch.baseline.replaying(branch.moves, catalog: world.catalog)
        #expect(replayed == branch.scenario)
    }

    @Test func performingAMoveLeavesTheScenarioAndSummarises() throws {
        let t = Self.tour()
        let branch = try #require(t.interpreter.session.branch)
        let world = try #require(t.interpreter.session.world)
        let before = branch.scenario
        let outcome = try before.performing(.turns(nil), catalog: world.catalog, step: 5)
        #expect(before == branch.scenario)
        #expect(outcome.summary == "bargaining to convergence")
        #expect(outcome.trace.allSatisfy { $0.step == 5 })
        // July's pending ultimatum (scheduled on load) fires first, then the tour's own.
        #expect(branch.steps[2].summary == "advance to 2025-09-17; sanctions fired; sanctions fired")
    }

    @Test func anUnknownEventTypeIsBrokenNotInfeasible() throws {
        let t = Self.tour()
        let branch = try #require(t.interpreter.session.branch)
        let world = try #require(t.interpreter.session.world)
        #expect(throws: EventApplier.Failure(.unknownEventType, "unknown event type 'coup'")) {
            try branch.scenario.performing(.apply(event: "coup", arguments: [:]), catalog: world.catalog, step: 5)
        }
        let failure = EventApplier.Failure(.notInScenario, "'XX' is not in this scenario")
        #expect(failure.isInfeasible)
        #expect(!EventApplier.Failure(.unknownEventType, "").isInfeasible)
    }

    @Test func aFailedReplaySaysWhichMove() throws {
        let t = Self.tour()
        let branch = try #require(t.interpreter.session.branch)
        let world = try #require(t.interpreter.session.world)
        // The first move again, with an actor this scenario does not have.
        guard case .apply(let event, var arguments) = branch.moves[0] else { return }
        arguments["participants"] = .ids(["RU", "XX"])
        let moves = branch.moves + [.apply(event: event, arguments: arguments)]
        do {
            _ = try branch.baseline.replaying(moves, catalog: world.catalog)
            Issue.record("the replay should fail")
        } catch {
            #expect(error.moveIndex == 4)
            #expect(error.failure == EventApplier.Failure(.notInScenario, "'XX' is not in this scenario"))
            #expect(error.failure.isInfeasible)
        }
    }

    @Test func undoAndRedoMoveStepsBetweenTheLists() throws {
        let t = Self.tour()
        #expect(t.run("undo"))
        #expect(t.interpreter.session.branch?.steps.count == 3)
        #expect(t.interpreter.session.branch?.undone.count == 1)
        #expect(t.run("redo"))
        #expect(t.interpreter.session.branch?.steps.count == 4)
        #expect(t.run("undo"))
        #expect(t.run("turns 1"))
        #expect(t.interpreter.session.branch?.undone.isEmpty == true)
    }
}
