import Foundation
import Testing
@testable import ParleyKit

/// The documents' three judgements must follow from the model, not from the exact sizes in
/// the catalog: each judgement script is run on copies of the catalog with every magnitude
/// scaled, uniformly and one by one at random, by factors in [0.5, 1.5].
@Suite("Judgements under perturbation")
struct JudgementPerturbationTests {
    static let scripts = ["judgement-round", "judgement-sanctions", "judgement-summit"]

    /// Runs a script on the bundled seeds with a rescaled catalog; returns what went wrong.
    static func failures(of script: String, catalog rescale: (EventCatalog) -> EventCatalog) throws -> String {
        let seeds = EventFixture.root.appendingPathComponent("seeds")
        var world = try World.load(directory: seeds, displayName: "seeds")
        world.catalog = rescale(world.catalog)
        let t = Transcript()
        t.interpreter.session.begin(world, at: world.seeds.latest)
        let path = EventFixture.root.appendingPathComponent("scenarios/\(script).parley").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        t.interpreter.keepGoing = true
        _ = t.interpreter.run(script: text, file: script)
        return t.err
    }

    @Test(arguments: scripts, [0.5, 0.75, 1.25, 1.5])
    func uniformScaling(_ script: String, _ factor: Double) throws {
        #expect(try Self.failures(of: script) { $0.scaled { _ in factor } } == "")
    }

    /// Each magnitude gets its own factor, drawn from a fixed seed so a failure can be replayed.
    @Test(arguments: scripts)
    func independentScaling(_ script: String) throws {
        for draw in 0..<20 {
            var random = ParleyKit.SplitMix64(seed: 2025, stream: UInt64(draw))
            let errors = try Self.failures(of: script) { $0.scaled { _ in 0.5 + random.nextUnit() } }
            #expect(errors == "", "draw \(draw)")
        }
    }
}
