import Foundation
import Testing
@testable import ParleyKit

/// An event means the same whoever fills its roles, on every issue whatever its orientation:
/// mirroring every scale (x → 100 − x) mirrors every event's result, and swapping two actors'
/// data together with their roles swaps the result.
@Suite("Event symmetry")
struct EventSymmetryTests {
    static let world = try! World.load(directory: EventFixture.root.appendingPathComponent("seeds"), displayName: "seeds")

    static func defaults(_ type: EventType) -> [String: ParameterValue] {
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
        for (a, b) in zip(plain.positions, mirror.positions) { #expect(abs(a - (100 - b)) < 1e-3) }
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
        let d = base.issues.count
        func swapped(_ s: Scenario) -> Scenario {
            var c = s
            for i in 0..<d {
                c.positions.swapAt(ru * d + i, ua * d + i)
                c.ideals.swapAt(ru * d + i, ua * d + i)
                c.saliences.swapAt(ru * d + i, ua * d + i)
                c.uncertainties.swapAt(ru * d + i, ua * d + i)
            }
            c.capabilities.swapAt(ru, ua)
            c.capabilityBaseline.swapAt(ru, ua)
            return c
        }
        let arguments = Self.defaults(type)
        let swappedArguments = arguments.mapValues { value -> ParameterValue in
            guard case .ids(let ids) = value else { return value }
            return .ids(ids.map { $0 == "RU" ? "UA" : $0 == "UA" ? "RU" : $0 })
        }
        var plain = base
        var other = swapped(base)
        _ = try applier.apply(type, arguments: arguments, to: &plain)
        _ = try applier.apply(type, arguments: swappedArguments, to: &other)
        let back = swapped(other)
        for (a, b) in zip(plain.positions, back.positions) { #expect(abs(a - b) < 1e-3) }
        for (a, b) in zip(plain.saliences, back.saliences) { #expect(abs(a - b) < 1e-12) }
        for (a, b) in zip(plain.capabilities, back.capabilities) { #expect(abs(a - b) < 1e-12) }
    }
}
