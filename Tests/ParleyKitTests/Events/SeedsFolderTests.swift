import Foundation
import Testing
@testable import ParleyKit

/// `--seeds DIR` used to be forgotten by `load at=DATE`, so a script run on a recalibrated copy
/// silently tested the bundled catalog.
@Suite("Seeds folder")
struct SeedsFolderTests {
    /// The hindcast's final state on a seeds folder (its `load at=` included).
    static func hindcast(seeds: String) -> (scenario: Scenario, directory: String) {
        let f = EventFixture(seeds: seeds)
        f.t.interpreter.keepGoing = true
        f.run("run \(EventFixture.root.appendingPathComponent("scenarios/hindcast-2025.parley").path)")
        return (f.scenario, f.t.interpreter.session.world!.directory)
    }

    @Test func theHindcastReadsAnEditedCopy() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("parley-seeds-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.copyItem(at: EventFixture.root.appendingPathComponent("seeds"), to: copy)
        let catalog = copy.appendingPathComponent("events.yaml")
        let text = try String(contentsOf: catalog, encoding: .utf8)
        // A strike hardens the struck side five times as much in the copy.
        let edited = text.replacingOccurrences(of: "by: \"-0.1 * scale\"", with: "by: \"-0.5 * scale\"")
        #expect(edited != text)
        try edited.write(to: catalog, atomically: true, encoding: .utf8)

        let bundled = Self.hindcast(seeds: EventFixture.root.appendingPathComponent("seeds").path)
        let recalibrated = Self.hindcast(seeds: copy.path)
        #expect(recalibrated.directory == copy.path)
        #expect(recalibrated.scenario.date == bundled.scenario.date)
        #expect(recalibrated.scenario.positions != bundled.scenario.positions)
        // And without --seeds the bundled folder is what `load` reads.
        #expect(bundled.directory == EventFixture.root.appendingPathComponent("seeds").path)
    }
}
