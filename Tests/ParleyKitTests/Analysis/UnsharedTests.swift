import Foundation
import Testing
@testable import ParleyKit

/// A worker's copies share no storage with the originals, found by reflection, so a field added
/// later and left out of a copy fails here rather than slowing two cores down unseen.
@Suite("Analysis: unshared copies")
struct UnsharedTests {
    static let world = Result { try World.load(directory: seedTestsPackageRoot.appendingPathComponent("seeds"), displayName: "seeds") }

    /// The latest snapshot with an ultimatum applied, so it holds applied and scheduled events.
    static func busyScenario() throws -> Scenario {
        let world = try world.get()
        var scenario = world.scenario(at: world.seeds.latest)
        let ultimatum = try #require(world.catalog.type(named: "ultimatum"))
        _ = try EventApplier(catalog: world.catalog, step: 1).apply(
            ultimatum, arguments: Dictionary(uniqueKeysWithValues: ultimatum.parameters.compactMap { p in p.defaultValue.map { (p.name, $0) } }),
            to: &scenario)
        #expect(!scenario.applied.isEmpty && !scenario.scheduled.isEmpty)
        return scenario
    }

    @Test func aScenarioCopySharesNoStorage() throws {
        let scenario = try Self.busyScenario()
        let copy = scenario.unshared()
        #expect(copy == scenario)
        #expect(SharedStorage.shared(copy, scenario) == [])
    }

    @Test func aSimulationWorkersInputSharesNoStorage() throws {
        let world = try Self.world.get()
        let scenario = try Self.busyScenario()
        let bands = scenario.issues.map { id in world.seeds.issues.first { $0.id == id }?.bands ?? [] }
        let branch = Branch(name: "main", baseline: scenario, snapshotDate: world.seeds.latest.date)
        let input = MonteCarlo.RunInput(
            baseline: scenario,
            moves: [.apply(event: "sanctions", arguments: ["by": .ids(["EU", "US"]), "target": .ids(["RU"]), "severity": .number(1)]),
                    .advance(to: CalendarDate(parsing: "2025-09-11")!)],
            catalog: world.catalog, sampler: ScenarioSampler().reading(world, branch), bands: bands)
        let copy = input.unshared()
        #expect(copy.baseline == input.baseline && copy.moves == input.moves && copy.bands == input.bands)
        #expect(SharedStorage.shared(copy, input) == [])
    }
}
