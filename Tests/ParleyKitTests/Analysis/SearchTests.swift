import Foundation
import Testing
@testable import ParleyKit

@Suite("search")
struct SearchTests {
    static func july(workers: Int = 2, cancelAfter: Int? = nil) -> Transcript {
        let t = Transcript()
        if let cancelAfter {
            let counter = Counter()
            t.interpreter.console.isCancelled = { counter.tick() > cancelAfter }
        }
        t.interpreter.simulationWorkers = workers
        #expect(t.run("load at=2025-07-23"))
        t.out = ""
        return t
    }

    final class Counter: @unchecked Sendable {
        var count = 0
        func tick() -> Int { count += 1; return count }
    }

    static func lastSearch(_ t: Transcript) throws -> SearchResult {
        try #require(t.interpreter.session.results.latest(SearchHistory.self)?.value.runs.last)
    }

    // MARK: - The grid comes from the catalog's declarations

    @Test func gridFollowsDeclarationsAndRoles() throws {
        let world = try #require(Self.july().interpreter.session.world)
        let scenario = try #require(Self.july().interpreter.session.branch?.scenario)
        let grid = CandidateGrid(catalog: world.catalog, actors: scenario.actors, issues: scenario.issues)
        let summits = grid.candidates.filter { $0.type == "summit" }
        // Pairs of six actors (least: 2), nine topic sets (the default and each issue), four turn counts.
        #expect(Set(summits.map { $0.arguments["between"]! }).count == 15)
        #expect(Set(summits.map { $0.arguments["topics"]! }).count == 9)
        #expect(Set(summits.map { $0.arguments["turns"]! }) == [.number(1), .number(3), .number(6), .number(10)])
        // Uptake carries a basis: calibration, held at its default.
        #expect(Set(summits.map { $0.arguments["uptake"]! }) == [.number(0.1)])
        #expect(grid.heldAtDefault.contains("summit.uptake"))
        // Role rules: no side sanctions itself; aid goes to one side of the war.
        for candidate in grid.candidates where candidate.type == "sanctions" {
            guard case .ids(let by) = candidate.arguments["by"]!, case .ids(let target) = candidate.arguments["target"]! else { continue }
            #expect(Set(by).isDisjoint(with: target))
        }
        for candidate in grid.candidates where candidate.type == "military-aid" {
            let roles = ["by", "to", "against"].map { candidate.arguments[$0]! }
            #expect(Set(roles).count == 3)
        }
        // An ultimatum's threat is every other type that takes by and target.
        let threats = Set(grid.candidates.filter { $0.type == "ultimatum" }.map { $0.arguments["threat"]! })
        #expect(threats == [.ids(["sanctions"]), .ids(["ease-sanctions"]), .ids(["strike"])])
        #expect(grid.refusedByRoles > 0)
        let sanction = try #require(grid.candidates.first { $0.type == "sanctions" })
        #expect(sanction.command == "apply sanctions by=EU target=RU severity=0.5")
        #expect(sanction.effort == 0.5)
        // A candidate made from a dictionary keeps the names it has a value for, in order.
        let partial = SearchCandidate(type: "summit", arguments: ["turns": .number(3)], order: ["between", "turns"], effort: 0)
        #expect(partial.command == "apply summit turns=3" && partial.arguments == ["turns": .number(3)])
    }

    /// Every combination of `type`'s grid values, the first parameter varying slowest, kept or
    /// refused by the roles: one parameter merged at a time into every partial combination.
    static func combinations(of type: EventType, world: World, scenario: Scenario) -> [[String: EventArgument]] {
        var combinations: [[String: EventArgument]] = [[:]]
        for parameter in type.parameters {
            let values = CandidateGrid.values(for: parameter, of: type, catalog: world.catalog,
                                              actors: scenario.actors, issues: scenario.issues)
            combinations = combinations.flatMap { partial in values.map { partial.merging([parameter.name: $0]) { $1 } } }
        }
        return combinations
    }

