import Testing
@testable import ParleyKit

/// Properties the model must have whatever the data, checked on seeded random scenarios.
@Suite("Bargaining model properties")
struct BargainingPropertyTests {
    let model = BargainingModel()

    @Test("positions stay in [0, 1] and finite", arguments: [1, 2, 3, 4, 5] as [UInt64])
    func positionsStayInRange(seed: UInt64) {
        let state = EngineFixtures.randomState(actors: 5 + Int(seed) * 4, issues: 1 + Int(seed % 3), seed: seed)
        let run = model.runToConvergence(state)
        for turn in 0...run.turnCount {
            #expect(run.positions(turn: turn).allSatisfy { $0.isFinite && $0 >= 0 && $0 <= 1 })
        }
        for record in run.records {
            #expect(record.riskAttitudes.allSatisfy { $0 >= -0.5 - 1e-12 && $0 <= 1 + 1e-12 })
            #expect(record.challenges.allSatisfy { $0.challengerPrevails > 0 && $0.challengerPrevails < 1 })
        }
    }

    /// Reordering actors only relabels them. Ties are broken by index, so this holds for data
    /// without exact ties, such as continuous random draws; summation order changes, so values
    /// may differ in the last bits, but the 4-decimal bargains come out the same.
    @Test("invariant under reordering the actors", arguments: [11, 12, 13, 14] as [UInt64])
    func permutationInvariance(seed: UInt64) throws {
        let n = 9 + Int(seed % 4) * 3
        let d = 1 + Int(seed % 3)
        let state = EngineFixtures.randomState(actors: n, issues: d, seed: seed)
        var random = SplitMix64(seed: seed &* 31)
        let order = Array(0..<n).shuffled(using: &random)  // new index k holds old actor order[k]
        let permuted = try BargainingState(
            capabilities: order.map { state.capabilities[$0] },
            positions: order.map { state.positions(of: $0) },
            saliences: order.map { actor in (0..<d).map { state.salience(actor: actor, issue: $0) } })
        let original = model.runToConvergence(state, recording: false)
        let shuffled = model.runToConvergence(permuted, recording: false)
        #expect(original.turnCount == shuffled.turnCount)
        for turn in 0...min(original.turnCount, shuffled.turnCount) {
            for (newIndex, oldIndex) in order.enumerated() {
                for issue in 0..<d {
                    let a = original.position(turn: turn, actor: oldIndex, issue: issue)
                    let b = shuffled.position(turn: turn, actor: newIndex, issue: issue)
                    #expect(abs(a - b) < 1e-9, "turn \(turn) actor \(oldIndex) issue \(issue)")
                }
            }
        }
    }

    /// When every actor holds one stance, every stance is equally likely (P_max = P_min), the
    /// guard makes everyone risk-neutral, nobody gains by challenging, and nothing moves.
    @Test("a consensus is a fixed point, without NaN")
    func consensusIsFixedPoint() {
        let stance = [0.37, 0.8]
        let state = EngineFixtures.state(
            capabilities: [10, 40, 5, 25],
            positions: Array(repeating: stance, count: 4),
            saliences: [[0.5, 0.5], [0.2, 0.3], [0, 0], [0.9, 0.1]])
        let step = model.turn(state)
        #expect(step.state.positions == state.positions)
        #expect(step.record.riskAttitudes == [0, 0, 0, 0])
        #expect(step.record.challenges.isEmpty)
        #expect(step.record.movement == 0)
        #expect(step.record.prevailingProbabilities.allSatisfy { $0 == 0.25 })
        let run = model.runToConvergence(state)
        #expect(run.turnCount == 2 && run.ending == .converged)
        #expect(run.finalState.positions == state.positions)
        let forecast = model.prevailingProbabilities(state)
        #expect(forecast == [PositionProbability(position: stance, probability: 1, actors: [0, 1, 2, 3])])
    }

