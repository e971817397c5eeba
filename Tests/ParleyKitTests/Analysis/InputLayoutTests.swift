import Testing
@testable import ParleyKit

/// `InputLayout` resolves inputs to indices once; these pin it to the rules applied by name.
@Suite("input layout")
struct InputLayoutTests {
    /// A branch whose inputs cover every kind: stances, saliences, capabilities, structural
    /// choices, and magnitudes of several types (the clock moves, so the recovery half-life too).
    static func branch() throws -> (World, Branch) {
        try SensitivityTests.branch(commands: ["apply sanctions", "apply summit", "apply ultimatum", "advance 30d"])
    }

    /// The rules as `InputSetting` stated them before the layout: every input looked up by
    /// name, saliences by dictionary, magnitudes through `scaled(_:)` by name.
    static func byName(_ levels: [(input: SensitivityInput, level: Double)], baseline: Scenario,
                       catalog: EventCatalog) -> (Scenario, EventCatalog) {
        var start = baseline
        var salienceFactors: [Int: [Int: Double]] = [:]
        var magnitudeFactors: [String: Double] = [:]
        for (input, level) in levels {
            let value = input.value(at: level)
            switch input.kind {
            case .position(let actor, let issue):
                guard let a = start.actorIndex(actor), let i = start.issueIndex(issue) else { continue }
                start.ideals[a, i] += value - start.positions[a, i]
                start.positions[a, i] = value
            case .salience(let actor, let issue):
                guard let a = start.actorIndex(actor), let i = start.issueIndex(issue) else { continue }
                salienceFactors[a, default: [:]][i] = value
            case .capability(let actor):
                guard let a = start.actorIndex(actor) else { continue }
                start.capabilities[a] = min(100, max(0, baseline.capabilities[a] * value))
                start.capabilityBaseline[a] = start.capabilities[a]
            case .magnitude(let name):
                magnitudeFactors[name] = value
            case .expectation(let actor, let issue):
                guard level < 0.5, let a = start.actorIndex(actor), let i = start.issueIndex(issue) else { continue }
                start.settlement.expectations[a * start.issues.count + i] = start.settlement.noDeal[i]
            case .veto(let actor, let issue):
                guard level < 0.5, let a = start.actorIndex(actor), let i = start.issueIndex(issue) else { continue }
                start.settlement.signatories[i].removeAll { $0 == a }
            }
        }
        for a in salienceFactors.keys.sorted() {
            let factors = salienceFactors[a]!
            let total = baseline.saliences.row(a).reduce(0, +)
            var scaled = 0.0
            for i in baseline.issues.indices {
                start.saliences[a, i] = baseline.saliences[a, i] * (factors[i] ?? 1)
                scaled += start.saliences[a, i]
            }
            guard scaled > 0 else { continue }
            for i in baseline.issues.indices { start.saliences[a, i] = min(1, start.saliences[a, i] * total / scaled) }
        }
        return (start, magnitudeFactors.isEmpty ? catalog : catalog.scaled { magnitudeFactors[$0] ?? 1 })
    }

    @Test func aLaidOutSettingIsTheSettingByName() throws {
        let (world, branch) = try Self.branch()
        let inputs = SensitivityInput.all(world: world, branch: branch)
        let kinds = Set(inputs.map { "\($0.kind)".prefix { $0 != "(" } })
        #expect(kinds == ["position", "salience", "capability", "magnitude", "expectation", "veto"])
        #expect(inputs.filter { if case .magnitude = $0.kind { true } else { false } }.count > 3)
        let layout = InputLayout(inputs, baseline: branch.baseline, catalog: world.catalog)
        var random = ParleyKit.SplitMix64(seed: 11, stream: 0)
        for trial in 0..<40 {
            // Every input at a random level (a Morris point), or a random few, some twice.
            var chosen: [Int] = Array(inputs.indices)
            if trial >= 20 {
                chosen = (0..<(1 + trial % 5)).map { _ in Int(random.nextUnit() * Double(inputs.count)) }
            }
            var pairs: [(Int, Double)] = []
            for index in chosen {
                let level = Double(Int(random.nextUnit() * 4)) / 3
                pairs.append((index, level))
            }
            let (start, catalog) = layout.applied(pairs, to: branch.baseline, catalog: world.catalog)
            let (expectedStart, expectedCatalog) = Self.byName(pairs.map { (inputs[$0.0], $0.1) },
                                                               baseline: branch.baseline, catalog: world.catalog)
            #expect(start == expectedStart, "trial \(trial)")
            #expect(catalog == expectedCatalog, "trial \(trial)")
            let setting = InputSetting(pairs.map { (inputs[$0.0], $0.1) }).applied(to: branch.baseline, catalog: world.catalog)
            #expect(setting.start == expectedStart && setting.catalog == expectedCatalog, "trial \(trial)")
        }
    }

    @Test func anInputTheBaselineLacksChangesNothing() throws {
        let (world, branch) = try Self.branch()
        let strangers = [
            SensitivityInput(kind: .position(actor: "XX", issue: "territory"), id: "position:XX:territory", label: "", phrase: "",
                             range: "", base: 50, low: 0, high: 100, evidence: .estimate),
            SensitivityInput(kind: .magnitude("no such magnitude"), id: "magnitude:no such magnitude", label: "", phrase: "",
                             range: "", base: 1, low: 0.5, high: 1.5, evidence: .estimate),
        ]
        let layout = InputLayout(strangers, baseline: branch.baseline, catalog: world.catalog)
        let (start, catalog) = layout.applied([(0, 1.0), (1, 0.0)], to: branch.baseline, catalog: world.catalog)
        #expect(start == branch.baseline)
        #expect(catalog == world.catalog)
    }

    @Test func magnitudeNamesAreTheOnesScaledAsksFor() throws {
        let (world, _) = try Self.branch()
        var asked: [String] = []
        _ = world.catalog.scaled { name in
            asked.append(name)
            return 1
        }
        #expect(world.catalog.magnitudeNames == asked)
        #expect(asked.contains(EventCatalog.recoveryMagnitude))
        #expect(asked.contains("summit bargain #1 uptake"))
        // Left at 1 everywhere, the catalog is unchanged, down to its formulas.
        #expect(world.catalog.scaled { _ in 1 } == world.catalog)
    }
}