    /// The grid holds every combination of the parameters' values, the first varying slowest,
    /// less those the roles refuse: the same list, in the same order, as merging one parameter
    /// at a time into every partial combination.
    @Test func gridIsEveryCombinationInOrder() throws {
        let world = try #require(Self.july().interpreter.session.world)
        let scenario = try #require(Self.july().interpreter.session.branch?.scenario)
        let grid = CandidateGrid(catalog: world.catalog, actors: scenario.actors, issues: scenario.issues)
        var expected: [SearchCandidate] = []
        var refused = 0
        for type in world.catalog.types {
            for arguments in Self.combinations(of: type, world: world, scenario: scenario) {
                // The role rules as the catalog states them, and each graded share summed in order.
                let ids = { (name: String) -> [String] in if case .ids(let ids)? = arguments[name] { ids } else { [] } }
                let obeys = type.roles.allSatisfy { rule in
                    switch rule.kind {
                    case .distinct(let names): let all = names.flatMap(ids); return Set(all).count == all.count
                    case .least(let count, let name): return ids(name).count >= count
                    case .only(let allowed, let names): return names.flatMap(ids).allSatisfy(allowed.contains)
                    }
                }
                guard obeys else { refused += 1; continue }
                let effort = type.parameters.reduce(0.0) { total, parameter in
                    guard parameter.kind == .number || parameter.kind == .days, parameter.basis == nil,
                          let range = parameter.range, range.upperBound > range.lowerBound,
                          case .number(let value)? = arguments[parameter.name] else { return total }
                    return total + (value - range.lowerBound) / (range.upperBound - range.lowerBound)
                }
                expected.append(SearchCandidate(type: type.id, arguments: arguments, order: type.parameters.map(\.name),
                                                effort: effort))
            }
        }
        #expect(grid.candidates.count > 10_000)
        #expect(grid.candidates == expected)
        #expect(grid.refusedByRoles == refused)
        // The types searched, in the order their candidates come.
        var types: [String] = []
        for candidate in expected where types.last != candidate.type { types.append(candidate.type) }
        #expect(grid.types == types && Set(types).count == types.count)
        // Made on one worker or three, in stretches: the same grid.
        for workers in [1, 3] {
            let other = CandidateGrid(catalog: world.catalog, actors: scenario.actors, issues: scenario.issues, workers: workers)
            #expect(other.candidates == grid.candidates && other.refusedByRoles == grid.refusedByRoles && other.types == grid.types)
        }
    }

    // MARK: - Results replay to the goal

    /// Every sequence found replays, typed as a user would type it, to the goal.
    func expectReplays(_ goal: String, options: String) throws {
        let t = Self.july()
        #expect(t.run("search \"\(goal)\" \(options)"))
        let result = try Self.lastSearch(t)
        #expect(!result.found.isEmpty)
        for path in result.found {
            let replay = Self.july()
            for command in path.commands { #expect(replay.run(command), "\(command)") }
            #expect(replay.run("expect \(goal)"), "\(path.commands)")
        }
    }

    @Test func resultsReplayToTheGoalAtDepthOne() throws {
        try expectReplays("RU.ceasefire <= 55", options: "using=truce,strike")
    }

    @Test func resultsReplayToTheGoalAtDepthTwo() throws {
        let t = Self.july()
        #expect(t.run("search \"gap(RU,UA).humanitarian <= 35\" using=prisoner-exchange,memorandum"))
        let result = try Self.lastSearch(t)
        #expect(result.reachedDepth == 2)
        #expect(result.found.allSatisfy { $0.commands.count == 2 })
        try expectReplays("gap(RU,UA).humanitarian <= 35", options: "using=prisoner-exchange,memorandum")
    }

    @Test func rankedByEventsThenEffort() throws {
        let t = Self.july()
        #expect(t.run("search \"RU.ceasefire <= 55\" using=truce,strike"))
        let result = try Self.lastSearch(t)
        let efforts = result.found.map(\.effort)
        #expect(efforts == efforts.sorted())
        #expect(t.out.contains("cost: events, then effort"))
    }

    @Test func aGoalAlreadyMetNeedsNoSearch() throws {
        let t = Self.july()
        #expect(t.run("search \"RU.ceasefire <= 80\""))
        #expect(t.out == "search RU.ceasefire <= 80 on main (2025-07-23, 0 steps): RU.ceasefire is 65.0 now\n"
                + "The goal already holds on this branch: no event is needed.\n")
    }

    // MARK: - A deal on one issue of a package that has none