    /// Does a zero-salience actor "never move anyone"? Not in SMP. Its stance is still a candidate
    /// in the risk election (so it shifts everyone's P and R), and others may challenge it (it is
    /// the easiest of targets: with σ_j = 0 the expected gain is U(i,i) − U(i,j)), which can take
    /// their challenge away from someone else. What SMP does imply, exactly: it never challenges
    /// (every outcome is worth the same to it, so E = 0), and its weight never counts — as a voter
    /// in the risk election and the bargain elections, as a principal, or as a third party — so
    /// its capability has no effect at all, bit for bit.
    @Test("a zero-salience actor never challenges and its capability never matters", arguments: [21, 22, 23] as [UInt64])
    func zeroSalienceActorCarriesNoWeight(seed: UInt64) throws {
        let base = EngineFixtures.randomState(actors: 10, issues: 2, seed: seed)
        func withIndifferentActor(capability: Double) throws -> BargainingState {
            var capabilities = base.capabilities
            capabilities[3] = capability
            var saliences = base.saliences
            saliences[6] = 0
            saliences[7] = 0
            return try BargainingState(
                actorCount: 10, issueCount: 2, capabilities: capabilities,
                flatPositions: base.positions, flatSaliences: saliences)
        }
        let weak = model.runToConvergence(try withIndifferentActor(capability: 0.5))
        let strong = model.runToConvergence(try withIndifferentActor(capability: 500))
        #expect(weak.turnCount == strong.turnCount)
        for turn in 0...weak.turnCount {
            #expect(weak.positions(turn: turn) == strong.positions(turn: turn))
        }
        for record in weak.records + strong.records {
            #expect(record.challenge(by: 3) == nil)
            #expect(record.choices.allSatisfy { $0.acceptedFrom != 3 })
        }
    }

    @Test("results do not depend on the number of threads")
    func threadCountInvariance() {
        // 70 actors so that every parallel step really runs on two workers.
        let state = EngineFixtures.randomState(actors: 70, issues: 2, seed: 99)
        let one = BargainingModel(workerCount: 1).run(state, turns: 4)
        let two = BargainingModel(workerCount: 2).run(state, turns: 4)
        let three = BargainingModel(workerCount: 3).run(state, turns: 4)
        #expect(one == two)
        #expect(one == three)
    }

    @Test("bargaining among a subset moves only its members; the full set is the plain model")
    func subsetBargaining() {
        let state = EngineFixtures.randomState(actors: 12, issues: 2, seed: 7)
        let members = [1, 4, 5, 9]
        let run = model.run(state, turns: 5, among: members)
        for actor in 0..<12 where !members.contains(actor) {
            #expect(run.finalState.positions(of: actor) == state.positions(of: actor))
        }
        for record in run.records {
            #expect(record.challenges.allSatisfy { members.contains($0.challenger) && members.contains($0.target) })
        }
        #expect(run.finalState.positions != state.positions, "the members do bargain")
        #expect(model.run(state, turns: 5, among: Array(0..<12)) == model.run(state, turns: 5))
        let pair = model.run(state, turns: 3, among: [2, 8])
        #expect(pair.positions(turn: 3).allSatisfy { $0.isFinite })
    }

    @Test("exactly N turns; one turn agrees with a run; recording does not change positions")
    func runShapes() {
        let state = EngineFixtures.randomState(actors: 8, issues: 3, seed: 5)
        let seven = model.run(state, turns: 7)
        #expect(seven.turnCount == 7 && seven.records.count == 7 && seven.ending == .requestedTurns)
        #expect(model.run(state, turns: 0).finalState == state)
        let single = model.turn(state)
        #expect(single.record == seven.records[0])
        #expect(single.state.positions == seven.positions(turn: 1))
        let quiet = model.run(state, turns: 7, recording: false)
        #expect(quiet.records.isEmpty)
        #expect(quiet.finalState == seven.finalState)
        // The record tells the same story as the trajectory.
        for record in seven.records {
            #expect(record.movement == seven.movements[record.turn - 1])
            for choice in record.choices {
                #expect(choice.to == seven.positions(turn: record.turn, actor: choice.actor))
                if let from = choice.acceptedFrom {
                    let challenge = record.challenge(by: from)!
                    #expect(choice.to == (challenge.challenger == choice.actor ? challenge.challengerSide : challenge.targetSide))
                }
            }
        }
    }

    @Test("the stopping rule caps a run at 100 turns")
    func turnCap() {
        let state = EngineFixtures.randomState(actors: 6, issues: 1, seed: 3)
        var strict = BargainingModel()
        strict.stoppingRule = StoppingRule(threshold: 0)  // never "settled"
        let run = strict.runToConvergence(state, recording: false)
        #expect(run.turnCount == 100 && run.ending == .turnLimit)
    }

