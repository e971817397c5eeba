import Foundation
import Testing
@testable import ParleyKit

@Suite("Backtest")
struct BacktestTests {
    static func world() throws -> World {
        try World.load(directory: EventFixture.root.appendingPathComponent("seeds"), displayName: "seeds")
    }

    @Test func everyDocumentedEventBetweenSnapshotsFiresThroughTheCatalog() throws {
        let result = try Backtest(world: try Self.world()).run()
        #expect(result.windows.count == 2)
        #expect(result.windows.allSatisfy { $0.skipped.isEmpty && !$0.fired.isEmpty })
        #expect(result.windows[0].fired.first == "riyadh-technical-talks")
        #expect(result.windows[1].fired.last == "third-istanbul-round")
        // The first window has no earlier trend to carry on.
        #expect(result.windows[0].all.drift == nil)
        #expect(result.windows[1].all.drift != nil)
    }

    /// Persistence is the snapshots' own distance, whatever the engine does.
    @Test func persistenceIsTheDistanceBetweenSnapshots() throws {
        let world = try Self.world()
        let result = try Backtest(world: world).run()
        let march = world.scenario(at: world.seeds.snapshots[0]), june = world.scenario(at: world.seeds.snapshots[1])
        let distance = zip(march.positions, june.positions).reduce(0.0) { $0 + abs($1.0 - $1.1) } / Double(march.positions.count)
        #expect(abs(result.windows[0].all.persistence - distance) < 1e-12)
        let changed = result.windows[0].changed
        #expect(changed.engineRight + changed.engineWrong + changed.engineUnmoved == changed.count)
    }

    @Test func scoresCountDirections() {
        let score = Backtest.score([0, 1, 2], engine: [12, 8, 10], start: [10, 10, 10], actual: [15, 15, 15], drift: [10, 20, 5])
        #expect(score.engine == 5)
        #expect(score.persistence == 5)
        #expect(score.engineRight == 1 && score.engineWrong == 1 && score.engineUnmoved == 1)
        #expect(score.driftRight == 1 && score.driftWrong == 1 && score.driftUnmoved == 1)
        #expect(score.skill(against: 10) == 0.5)
    }

    @Test func theDocumentedUltimatumIsReadAsCatalogArguments() throws {
        let world = try Self.world()
        let event = try #require(world.seeds.timeline.first { $0.kind == .ultimatum })
        let documented = try #require(DocumentedEvent(event, catalog: world.catalog))
        #expect(documented.arguments["days"] == .number(50))
        #expect(documented.arguments["issue"] == .ids(["ceasefire"]))
        #expect(documented.arguments["threat"] == .ids(["sanctions"]))
        #expect(documented.arguments["by"] == .ids(["US"]))
    }
}

@Suite("Backtest output")
struct BacktestOutputTests {
    @Test func jsonCarriesTheSameFiguresAsTheTable() throws {
        let f = EventFixture()
        #expect(f.run("backtest --json"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(f.t.out.utf8)) as? [String: Any])
        let windows = try #require(object["windows"] as? [[String: Any]])
        #expect(windows.count == 2)
        let all = try #require(windows[1]["all"] as? [String: Any])
        #expect(all["stances"] as? Int == 42)
        #expect(all["drift"] is Double)
        #expect((windows[0]["all"] as? [String: Any])?["drift"] is NSNull)
        #expect(f.run("backtest"))
        #expect(f.t.out.contains("skill vs persistence"))
        #expect(f.steps == 0)
    }
}
