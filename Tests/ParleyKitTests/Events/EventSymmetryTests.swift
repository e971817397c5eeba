import Foundation
import Testing
@testable import ParleyKit

/// An event means the same whoever fills its roles, on every issue whatever its orientation:
/// mirroring every scale (x → 100 − x) mirrors every event's result, and swapping two actors'
/// data together with their roles swaps the result.
@Suite("Event symmetry")
struct EventSymmetryTests {
    static let world = try! World.load(directory: EventFixture.root.appendingPathComponent("seeds"), displayName: "seeds")

    static func defaults(_ type: EventType) -> [String: EventArgument] {
        Dictionary(uniqueKeysWithValues: type.parameters.map { ($0.name, $0.defaultValue!) })
    }

    static func mirrored(_ scenario: Scenario) -> Scenario {
        var copy = scenario
        copy.positions = scenario.positions.map { 100 - $0 }
        copy.ideals = scenario.ideals.map { 100 - $0 }
        return copy
    }

    @Test(arguments: world.catalog.types.map(\.id))
    func mirroringEveryScaleMirrorsTheResult(_ id: String) throws {
        let type = try #require(Self.world.catalog.type(named: id))
        let applier = EventApplier(catalog: Self.world.catalog, step: 1)
        var plain = Self.world.scenario(at: Self.world.seeds.latest)
        var mirror = Self.mirrored(plain)
        _ = try applier.apply(type, arguments: Self.defaults(type), to: &plain)
        _ = try applier.apply(type, arguments: Self.defaults(type), to: &mirror)
        for (a, b) in zip(plain.positions.values, mirror.positions.values) { #expect(abs(a - (100 - b)) < 1e-3) }
        #expect(plain.saliences == mirror.saliences)
        #expect(plain.capabilities == mirror.capabilities)
    }

    /// Swap Moscow's and Kyiv's rows and every role they fill: the result is the original's
    /// with the two rows swapped.
    @Test(arguments: world.catalog.types.map(\.id))
    func swappingTwoActorsWithTheirRolesSwapsTheResult(_ id: String) throws {
        let type = try #require(Self.world.catalog.type(named: id))
        let applier = EventApplier(catalog: Self.world.catalog, step: 1)
        let base = Self.world.scenario(at: Self.world.seeds.latest)
        let ru = base.actorIndex("RU")!, ua = base.actorIndex("UA")!
        func swapped(_ s: Scenario) -> Scenario {
            var c = s
            for i in base.issues.indices {
                (c.positions[ru, i], c.positions[ua, i]) = (s.positions[ua, i], s.positions[ru, i])
                (c.ideals[ru, i], c.ideals[ua, i]) = (s.ideals[ua, i], s.ideals[ru, i])
                (c.saliences[ru, i], c.saliences[ua, i]) = (s.saliences[ua, i], s.saliences[ru, i])
                (c.uncertainties[ru, i], c.uncertainties[ua, i]) = (s.uncertainties[ua, i], s.uncertainties[ru, i])
            }
            c.capabilities.swapAt(ru, ua)
            c.capabilityBaseline.swapAt(ru, ua)
            return c
        }
        let arguments = Self.defaults(type)
        let swappedArguments = arguments.mapValues { value -> EventArgument in
            guard case .ids(let ids) = value else { return value }
            return .ids(ids.map { $0 == "RU" ? "UA" : $0 == "UA" ? "RU" : $0 })
        }
        var plain = base
        var other = swapped(base)
        _ = try applier.apply(type, arguments: arguments, to: &plain)
        _ = try applier.apply(type, arguments: swappedArguments, to: &other)
        let back = swapped(other)
        for (a, b) in zip(plain.positions.values, back.positions.values) { #expect(abs(a - b) < 1e-3) }
        for (a, b) in zip(plain.saliences.values, back.saliences.values) { #expect(abs(a - b) < 1e-12) }
        for (a, b) in zip(plain.capabilities, back.capabilities) { #expect(abs(a - b) < 1e-12) }
    }
}