    @Test func aDealGoalAlreadyMetOnAPackageIssueSaysThePackageHasNone() throws {
        let t = Self.july()
        // Sanctions has a deal space of its own in July while the package has none.
        #expect(t.run("search \"settle.sanctions != none\" depth=3"))
        // Built from the package's own result on the branch now, as forecast says it.
        let package = try #require(t.interpreter.session.branch?.scenario.settlePackage())
        #expect(!package.hasDeal)
        #expect(t.out == "search settle.sanctions != none on main (2025-07-23, 0 steps): settle.sanctions is 16.0 now\n"
                + "The goal already holds on this branch: no event is needed.\n"
                + "Note: The package of core issues (\(package.issues.joined(separator: ", "))) has no deal on this branch now "
                + "(gap \(Figures.points(-package.margin)); blocks \(package.blockers.joined(separator: ", "))), "
                + "so a deal on sanctions alone stands only if it can be signed apart from them.\n")
        // An issue outside the package, a goal that is not a deal space, and the ceasefire, whose
        // deal the seeds make conditional on the package (so it is none now), say nothing of it.
        for goal in ["settle.humanitarian != none", "RU.ceasefire <= 80", "settle.ceasefire != none"] {
            #expect(t.run("search \"\(goal)\" depth=1"))
            #expect(try Self.lastSearch(t).packageNote == nil, "\(goal)")
        }
        #expect(try Self.lastSearch(t).startValue == nil)
    }

    @Test func aDealReachedOnAPackageIssueSaysThePackageStillHasNone() throws {
        let t = Self.july()
        #expect(t.run("search \"settle.neutrality != none\" using=round,summit --json"))
        let result = try Self.lastSearch(t)
        #expect(!result.found.isEmpty)
        // Each sequence's end, replayed as typed: the package there is what the note reports.
        var gaps: [Double] = []
        var blockers: [String] = []
        for path in result.found {
            let replay = Self.july()
            for command in path.commands { #expect(replay.run(command)) }
            let package = try #require(replay.interpreter.session.branch?.scenario.settlePackage())
            #expect(!package.hasDeal)
            gaps.append(-package.margin)
            blockers += package.blockers.filter { !blockers.contains($0) }
        }
        let (low, high) = (gaps.min()!, gaps.max()!)
        let gap = low == high ? "gap \(Figures.points(low))" : "gap \(Figures.points(low))–\(Figures.points(high))"
        let note = "After each of the \(result.found.count) sequences shown, the package of core issues (ceasefire, territory, neutrality, "
            + "military-aid, sanctions) has no deal (\(gap); blocks \(blockers.joined(separator: ", "))), so the deal on neutrality "
            + "reached there stands only if it can be signed apart from them."
        #expect(result.packageNote == note)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(t.out.utf8)) as? [String: Any])
        #expect(object["package_note"] as? String == note)
    }

    // MARK: - Fingerprints

    /// The same state gives the same fingerprint whatever its date or history; any one value
    /// changed, anywhere a later event reads, gives another.
    @Test func fingerprintsTellStatesApart() throws {
        let start = try #require(Self.july().interpreter.session.branch?.scenario)
        var later = start
        later.date = start.date.adding(days: 30)
        later.applied = []
        #expect(StateFingerprint(later) == StateFingerprint(start))
        var zero = start
        zero.positions[0, 0] = 0
        var negativeZero = start
        negativeZero.positions[0, 0] = -0.0
        #expect(StateFingerprint(zero) == StateFingerprint(negativeZero))
        var seen: Set<UInt64> = [StateFingerprint(start).value]
        func changed(_ change: (inout Scenario) -> Void) -> UInt64 {
            var scenario = start
            change(&scenario)
            return StateFingerprint(scenario).value
        }
        for a in start.actors.indices {
            seen.insert(changed { $0.capabilities[a] += 1e-9 })
            for d in start.issues.indices {
                seen.insert(changed { $0.positions[a, d] += 0.1 })
                seen.insert(changed { $0.saliences[a, d] += 0.001 })
                seen.insert(changed { $0.ideals[a, d] += 0.1 })
            }
        }
        #expect(seen.count == 1 + start.actors.count * (1 + 3 * start.issues.count))
    }

    // MARK: - Determinism

    @Test func sameResultOnOneAndTwoWorkers() throws {
        var texts: [String] = []
        for workers in [1, 2] {
            let t = Self.july(workers: workers)
            #expect(t.run("search \"gap(RU,UA).humanitarian <= 35\" using=prisoner-exchange,memorandum,round depth=2 --json"))
            texts.append(t.out)
        }
        #expect(texts[0] == texts[1])
        #expect(texts[0].contains("\"found\": [\n"))
    }

    /// Workers reading copies of their own (forced however small the grid) find exactly what
    /// one worker finds, at every depth, and so does the seed-value question on a branch with moves.
    @Test func workersOnCopiesFindTheSameResult() throws {
        let t = Self.july()
        #expect(t.run("apply summit"))
        let world = try #require(t.interpreter.session.world)
        let branch = try #require(t.interpreter.session.branch)
        let condition = try Condition.parse("gap(RU,UA).humanitarian <= 35")
        let goal = SearchGoal(condition: condition, measure: try condition.measure.resolved(in: world.seeds), world: world)
        let now = branch.scenario
        let grid = CandidateGrid(catalog: world.catalog, actors: now.actors, issues: now.issues,
                                 using: ["prisoner-exchange", "memorandum", "round"])
        var texts: [String] = []
        var requirements: [[SeedRequirement]] = []
        for workers in [1, 2, 3] {
            var search = EventSearch(goal: goal, start: now, baseline: branch.baseline, catalog: world.catalog, grid: grid,
                                     depth: 3, beam: 4, workers: workers, steps: branch.steps.count)
            search.copiesFrom = 0
            texts.append(SearchJSON.render(try search.run()))
            var seedChange = SeedChangeSearch(goal: goal, branch: branch, catalog: world.catalog, workers: workers)
            seedChange.copiesFrom = 0
            requirements.append(try #require(seedChange.run()))
        }
        #expect(texts[0] == texts[1] && texts[0] == texts[2])
        #expect(texts[0].contains("\"found\": [\n"))
        #expect(requirements[0] == requirements[1] && requirements[0] == requirements[2])
        #expect(!requirements[0].isEmpty)
    }

    /// The beam's starts are picked without sorting every state: the same as sorting and keeping a prefix.
    @Test func theFirstKAreTheSortedPrefix() {
        var random = ParleyKit.SplitMix64(seed: 9, stream: 1)
        for count in [0, 1, 5, 48, 300] {
            // Few distinct keys, so most comparisons fall through to the index.
            let keys = (0..<count).map { _ in Int(random.nextUnit() * 7) }
            let isBefore: (Int, Int) -> Bool = { a, b in keys[a] != keys[b] ? keys[a] < keys[b] : a < b }
            for k in [1, 3, 48, 400] {
                #expect(EventSearch.first(k, of: count, by: isBefore) == Array(Array(0..<count).sorted(by: isBefore).prefix(k)))
            }
        }
    }

    // MARK: - What would have to be true

    @Test func theSmallestSeedChangeIsFoundAndComparedWithItsSpread() throws {
        let t = Self.july()
        #expect(t.run("search \"RU.ceasefire <= 55\" using=strike"))
        let result = try Self.lastSearch(t)
        let first = try #require(result.requirements.first)
        #expect(first.input == "RU.ceasefire position")
        #expect(first.from == 65)
        #expect(Figures.rounded(first.to, 1) == 55)
        #expect(first.relative.map { Figures.rounded($0, 2) } == 1)
        #expect(t.out.contains("  RU.ceasefire position: 65.0 → 55.0 (-10.0, 1.00 × its ±10.0)\n"))
    }

    // MARK: - Branches, briefings, save

    @Test func takeMakesABranchThatSaveReplays() throws {
        let t = Self.july()
        #expect(t.run("search \"RU.ceasefire <= 55\" using=truce"))
        let result = try Self.lastSearch(t)
        #expect(t.run("search take 1 truce-first"))
        let branch = try #require(t.interpreter.session.branch)
        #expect(branch.name == "truce-first")
        #expect(branch.steps.map(\.command) == result.found[0].commands)
        #expect(t.run("expect RU.ceasefire <= 55"))
        let script = t.interpreter.session.script
        #expect(script.contains("branch truce-first"))
        #expect(!script.contains { $0.hasPrefix("search take") })
        #expect(script.contains { $0.hasPrefix("search ") })
    }

    @Test func briefingShowsTheSearch() throws {
        let t = Self.july()
        #expect(t.run("search \"RU.ceasefire <= 55\" using=truce"))
        let world = try #require(t.interpreter.session.world)
        let branch = try #require(t.interpreter.session.branch)
        var input = BriefingInput(seeds: world.seeds, catalog: world.catalog, branch: branch, consensus: [], simulation: nil, instructor: false)
        input.searches = t.interpreter.session.results.latest(SearchHistory.self)?.value.runs(on: branch.name) ?? []
        let md = BriefingMarkdown.render(Briefing(input))
        #expect(md.contains("## What would reach a goal (search)\n"))
        #expect(md.contains("    apply truce between=RU,UA issue=ceasefire days=30 scope=1\n"))
        let html = BriefingHTML.render(Briefing(input))
        #expect(html.contains("<code>apply truce between=RU,UA issue=ceasefire days=30 scope=1</code>"))
        // No search, no section.
        input.searches = []
        #expect(!BriefingMarkdown.render(Briefing(input)).contains("search)"))
    }

    // MARK: - Ctrl-C keeps the best so far

    @Test func ctrlCKeepsTheBestFoundSoFar() throws {
        let t = Self.july(workers: 1, cancelAfter: 60)
        #expect(!t.run("search \"RU.ceasefire <= 55\" using=truce,strike,sanctions"))
        let result = try Self.lastSearch(t)
        #expect(result.cancelled)
        #expect(t.out.contains("Stopped by Ctrl-C"))
        #expect(t.err == "search stopped by Ctrl-C; the best found so far is kept, not saved.\n")
        #expect(!t.interpreter.session.script.contains { $0.hasPrefix("search") })
    }

    // MARK: - JSON

    @Test func jsonHasTheDocumentedShape() throws {
        let t = Self.july()
        #expect(t.run("search \"RU.ceasefire <= 55\" using=truce --json"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(t.out.utf8)) as? [String: Any])
        for key in ["goal", "measure", "branch", "steps", "start", "already_met", "depth", "beam", "reached_depth", "types",
                    "candidates", "evaluated", "cancelled", "cost", "found_count", "found", "requirements", "package_note", "not_explored",
                    "requirement_notes"] {
            #expect(object[key] != nil, "\(key)")
        }
        let found = try #require(object["found"] as? [[String: Any]])
        #expect(found.first?["commands"] as? [String] == ["apply truce between=RU,UA issue=ceasefire days=30 scope=1"])
        #expect(object["start"] as? Double == 65)
    }

    // MARK: - Completion

    @Test func completionOffersOptionsTypesAndTake() {
        let session = Self.july().interpreter.session
        #expect(SearchCompletion.complete(session, [], "ta") == ["take"])
        #expect(SearchCompletion.complete(session, ["\"RU.ceasefire <= 55\""], "") == ["depth=", "using=", "beam="])
        #expect(SearchCompletion.complete(session, ["\"RU.ceasefire <= 55\""], "using=truce,st") == ["using=truce,strike"])
        #expect(SearchCompletion.complete(session, ["\"RU.ceasefire <= 55\""], "--") == ["--json"])
    }

    // MARK: - Errors, exact text

    func error(_ line: String) -> String {
        let t = Self.july()
        #expect(!t.run(line))
        return t.err
    }

    @Test func errorsAreLocatedWithCarets() {
        #expect(error("search \"RX.ceasefire <= 5\"") == """
            <stdin>:1:9: error: unknown actor 'RX'; did you mean 'RU'?
            search "RX.ceasefire <= 5"
                    ^~

            """)
        #expect(error("search \"RU.ceasefir <= 5\"") == """
            <stdin>:1:12: error: unknown issue 'ceasefir'; did you mean 'ceasefire'?
            search "RU.ceasefir <= 5"
                       ^~~~~~~~

            """)
        #expect(error("search \"RU.ceasefire 5\"") == """
            <stdin>:1:9: error: expected a comparison (<, <=, >, >=, == or !=)
            search "RU.ceasefire 5"
                    ^~~~~~~~~~~~~~

            """)
        #expect(error("search \"RU.ceasefire <= 5\" depth=9") == """
            <stdin>:1:34: error: depth must be a whole number from 1 to 4
            search "RU.ceasefire <= 5" depth=9
                                             ^

            """)
        #expect(error("search \"RU.ceasefire <= 5\" using=sanctons") == """
            <stdin>:1:34: error: unknown event type 'sanctons'; did you mean 'sanctions'?
            search "RU.ceasefire <= 5" using=sanctons
                                             ^~~~~~~~

            """)
        #expect(error("search take 1") == """
            <stdin>:1:8: error: no search has been run; run 'search "GOAL"' first
            search take 1
                   ^~~~

            """)
    }
}
