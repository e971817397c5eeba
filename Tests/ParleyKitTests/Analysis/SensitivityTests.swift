import Foundation
import Testing
@testable import ParleyKit

@Suite("sensitivity")
struct SensitivityTests {
    static let july = CalendarDate(parsing: "2025-07-23")!

    /// The July state, on a world whose actors are listed in `order` (ids), with `commands`
    /// replayed as the typed moves the bundled world's session made of them.
    static func branch(order: [String]? = nil, commands: [String] = []) throws -> (World, Branch) {
        let t = Transcript()
        #expect(t.interpreter.loadAtStart(nil))
        for command in commands { #expect(t.run(command)) }
        var world = try #require(t.interpreter.session.world)
        let recorded = try #require(t.interpreter.session.branch)
        if let order {
            world.seeds.actors = order.map { id in world.seeds.actors.first { $0.id == id }! }
        }
        let snapshot = try #require(world.seeds.snapshot(onOrBefore: july))
        var branch = Branch(name: "main", baseline: world.scenario(at: snapshot), snapshotDate: snapshot.date)
        for (index, step) in recorded.steps.enumerated() {
            let outcome = try branch.scenario.performing(step.move, catalog: world.catalog, step: index + 1)
            branch.record(Step(move: step.move, command: step.command, summary: step.command,
                               after: outcome.scenario, trace: outcome.trace))
        }
        return (world, branch)
    }

    static func target(_ text: String, _ world: World) throws -> SensitivityTarget {
        SensitivityTarget(measure: try MeasureParser.parse(text).resolved(in: world.seeds), text: text)
    }

    @Test func inputsCarryTheirRangesAndEvidence() throws {
        let (world, branch) = try Self.branch()
        let inputs = SensitivityInput.all(world: world, branch: branch)
        let stance = try #require(inputs.first { $0.id == "position:TR:territory" })
        let seeded = try #require(world.seeds.snapshot(onOrBefore: Self.july)?.stance(actor: "TR", issue: "territory"))
        let u = try #require(seeded.uncertainty)
        #expect(stance.base == seeded.position.value)
        #expect(stance.low == max(0, seeded.position.value - u) && stance.high == min(100, seeded.position.value + u))
        #expect(stance.evidence.isEstimate == !seeded.position.provenance.isDocumented)
        #expect(inputs.contains { $0.id == "salience:RU:territory" && $0.low == 0.9 && $0.high == 1.1 })
        #expect(inputs.contains { $0.id == "capability:RU" })
        // Structural choices: a veto per signatory of a shared issue, an expectation where it differs from the facts.
        #expect(inputs.contains { $0.id == "veto:UA:territory" && $0.isStructural })
        let terms = branch.baseline.settlement
        let (ru, territory) = (branch.baseline.actorIndex("RU")!, branch.baseline.issueIndex("territory")!)
        #expect(inputs.contains { $0.id == "expectation:RU:territory" } == (terms.expected(actor: ru, issue: territory) != terms.noDeal[territory]))
        // No event applied: no catalog magnitude is an input; a summit brings its own.
        #expect(!inputs.contains { if case .magnitude = $0.kind { true } else { false } })
        let (_, summit) = try Self.branch(commands: ["apply summit"])
        let magnitudes = SensitivityInput.all(world: world, branch: summit).filter { if case .magnitude = $0.kind { true } else { false } }
        #expect(magnitudes.map(\.id) == ["magnitude:summit bargain #1 uptake"])
        #expect(magnitudes[0].low == 0.5 && magnitudes[0].high == 1.5)
        #expect(inputs.map(\.id) == inputs.map(\.id).sorted())
    }

    @Test func aPositionTargetMovesExactlyWithItsOwnInput() throws {
        let (world, branch) = try Self.branch()
        let analysis = SensitivityAnalysis(world: world, branch: branch, targets: [try Self.target("RU.territory", world)], workers: 2)
        let result = try #require(try analysis.run()?.first)
        let input = try #require(result.rows.first?.input)
        #expect(input.id == "position:RU:territory")
        #expect(result.rows[0].atLow == input.low && result.rows[0].atHigh == input.high)
        #expect(result.moving.count == 1)
        #expect(result.base == branch.scenario.positions[branch.scenario.actorIndex("RU")!, branch.scenario.issueIndex("territory")!])
        #expect(result.headline(seeds: world.seeds).hasPrefix("Russia's territory stance rests "))
        #expect(result.headline(seeds: world.seeds).contains("its own starting value"))

        let morris = MorrisScreening(world: world, branch: branch, target: try Self.target("RU.territory", world), seed: 3, workers: 2)
        let screened = try #require(try morris.run())
        #expect(screened.moving.count == 1)
        let row = screened.rows[0]
        #expect(row.input.id == "position:RU:territory")
        // A linear input: every elementary effect is the whole range's span.
        #expect(abs(row.muStar - (input.high - input.low)) < 1e-9 && abs(row.mu - (input.high - input.low)) < 1e-9)
        #expect(row.sigma < 1e-9 && row.count == morris.trajectories)
    }

    @Test func anEndIsTheBranchReplayedWithThatInputChanged() throws {
        let (world, branch) = try Self.branch(commands: ["apply summit", "apply round participants=RU,UA mediator=TR"])
        let target = try Self.target("forecast.territory", world)
        let result = try #require(try SensitivityAnalysis(world: world, branch: branch, targets: [target], workers: 2).run()?.first)
        #expect(result.base == branch.scenario.consensus(issue: branch.scenario.issueIndex("territory")!).expected)
        let row = try #require(result.rows.first { $0.input.id == "position:TR:territory" })
        var start = branch.baseline
        let (tr, territory) = (start.actorIndex("TR")!, start.issueIndex("territory")!)
        start.ideals[tr, territory] += row.input.low - start.positions[tr, territory]
        start.positions[tr, territory] = row.input.low
        let end = try start.replaying(branch.moves, catalog: world.catalog)
        #expect(row.atLow == end.consensus(issue: territory).expected)
    }

    @Test func theSameAnswerOnAnyNumberOfCores() throws {
        let (world, branch) = try Self.branch(commands: ["apply summit"])
        let target = try Self.target("gap(RU,UA).ceasefire", world)
        let results = try [1, 2, 3].map { workers in
            try #require(try SensitivityAnalysis(world: world, branch: branch, targets: [target], workers: workers).run()?.first)
        }
        for result in results.dropFirst() {
            #expect(result.rows.map(\.input.id) == results[0].rows.map(\.input.id))
            #expect(result.rows.map(\.atLow) == results[0].rows.map(\.atLow))
            #expect(result.rows.map(\.atHigh) == results[0].rows.map(\.atHigh))
        }
        let screenings = try [1, 2].map { workers in
            try #require(try MorrisScreening(world: world, branch: branch, target: target, trajectories: 4, seed: 11, workers: workers).run())
        }
        #expect(screenings[0].rows.map(\.muStar) == screenings[1].rows.map(\.muStar))
        #expect(screenings[0].rows.map(\.input.id) == screenings[1].rows.map(\.input.id))
        let other = try #require(try MorrisScreening(world: world, branch: branch, target: target, trajectories: 4, seed: 12, workers: 2).run())
        #expect(other.rows.map(\.muStar) != screenings[0].rows.map(\.muStar))
    }

    /// Workers replaying on copies of their own (forced however few the evaluations) find
    /// exactly what one worker finds, in both analyses.
    @Test func workersOnCopiesFindTheSameAnswer() throws {
        let (world, branch) = try Self.branch(commands: ["apply summit", "apply sanctions by=EU target=RU"])
        let target = try Self.target("forecast.territory", world)
        var tornadoes: [String] = []
        var screenings: [String] = []
        for workers in [1, 2, 3] {
            var analysis = SensitivityAnalysis(world: world, branch: branch, targets: [target], workers: workers)
            analysis.copiesFrom = 0
            tornadoes.append(SensitivityJSON.render(try #require(try analysis.run()?.first), seeds: world.seeds))
            var morris = MorrisScreening(world: world, branch: branch, target: target, trajectories: 2, seed: 7, workers: workers)
            morris.copiesFrom = 0
            screenings.append(SensitivityJSON.render(try #require(try morris.run()), seeds: world.seeds))
        }
        #expect(tornadoes[0] == tornadoes[1] && tornadoes[0] == tornadoes[2])
        #expect(screenings[0] == screenings[1] && screenings[0] == screenings[2])
        // The branch's own magnitudes are inputs, so the workers' catalogs are scaled too.
        #expect(tornadoes[0].contains("magnitude:summit bargain #1 uptake"))
    }

    /// Property: the ranking and every value are the same whatever order the actors are listed in.
    @Test(arguments: [["UA", "RU", "US", "EU", "TR", "E3"], ["E3", "TR", "EU", "US", "UA", "RU"], ["TR", "E3", "RU", "EU", "UA", "US"]])
    func theRankingDoesNotDependOnActorOrder(order: [String]) throws {
        let commands = ["apply summit", "apply sanctions by=US,EU severity=0.6"]
        let (world, branch) = try Self.branch(commands: commands)
        let (permutedWorld, permuted) = try Self.branch(order: order, commands: commands)
        #expect(permuted.baseline.actors == order)
        for text in ["forecast.territory", "RU.ceasefire", "gap(RU,UA).territory"] {
            let a = try #require(try SensitivityAnalysis(world: world, branch: branch, targets: [try Self.target(text, world)], workers: 2).run()?.first)
            let b = try #require(try SensitivityAnalysis(world: permutedWorld, branch: permuted,
                                                         targets: [try Self.target(text, permutedWorld)], workers: 2).run()?.first)
            #expect(a.moving.map(\.input.id) == b.moving.map(\.input.id), "\(text)")
            for (x, y) in zip(a.rows, b.rows) {
                #expect(abs((x.atLow ?? -1) - (y.atLow ?? -1)) < 1e-9 && abs((x.atHigh ?? -1) - (y.atHigh ?? -1)) < 1e-9, "\(text) \(x.input.id)")
            }
            let m = try #require(try MorrisScreening(world: world, branch: branch, target: try Self.target(text, world), trajectories: 3, seed: 5, workers: 2).run())
            let n = try #require(try MorrisScreening(world: permutedWorld, branch: permuted, target: try Self.target(text, permutedWorld),
                                                     trajectories: 3, seed: 5, workers: 2).run())
            #expect(m.moving.map(\.input.id) == n.moving.map(\.input.id), "\(text)")
        }
    }

    @Test func structuralChoicesTakeTheirAlternativeAtTheLowEnd() throws {
        let (world, branch) = try Self.branch()
        let inputs = SensitivityInput.all(world: world, branch: branch)
        let veto = try #require(inputs.first { $0.id == "veto:UA:territory" })
        let (ua, territory) = (branch.baseline.actorIndex("UA")!, branch.baseline.issueIndex("territory")!)
        let vote = InputSetting([(veto, 0)]).applied(to: branch.baseline, catalog: world.catalog).start
        #expect(!vote.settlement.signatories[territory].contains(ua))
        #expect(InputSetting([(veto, 1)]).applied(to: branch.baseline, catalog: world.catalog).start == branch.baseline)
        if let expectation = inputs.first(where: { $0.id == "expectation:RU:territory" }) {
            let ru = branch.baseline.actorIndex("RU")!
            let facts = InputSetting([(expectation, 0)]).applied(to: branch.baseline, catalog: world.catalog).start
            #expect(facts.settlement.expected(actor: ru, issue: territory) == branch.baseline.settlement.noDeal[territory])
        }
        // A salience's row keeps its total.
        let salience = try #require(inputs.first { $0.id == "salience:RU:territory" })
        let raised = InputSetting([(salience, 1)]).applied(to: branch.baseline, catalog: world.catalog).start
        let ru = branch.baseline.actorIndex("RU")!
        #expect(abs(raised.saliences.row(ru).reduce(0, +) - branch.baseline.saliences.row(ru).reduce(0, +)) < 1e-12)
        #expect(raised.saliences[ru, territory] > branch.baseline.saliences[ru, territory])
    }

    @Test func theHeadlineSaysWhenItRestsOnAnEstimate() throws {
        let (world, branch) = try Self.branch()
        let target = try Self.target("forecast.territory", world)
        let estimate = SensitivityInput(kind: .position(actor: "TR", issue: "territory"), id: "position:TR:territory",
                                        label: "TR territory 25±20", phrase: "Türkiye's territory stance", range: "±20",
                                        base: 25, low: 5, high: 45, evidence: .estimate)
        var cited = estimate
        cited.id = "position:UA:territory"
        cited.phrase = "Ukraine's territory stance"
        cited.range = "±6"
        cited.evidence = .cited(document: "001_06ad844f94b272e9.txt", grade: "D2", supports: "value")
        func result(_ rows: [SensitivityResult.Row]) -> SensitivityResult {
            SensitivityResult(target: target, branch: "main", steps: 0, date: branch.scenario.date, base: 35,
                              rows: SensitivityResult.ranked(rows))
        }
        let led = result([.init(input: estimate, atLow: 24, atHigh: 44, base: 35), .init(input: cited, atLow: 34, atHigh: 36, base: 35)])
        #expect(led.headline(seeds: world.seeds)
                == "The territory forecast rests mainly on Türkiye's territory stance, an estimate (±20). Of the 2 inputs that move it most, 1 is an estimate.")
        let citedLead = result([.init(input: estimate, atLow: 34, atHigh: 36, base: 35), .init(input: cited, atLow: 20, atHigh: 50, base: 35)])
        #expect(citedLead.headline(seeds: world.seeds)
                == "The territory forecast rests most on Ukraine's territory stance (±6), cited (D2, supports: value). Of the 2 inputs that move it most, 1 is an estimate.")
        #expect(result([.init(input: estimate, atLow: 35, atHigh: 35, base: 35)]).headline(seeds: world.seeds)
                == "No input moves the territory forecast across its range.")
        // Deciding whether the target exists outranks any swing.
        let existence = result([.init(input: estimate, atLow: 0, atHigh: 90, base: 35), .init(input: cited, atLow: nil, atHigh: 35, base: 35)])
        #expect(existence.rows.map(\.input.id) == ["position:UA:territory", "position:TR:territory"])
    }

    @Test(arguments: [60, 80, 100])
    func theChartFitsTheWidth(width: Int) throws {
        let (world, branch) = try Self.branch(commands: ["apply summit", "advance 30d"])
        for text in ["forecast.territory", "RU.ceasefire"] {
            let result = try #require(try SensitivityAnalysis(world: world, branch: branch, targets: [try Self.target(text, world)], workers: 2).run()?.first)
            let chart = TornadoChart(result, seeds: world.seeds, width: width).render()
            // Prose lines are wrapped by the console; the chart's own lines must fit as drawn.
            let lines = chart.split(separator: "\n").filter { $0.contains("│") || $0.hasPrefix("input") }
            #expect(lines.count >= 2)
            for line in lines { #expect(line.count <= width, "\(line)") }
            let morris = try #require(try MorrisScreening(world: world, branch: branch, target: try Self.target(text, world), trajectories: 2, seed: 1, workers: 2).run())
            let table = TornadoMorrisChart(morris, seeds: world.seeds, width: width).render()
            for line in table.split(separator: "\n") where line.contains("█") { #expect(line.count <= width, "\(line)") }
        }
    }

    @Test func ctrlCStopsAndKeepsNothing() throws {
        let (world, branch) = try Self.branch()
        let target = try Self.target("forecast.territory", world)
        #expect(try SensitivityAnalysis(world: world, branch: branch, targets: [target], workers: 2).run(isCancelled: { true }) == nil)
        #expect(try MorrisScreening(world: world, branch: branch, target: target, seed: 1, workers: 2).run(isCancelled: { true }) == nil)
        let t = Transcript()
        #expect(t.interpreter.loadAtStart(nil))
        t.interpreter.console.isCancelled = { true }
        #expect(!t.run("sensitivity forecast.territory"))
        #expect(t.err == "sensitivity stopped by Ctrl-C; no result kept.\n")
        #expect(t.interpreter.session.results.latest(SensitivityResults.self) == nil)
    }

    @Test func tabOffersTheMeasuresWithTheWorldsNames() throws {
        let t = Transcript()
        #expect(t.interpreter.loadAtStart(nil))
        let session = t.interpreter.session
        #expect(SensitivityCompletion.targets(session, "forecast.te") == ["forecast.territory"])
        let settle = SensitivityCompletion.targets(session, "settle.")
        #expect(settle.contains("settle.ceasefire") && settle.contains("settle.package"))
        #expect(settle.contains("settle.us-ru-summit"))  // the summits have signatories (RU and US)
        #expect(SensitivityCompletion.targets(session, "ru.terr") == ["RU.territory"])
        #expect(SensitivityCompletion.targets(Session(), "f").isEmpty)
    }
}
