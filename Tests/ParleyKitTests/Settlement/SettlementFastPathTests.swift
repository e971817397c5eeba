import Testing
@testable import ParleyKit

/// `simulate`'s per-run settlement answers come from the scenario's arrays directly; they must
/// be the reference path's (through `Signatory` values) bit for bit.
@Suite("Settlement: the per-run path is the reference path")
struct SettlementFastPathTests {
    /// Drawn scenarios of every bundled snapshot, some saliences zeroed and red lines moved so
    /// every branch (indifferent signatories, red-line cones) is met.
    static func drawn(count: Int) throws -> [Scenario] {
        let world = try World.load(directory: SeedLocator.bundled()!)
        var scenarios: [Scenario] = []
        for snapshot in world.seeds.snapshots {
            let baseline = world.scenario(at: snapshot)
            for run in 0..<count {
                var random = ParleyKit.SplitMix64(seed: 29, stream: UInt64(run))
                var scenario = ScenarioSampler().sample(baseline, using: &random)
                if run % 3 == 1 {
                    for a in scenario.actors.indices {
                        for d in scenario.issues.indices where random.nextUnit() < 0.2 { scenario.saliences[a, d] = 0 }
                    }
                    for k in scenario.settlement.redLines.indices { scenario.settlement.redLines[k] = random.nextUnit() < 0.3 }
                }
                scenarios.append(scenario)
            }
        }
        return scenarios
    }

    static func bits(_ values: [Double]) -> [UInt64] { values.map(\.bitPattern) }

    /// The old ordering: a set of the signing actors, sorted by id.
    static func referenceOrder(_ scenario: Scenario, _ issues: [Int]) -> [Int] {
        Set(issues.flatMap { scenario.settlement.signatories[$0] }).sorted { scenario.actors[$0] < scenario.actors[$1] }
    }

    @Test("the package's problem, built from the arrays, is the one built from signatories; so is the verdict")
    func packageProblem() throws {
        var deals = 0, total = 0
        for scenario in try Self.drawn(count: 40) {
            let modelled = scenario.issues.indices.filter { !scenario.settlement.signatories[$0].isEmpty }
            var random = ParleyKit.SplitMix64(seed: UInt64(total))
            // The seeds' package, and a few other subsets in issue order.
            var choices = [scenario.settlement.package.filter { !scenario.settlement.signatories[$0].isEmpty }]
            for _ in 0..<3 { choices.append(modelled.filter { _ in random.nextUnit() < 0.6 }) }
            for issues in choices where !issues.isEmpty {
                total += 1
                #expect(scenario.signingOrder(issues) == Self.referenceOrder(scenario, issues))
                let reference = ConeProblem(signatories: scenario.signatories(for: issues), issueCount: issues.count)
                let fast = scenario.packageProblem(issues: issues)
                #expect(fast.dimensions == reference.dimensions && fast.issueCount == reference.issueCount)
                #expect(Self.bits(fast.weights) == Self.bits(reference.weights) && Self.bits(fast.ideals) == Self.bits(reference.ideals))
                #expect(Self.bits(fast.reaches) == Self.bits(reference.reaches))
                #expect(Self.bits(fast.nashWeights) == Self.bits(reference.nashWeights) && fast.isRedLine == reference.isRedLine)
                let noDeal = issues.map { scenario.settlement.noDeal[$0] }
                let verdict = PackageSearch.hasDeal(fast, noDeal: noDeal)
                #expect(verdict == PackageSearch.hasDeal(noDeal: noDeal, signatories: scenario.signatories(for: issues)))
                if verdict { deals += 1 }
            }
        }
        #expect(deals > 0 && deals < total, "deals in \(deals) of \(total)")
    }

    @Test("the Nash point's band, found by a bisection stopped early, is the band of settle's Nash point")
    func nashBand() throws {
        var random = ParleyKit.SplitMix64(seed: 7)
        var checked = 0, deals = 0
        for scenario in try Self.drawn(count: 30) {
            for issue in scenario.issues.indices where !scenario.settlement.signatories[issue].isEmpty {
                let settled = DealSpace.settle(issue: scenario.issues[issue], noDeal: scenario.settlement.noDeal[issue],
                                               signatories: scenario.signatories(for: [issue]))
                let nash = settled.alone?.nash
                #expect(scenario.nashAlone(issue: issue)?.bitPattern == nash?.bitPattern)
                // Bands of many widths, some starting exactly at the point or one step either side.
                var lowers = [0.0]
                for _ in 0..<Int(random.nextUnit() * 12) { lowers.append(100 * random.nextUnit()) }
                if let nash { lowers += [nash, nash.nextUp, nash.nextDown].filter { _ in random.nextUnit() < 0.5 } }
                lowers.sort()
                let bands = lowers.enumerated().map { k, lower in
                    Band(lower: lower, upper: k + 1 < lowers.count ? lowers[k + 1] : 100, label: "b\(k)")
                }
                let expected = nash.map { nash in bands.indices.last { bands[$0].lower <= nash } ?? 0 }
                #expect(scenario.nashBand(issue: issue, bands: bands) == expected, "\(scenario.issues[issue]) at \(nash ?? -1)")
                checked += 1
                if nash != nil { deals += 1 }
            }
        }
        #expect(checked > 500 && deals > 100, "\(deals) deals of \(checked)")
    }
}