    @Test("probabilities of prevailing: one per distinct stance, summing to 1")
    func forecast() {
        let state = EngineFixtures.state(
            capabilities: [50, 30, 20, 10],
            positions: [[0.2], [0.8], [0.2], [0.5]],
            saliences: [[0.9], [0.9], [0.5], [0.4]])
        let forecast = model.prevailingProbabilities(state)
        #expect(forecast.map(\.actors) == [[0, 2], [1], [3]])
        #expect(abs(forecast.map(\.probability).reduce(0, +) - 1) < 1e-12)
        // 0.2 (capability 70) beats 0.5 and 0.8 pairwise, and 0.5 beats 0.8.
        #expect(forecast[0].probability > forecast[2].probability)
        #expect(forecast[2].probability > forecast[1].probability)
    }

    @Test("accommodation pulls ideals toward others; the identity keeps ideals on positions")
    func accommodation() throws {
        let base = EngineFixtures.randomState(actors: 5, issues: 1, seed: 17)
        var weights = [Double](repeating: 0, count: 25)
        for actor in 0..<5 { weights[actor * 5 + actor] = 1 }
        let explicitIdentity = try BargainingState(
            actorCount: 5, issueCount: 1, capabilities: base.capabilities, flatPositions: base.positions,
            flatSaliences: base.saliences, accommodation: .matrix(weights))
        #expect(model.run(explicitIdentity, turns: 3).positions(turn: 3) == model.run(base, turns: 3).positions(turn: 3))
        weights = [Double](repeating: 0, count: 25)  // nobody adjusts: ideals stay where they began
        let stubborn = try BargainingState(
            actorCount: 5, issueCount: 1, capabilities: base.capabilities, flatPositions: base.positions,
            flatSaliences: base.saliences, accommodation: .matrix(weights))
        #expect(model.run(stubborn, turns: 3).finalState.ideals == base.positions)
    }

    @Test("invalid states are refused with a reason")
    func stateValidation() {
        #expect(throws: BargainingStateError.valueOutOfRange(what: "position", actor: 1, issue: 0, value: 1.5)) {
            try BargainingState(capabilities: [1, 1], positions: [[0.5], [1.5]], saliences: [[0.5], [0.5]])
        }
        #expect(throws: BargainingStateError.salienceSumAboveOne(actor: 0, total: 1.2)) {
            try BargainingState(capabilities: [1, 1], positions: [[0.5, 0.5], [0.1, 0.1]],
                                saliences: [[0.6, 0.6], [0.5, 0.5]])
        }
        #expect(throws: BargainingStateError.self) {
            try BargainingState(capabilities: [1, .nan], positions: [[0.5], [0.5]], saliences: [[0.5], [0.5]])
        }
        #expect(throws: BargainingStateError.self) {
            try BargainingState(capabilities: [1, 1], positions: [[0.5], [0.5, 0.2]], saliences: [[0.5], [0.5]])
        }
    }
}

@Suite("Bargaining state edits")
struct BargainingStateEditTests {
    @Test("setters check their values and keep ideals in step")
    func setters() throws {
        var state = EngineFixtures.state(
            capabilities: [1, 2, 3], positions: [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]],
            saliences: [[0.5, 0.5], [0.2, 0.2], [0.1, 0.9]])
        try state.setPosition(0.9, actor: 1, issue: 0)
        #expect(state.position(actor: 1, issue: 0) == 0.9 && state.ideal(actor: 1, issue: 0) == 0.9)
        #expect(throws: BargainingStateError.self) { try state.setPosition(-0.1, actor: 1, issue: 0) }
        try state.setSaliences([0.7, 0.3], actor: 2)
        #expect(state.salience(actor: 2, issue: 0) == 0.7)
        #expect(throws: BargainingStateError.salienceSumAboveOne(actor: 2, total: 1.5)) {
            try state.setSaliences([0.7, 0.8], actor: 2)
        }
        try state.setCapability(40, actor: 0)
        #expect(state.capabilities == [40, 2, 3])
        #expect(throws: BargainingStateError.self) { try state.setCapability(.infinity, actor: 0) }
        try state.setAccommodation(.matrix([0.5, 0.5, 0, 0, 1, 0, 0, 0, 1]))
        try state.setPosition(0.2, actor: 0, issue: 0)
        #expect(state.ideal(actor: 0, issue: 0) == 0.1, "with accommodation the ideal stays put")
        #expect(throws: BargainingStateError.invalidAccommodation(actor: 0)) {
            try state.setAccommodation(.matrix([0.9, 0.5, 0, 0, 1, 0, 0, 0, 1]))
        }
    }
}
